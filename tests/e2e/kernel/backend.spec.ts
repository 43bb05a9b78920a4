import { expect, test } from "../fixtures";
import { NotebookPage } from "../pages/notebook";

test("the active backend is shown and matches what the kernel uses", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground(["tf.getBackend()"]);
  const shown = await notebook.backend().textContent();
  expect(["webgl", "wasm", "cpu"]).toContain(shown);
  await notebook.runCellAndWait(0);
  await expect(notebook.output(0)).toHaveText(`"${shown}"`);
});

test("the backend can be switched, and the kernel keeps its state", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground(["const w = tf.tensor([1, 2, 3]);", "tf.getBackend() + ' ' + tf.tidy(() => w.sum().dataSync()[0])"]);
  await notebook.runCellAndWait(0);
  await page.getByLabel("Switch the TensorFlow.js backend").selectOption("cpu");
  await expect(notebook.backend()).toHaveText("cpu");
  await notebook.runCellAndWait(1);
  await expect(notebook.output(1)).toHaveText('"cpu 6"');
});
