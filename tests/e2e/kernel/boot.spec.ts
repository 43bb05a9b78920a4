import { expect, test } from "@playwright/test";
import { NotebookPage } from "../pages/notebook";

const sandboxes = "iframe[title='Notebook kernel']";

test("a notebook page starts its sandbox from the HTML, before hydration, and the kernel adopts that one", async ({ page }) => {
  // Blocks the app's JavaScript: only the inline boot script can start the sandbox.
  await page.route(/\/_next\/static\/.*\.js$/, (route) => route.abort());
  await page.goto("/playground");
  await expect(page.locator(sandboxes)).toHaveCount(1);
  await page.unroute(/\/_next\/static\/.*\.js$/);
  await page.goto("about:blank");

  const notebook = new NotebookPage(page);
  await notebook.openPlayground(["1 + 1"]);
  await expect(page.locator(sandboxes)).toHaveCount(1);
  expect(await notebook.runCellAndWait(0)).toBe("done");
  await expect(notebook.output(0)).toHaveText("2");
});

test("after a client-side navigation the notebook starts its own sandbox, just one", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(sandboxes)).toHaveCount(0);
  await page.getByRole("navigation").getByRole("link", { name: "Playground" }).click();
  await expect(page).toHaveURL(/\/playground/);
  const notebook = new NotebookPage(page);
  await notebook.waitForKernel();
  await expect(page.locator(sandboxes)).toHaveCount(1);
  await notebook.addCell("6 * 7");
  const last = (await notebook.cells().count()) - 1;
  expect(await notebook.runCellAndWait(last)).toBe("done");
  await expect(notebook.output(last)).toHaveText("42");
});
