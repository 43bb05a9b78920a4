import { expect, test } from "../fixtures";
import { expectAccessible } from "../fixtures";
import { NotebookPage } from "../pages/notebook";

test("cells can be added, moved and deleted", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground(["'one'", "'two'"]);
  await notebook.addCell("'three'");
  await expect(notebook.cells()).toHaveCount(3);
  await page.getByRole("button", { name: "Move cell 3 up" }).click();
  await expect(notebook.cell(1)).toContainText("'three'");
  await page.getByRole("button", { name: "Delete cell 1" }).click();
  await expect(notebook.cells()).toHaveCount(2);
  await expect(notebook.cell(0)).toContainText("'three'");
  await notebook.runAll();
  await notebook.waitForEnd(1);
  await expect(notebook.output(0)).toHaveText('"three"');
  await expect(notebook.output(1)).toHaveText('"two"');
});

test("Copy link puts the cells in the URL, and opening it restores them without running them", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const notebook = new NotebookPage(page);
  await notebook.openPlayground();
  await notebook.typeInCell(0, "const shared = 'from a link';\nshared");
  await page.getByTestId("copy-link").click();
  const link = await page.getByTestId("share-link").inputValue();
  expect(link).toMatch(/\/playground#cells=/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const other = await context.newPage();
  await other.goto(link);
  const reopened = new NotebookPage(other);
  await reopened.waitForKernel();
  await expect(reopened.cell(0)).toContainText("from a link");
  await expect(reopened.status(0)).toHaveText("idle");
  expect(await reopened.runCellAndWait(0)).toBe("done");
  await expect(reopened.output(0)).toHaveText('"from a link"');
});

test("Restart kernel clears the state", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground(["const survivor = 1;", "typeof survivor"]);
  await notebook.runCellAndWait(0);
  await notebook.restartKernel();
  await notebook.waitForKernel();
  await expect(page.getByText("Kernel ready")).toBeVisible();
  expect(await notebook.runCellAndWait(1)).toBe("done");
  await expect(notebook.output(1)).toHaveText('"undefined"');
});

test("a queued cell shows queued while another runs, and Run all stops at an error", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground(["await sleep(800);", "throw new Error('stop here')", "'never'"]);
  await notebook.runAll();
  await notebook.waitForStatus(0, "running");
  await expect(notebook.status(1)).toHaveText("queued");
  await notebook.waitForEnd(1);
  await expect(notebook.status(1)).toHaveText("error");
  await expect(notebook.status(2)).toHaveText("idle");
  await expect(notebook.output(2)).toHaveText("");
});

test("the playground has no serious accessibility problems, with outputs shown and the editor open", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground(["console.log('hi');\ndisplay.table([{ a: 1 }]);\n({ nested: [1, 2] })", "throw new Error('x')"]);
  await notebook.runCellAndWait(0);
  await notebook.runCellAndWait(1);
  await notebook.openEditor(0);
  await expectAccessible(page);
});
