import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { NotebookPage } from "../pages/notebook";

/** How long the page's main thread takes to answer while a cell runs (it must stay responsive). */
async function mainThreadLatency(page: Page): Promise<number> {
  const started = Date.now();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  return Date.now() - started;
}

/** Starts cell 1, waits until it runs, clicks Stop and returns how long the stop took. */
async function stopRunningCell(notebook: NotebookPage): Promise<number> {
  await notebook.runCell(1);
  await notebook.waitForStatus(1, "running");
  await notebook.page.waitForTimeout(700);
  expect(await mainThreadLatency(notebook.page)).toBeLessThan(500);
  const started = Date.now();
  await notebook.stop();
  await notebook.waitForEnd(1, 5_000);
  return Date.now() - started;
}

const KEEP = "const kept = 'still here';";

test("Stop ends a synchronous infinite loop within 2 s and keeps the kernel's state", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground([KEEP, "let spins = 0;\nwhile (true) { spins++; }", "kept + ' after ' + (spins > 0)"]);
  await notebook.runCellAndWait(0);
  expect(await stopRunningCell(notebook)).toBeLessThan(2_000);
  await expect(notebook.status(1)).toHaveText("error");
  await expect(notebook.output(1)).toContainText(/interrupted|stopped/i);
  expect(await notebook.runCellAndWait(2)).toBe("done");
  await expect(notebook.output(2)).toContainText("still here after true");
});

test("Stop ends a long async loop within 2 s", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground([KEEP, "for (let i = 0; i < 1e6; i++) {\n  await sleep(20);\n}", "kept"]);
  await notebook.runCellAndWait(0);
  expect(await stopRunningCell(notebook)).toBeLessThan(2_000);
  expect(await notebook.runCellAndWait(2)).toBe("done");
  await expect(notebook.output(2)).toContainText("still here");
});

test("Stop ends a running model.fit within 2 s", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground([
    KEEP,
    [
      "const model = tf.sequential({ layers: [tf.layers.dense({ units: 64, inputShape: [32], activation: 'relu' }), tf.layers.dense({ units: 1 })] });",
      "model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });",
      "const xs = tf.randomNormal([4000, 32]);",
      "const ys = tf.randomNormal([4000, 1]);",
      "await model.fit(xs, ys, { epochs: 500, batchSize: 32, callbacks: display.fitCallbacks() });",
    ].join("\n"),
    "kept",
  ]);
  await notebook.runCellAndWait(0);
  expect(await stopRunningCell(notebook)).toBeLessThan(2_000);
  expect(await notebook.runCellAndWait(2)).toBe("done");
  await expect(notebook.output(2)).toContainText("still here");
});

test("a cell that never yields is ended by restarting the kernel, and the learner is told state was lost", async ({ page }) => {
  const notebook = new NotebookPage(page);
  // Catastrophic regex backtracking: one native call that no loop guard can interrupt.
  await notebook.openPlayground([KEEP, "/^(a+)+$/.test('a'.repeat(40) + 'b')", "typeof kept"]);
  await notebook.runCellAndWait(0);
  const took = await stopRunningCell(notebook);
  expect(took).toBeLessThan(4_000);
  await expect(notebook.output(1)).toContainText("kernel was restarted");
  await notebook.waitForKernel();
  expect(await notebook.runCellAndWait(2)).toBe("done");
  await expect(notebook.output(2)).toContainText("undefined");
});
