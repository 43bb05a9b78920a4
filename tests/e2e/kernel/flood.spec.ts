import { expect, test } from "../fixtures";
import { NotebookPage } from "../pages/notebook";

test("an output flood is truncated with a notice, Stop still works and the page stays usable", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground(["let i = 0;\nwhile (true) console.log(i++);", "'alive: ' + (i > 0)"]);
  await notebook.runCell(0);
  await expect(notebook.output(0)).toContainText(/truncated/i, { timeout: 20_000 });
  await notebook.stop();
  await notebook.waitForEnd(0, 5_000);
  const printed = await notebook.output(0).innerText();
  expect(printed.length).toBeLessThan(1_000_000);
  expect(await notebook.runCellAndWait(1)).toBe("done");
  await expect(notebook.output(1)).toHaveText('"alive: true"');
});
