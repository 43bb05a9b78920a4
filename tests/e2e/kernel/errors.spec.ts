import { expect, test } from "../fixtures";
import { NotebookPage } from "../pages/notebook";

test("a runtime error names the cell's own line and highlights it", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground(["type N = number;\nconst ok: N = 1;\nconst bad: any = null;\nbad.field.deeper;"]);
  expect(await notebook.runCellAndWait(0)).toBe("error");
  await expect(notebook.output(0)).toContainText("TypeError");
  await expect(notebook.output(0)).toContainText("line 4");
  const highlighted = notebook.cell(0).locator("pre [class*='errorLine']");
  await expect(highlighted).toHaveText("bad.field.deeper;");
});

test("a syntax error names its line, and earlier state survives it", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground(["const before = 5;", "const a = 1;\nconst b = (2;\nconst c = 3;", "before"]);
  await notebook.runCellAndWait(0);
  expect(await notebook.runCellAndWait(1)).toBe("error");
  await expect(notebook.output(1)).toContainText("SyntaxError");
  await expect(notebook.output(1)).toContainText("line 2");
  await expect(notebook.cell(1).locator("pre [class*='errorLine']")).toHaveText("const b = (2;");
  expect(await notebook.runCellAndWait(2)).toBe("done");
  await expect(notebook.output(2)).toHaveText("5");
});

test("an error in a called function points at the line that threw", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground(["function fail() {\n  throw new RangeError('nope');\n}\nfail();"]);
  expect(await notebook.runCellAndWait(0)).toBe("error");
  await expect(notebook.output(0)).toContainText("RangeError: nope");
  await expect(notebook.output(0)).toContainText("line 2");
});

test("a warning TensorFlow.js prints in the sandbox's worker shows under the cell that caused it", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground([
    [
      "const base = tf.layers.dense({ units: 2, inputShape: [1] });",
      "const model = tf.sequential({ layers: [base, tf.layers.dense({ units: 1 })] });",
      "base.trainable = false;",
      "model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });",
      "base.trainable = true;",
      "const x = tf.ones([4, 1]);",
      "await model.fit(x, x, { epochs: 2 });",
    ].join("\n"),
    "1 + 1",
  ]);
  expect(await notebook.runCellAndWait(0)).toBe("done");
  await expect(notebook.output(0)).toContainText("TensorFlow.js warned: Discrepancy between trainableweights and collected trainable weights");
  expect(await notebook.runCellAndWait(1)).toBe("done");
  await expect(notebook.output(1)).not.toContainText("TensorFlow.js warned");
});
