import { expect, test } from "../fixtures";
import { NotebookPage } from "../pages/notebook";

test("Monaco loads lazily from the app itself: no request leaves 127.0.0.1", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  const notebook = new NotebookPage(page);
  await notebook.openPlayground(["const a = 1;"]);
  await expect(page.locator(".monaco-editor")).toHaveCount(0);
  await notebook.openEditor(0);
  await notebook.typeInCell(0, "const typed = tf.ones([2]);\ntyped");
  expect(await notebook.runCellAndWait(0)).toBe("done");
  await page.waitForTimeout(1_000);
  const outside = requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    return !["blob:", "data:"].includes(protocol) && hostname !== "127.0.0.1";
  });
  expect(outside).toEqual([]);
  expect(requests.some((url) => url.includes("/kernel/types.json"))).toBe(true);
});

test("IntelliSense offers TensorFlow.js completions after typing tf.", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground([""]);
  await notebook.typeInCell(0, "");
  await page.keyboard.type("tf.");
  const suggestions = page.locator(".suggest-widget");
  await expect(suggestions).toBeVisible({ timeout: 20_000 });
  // The list is alphabetical and virtualised: the first tf members are visible, then narrow it down.
  await expect(suggestions).toContainText("AdamOptimizer", { timeout: 20_000 });
  await page.keyboard.type("tensor2");
  await expect(suggestions).toContainText("tensor2d");
});

test("IntelliSense knows declarations from earlier cells", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground(["const learningRate = 0.01;", ""]);
  await notebook.openEditor(0);
  await notebook.typeInCell(1, "");
  await page.keyboard.type("learning");
  await page.keyboard.press("Control+Space");
  await expect(page.locator(".suggest-widget")).toContainText("learningRate", { timeout: 20_000 });
});

test("Shift+Enter runs the cell and moves to the next; Ctrl+Enter runs in place", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground(["", "2 * 21"]);
  await notebook.typeInCell(0, "'first'");
  await page.keyboard.press("Shift+Enter");
  await notebook.waitForEnd(0);
  await expect(notebook.output(0)).toHaveText('"first"');
  await expect(notebook.cell(1).locator("pre").first()).toBeFocused();
  await page.keyboard.press("Control+Enter");
  await notebook.waitForEnd(1);
  await expect(notebook.output(1)).toHaveText("42");
});

test("keyboard users can Tab to a cell and open the editor with Enter", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground(["1 + 2"]);
  const code = notebook.cell(0).locator("pre").first();
  await code.focus();
  await expect(code).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(notebook.cell(0).locator(".monaco-editor")).toBeVisible({ timeout: 30_000 });
  const focusInEditor = () => page.evaluate(() => document.activeElement?.closest(".monaco-editor") != null);
  await expect.poll(focusInEditor).toBe(true);
  await page.keyboard.press("Escape");
  await expect(notebook.cell(0).getByTestId("run-cell")).toBeFocused();
});
