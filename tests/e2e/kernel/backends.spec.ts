import { expect, test } from "../fixtures";
import { NotebookPage } from "../pages/notebook";

/** Every op runs on every backend (docs/decisions/010-cpu-fallback-kernels.md), in the real UI. */

test("a small CNN trains on WASM, its loss falling (Conv2DBackpropFilter runs through the CPU fallback)", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground([
    [
      "const xs = tf.randomNormal([64, 8, 8, 1], 0, 1, 'float32', 7);",
      "const ys = tf.oneHot(tf.tensor1d(Array.from({ length: 64 }, (_, i) => i % 2), 'int32'), 2);",
      "const model = tf.sequential({ layers: [",
      "  tf.layers.conv2d({ inputShape: [8, 8, 1], filters: 4, kernelSize: 3, activation: 'relu' }),",
      "  tf.layers.flatten(),",
      "  tf.layers.dense({ units: 2, activation: 'softmax' }),",
      "] });",
      "model.compile({ optimizer: tf.train.adam(0.05), loss: 'categoricalCrossentropy' });",
      "const losses = (await model.fit(xs, ys, { epochs: 10, batchSize: 16, verbose: 0 })).history.loss as number[];",
      "`${tf.getBackend()} falling=${losses[losses.length - 1] < losses[0]}`",
    ].join("\n"),
  ]);
  await expect(notebook.backend()).toHaveText("wasm");
  expect(await notebook.runCellAndWait(0, 60_000)).toBe("done");
  await expect(notebook.output(0)).toContainText('"wasm falling=true"');
});

test("an op the backend lacks names itself, and one click runs the notebook on CPU with the code kept", async ({ page }) => {
  const notebook = new NotebookPage(page);
  // The cell removes WASM's Sin kernel, standing in for an op no fallback covers.
  const code = 'if (tf.getBackend() === "wasm" && tf.getKernel("Sin", "wasm")) tf.unregisterKernel("Sin", "wasm");\n`${tf.getBackend()} ${tf.sin(tf.scalar(0)).dataSync()[0]}`';
  await notebook.openPlayground([code]);
  await expect(notebook.backend()).toHaveText("wasm");
  expect(await notebook.runCellAndWait(0)).toBe("error");
  await expect(notebook.output(0)).toContainText("BackendUnsupportedError: Sin cannot run on the wasm backend");
  await expect(notebook.output(0)).not.toContainText("not registered");
  await notebook.output(0).getByRole("button", { name: "Run this notebook on CPU" }).click();
  await expect(notebook.backend()).toHaveText("cpu");
  await expect(notebook.output(0)).toContainText('"cpu 0"');
  expect(await notebook.cell(0).locator("pre").first().textContent()).toContain('tf.unregisterKernel("Sin", "wasm")');
});

test("Stop ends model.fit on WebGL within 2 s, and the kernel keeps its state", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground([
    "const kept = 'still here';",
    [
      "const model = tf.sequential({ layers: [tf.layers.dense({ units: 64, inputShape: [32], activation: 'relu' }), tf.layers.dense({ units: 1 })] });",
      "model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });",
      "await model.fit(tf.randomNormal([4000, 32]), tf.randomNormal([4000, 1]), { epochs: 500, batchSize: 32, verbose: 0 });",
    ].join("\n"),
    "`${tf.getBackend()} ${kept}`",
  ]);
  await page.getByLabel("Switch the TensorFlow.js backend").selectOption("webgl");
  await expect(notebook.backend()).toHaveText("webgl");
  await notebook.runCellAndWait(0);
  await notebook.runCell(1);
  await notebook.waitForStatus(1, "running");
  await page.waitForTimeout(1_500);
  const started = Date.now();
  await notebook.stop();
  await notebook.waitForEnd(1, 5_000);
  expect(Date.now() - started).toBeLessThan(2_000);
  await expect(notebook.output(1)).toContainText(/interrupted/i);
  expect(await notebook.runCellAndWait(2)).toBe("done");
  await expect(notebook.output(2)).toHaveText('"webgl still here"');
});

// The four lessons that failed on WASM before the fallbacks: every cell, in the lesson page.
for (const id of ["evaluating-classifiers", "supervised-and-unsupervised", "convolutional-networks", "myth-black-box"]) {
  test(`every cell of the lesson "${id}" runs on WASM`, async ({ page }) => {
    test.setTimeout(120_000);
    const notebook = new NotebookPage(page);
    await page.goto(`/lessons/${id}`);
    await notebook.waitForKernel();
    await expect(notebook.backend()).toHaveText("wasm");
    await notebook.runAll();
    const cells = await notebook.cells().count();
    expect(cells).toBeGreaterThan(1);
    for (let i = 0; i < cells; i++) {
      await expect(notebook.status(i)).toHaveText("done", { timeout: 60_000 });
    }
    await expect(page.getByTestId("cell-output").getByRole("alert")).toHaveCount(0);
  });
}
