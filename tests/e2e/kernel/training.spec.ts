import { expect, test } from "../fixtures";
import { NotebookPage } from "../pages/notebook";

test("a small model trains in a cell: the loss goes down and a live chart is drawn", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground([
    [
      "const { x, y } = datasets.sine({ count: 200, seed: 1 });",
      "const model = tf.sequential();",
      "model.add(tf.layers.dense({ units: 16, inputShape: [1], activation: 'tanh' }));",
      "model.add(tf.layers.dense({ units: 1 }));",
      "model.compile({ optimizer: tf.train.adam(0.05), loss: 'meanSquaredError' });",
      "const history = await model.fit(x, y, { epochs: 30, batchSize: 32, callbacks: display.fitCallbacks() });",
      "const losses = history.history.loss as number[];",
      "console.log(`first ${losses[0].toFixed(4)} last ${losses[losses.length - 1].toFixed(4)}`);",
      "losses[losses.length - 1] < losses[0] / 2",
    ].join("\n"),
  ]);
  expect(await notebook.runCellAndWait(0, 60_000)).toBe("done");
  await expect(notebook.output(0)).toContainText("first");
  await expect(notebook.output(0)).toContainText("true");
  const chart = notebook.output(0).locator("canvas");
  await expect(chart.first()).toBeVisible();
  const box = await chart.first().boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(100);
});
