import { expect, test } from "../fixtures";
import { NotebookPage } from "../pages/notebook";

// A lesson page with runnable cells (lessons/0-intro/01-welcome.mdx).
const LESSON = "/lessons/welcome";
const MARK = "// my own edit";

async function savedKeys(notebook: NotebookPage): Promise<string[]> {
  return notebook.page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("notebook-edit:welcome:")));
}

test("a learner's edit is kept across reloads, never runs by itself, and Reset restores the lesson's code", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await page.goto(LESSON);
  await notebook.waitForKernel();
  const original = await notebook.cell(0).locator("pre").first().innerText();
  await notebook.typeInCell(0, `${original.trimEnd()}\n${MARK}`);
  await expect.poll(() => savedKeys(notebook)).toHaveLength(1);

  await page.reload();
  await notebook.waitForKernel();
  await expect(notebook.cell(0)).toContainText(MARK);
  await expect(notebook.cell(0)).toContainText("edited");
  await page.waitForTimeout(500);
  await expect(notebook.status(0)).toHaveText("idle");
  await expect(notebook.output(0)).toHaveText("");

  await notebook.cell(0).getByRole("button", { name: "Reset this cell to the lesson's code" }).click();
  await expect(notebook.cell(0)).not.toContainText(MARK);
  expect(await savedKeys(notebook)).toEqual([]);
});

test("an edit made on an older version of the lesson says so and offers a reset", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await page.goto(LESSON);
  await notebook.waitForKernel();
  const original = await notebook.cell(0).locator("pre").first().innerText();
  await notebook.typeInCell(0, `${original.trimEnd()}\n${MARK}`);
  await expect.poll(() => savedKeys(notebook)).toHaveLength(1);
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage).filter((k) => k.startsWith("notebook-edit:welcome:"))) {
      const saved = JSON.parse(localStorage.getItem(key) ?? "{}");
      localStorage.setItem(key, JSON.stringify({ ...saved, version: "an-older-version" }));
    }
  });
  await page.reload();
  const notice = notebook.cell(0).getByRole("note");
  await expect(notice).toContainText("This lesson changed since you edited this cell");
  await expect(notebook.cell(0)).toContainText(MARK);
  await notice.getByRole("button", { name: "Reset" }).click();
  await expect(notebook.cell(0)).not.toContainText(MARK);
  await expect(notice).toHaveCount(0);
});
