import { expect, test } from "../fixtures";
import { NotebookPage } from "../pages/notebook";

const sandboxes = "iframe[title='Notebook kernel']";

test("a notebook page starts its sandbox from the HTML, before hydration, and the kernel adopts that one", async ({ page, browser }) => {
  // Another page, whose failed script loads are the point: the app's JavaScript is blocked, so only
  // the inline boot script can start the sandbox.
  const blocked = await browser.newPage({ baseURL: test.info().project.use.baseURL });
  await blocked.route(/\/_next\/static\/.*\.js$/, (route) => route.abort());
  await blocked.goto("/playground");
  await expect(blocked.locator(sandboxes)).toHaveCount(1);
  await blocked.close();

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
