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
  // The boot script also answers the sandbox's requests for kernel files, so the worker loads
  // TensorFlow.js and asks for its WASM binary with no app JavaScript at all (not after hydration).
  await expect
    .poll(() => blocked.evaluate(() => performance.getEntriesByType("resource").some((e) => new URL(e.name).pathname === "/kernel/wasm/tfjs-backend-wasm-simd.wasm")), { timeout: 30_000 })
    .toBe(true);
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

/** What the page fetched of a kernel file, from its resource timing: bytes on the wire and in the body. */
async function fetched(page: import("@playwright/test").Page, file: string): Promise<Array<{ transfer: number; body: number }>> {
  return page.evaluate(
    (name) =>
      performance
        .getEntriesByType("resource")
        .filter((entry) => new URL(entry.name).pathname === `/kernel/${name}`)
        .map((entry) => ({ transfer: (entry as PerformanceResourceTiming).transferSize, body: (entry as PerformanceResourceTiming).encodedBodySize })),
    file,
  );
}

test("the next notebook page takes the kernel bundle, the WASM binary, the compiler and a dataset from the HTTP cache", async ({ page }) => {
  const notebook = new NotebookPage(page);
  const cell = "const d = datasets.digits(20); d.images.shape.join('x')";
  await notebook.openPlayground([cell]);
  expect(await notebook.runCellAndWait(0)).toBe("done");
  await expect(notebook.output(0)).toContainText("20x");
  for (const file of ["kernel.js", "wasm/tfjs-backend-wasm-simd.wasm", "compiler.js", "datasets/digits.bin"]) {
    const [first] = await fetched(page, file);
    expect(first?.transfer, `${file}, first visit`).toBeGreaterThan(10_000);
  }

  await page.goto("/playground?visit=2");
  await notebook.waitForKernel();
  await notebook.addCell(cell);
  const last = (await notebook.cells().count()) - 1;
  expect(await notebook.runCellAndWait(last)).toBe("done");
  await expect(notebook.output(last)).toContainText("20x");
  for (const file of ["kernel.js", "wasm/tfjs-backend-wasm-simd.wasm", "compiler.js", "datasets/digits.bin"]) {
    const entries = await fetched(page, file);
    // One request each: the preload and the boot script's fetch are one download, not two.
    expect(entries, file).toHaveLength(1);
    // Revalidated (304, a few hundred bytes of headers) or served from the cache, never sent again.
    expect(entries[0]!.transfer, `${file}, next page`).toBeLessThan(2_000);
    expect(entries[0]!.body, file).toBeGreaterThan(10_000);
  }
});

test.describe("without the app's copy of the kernel files", () => {
  // The aborted fetches below are logged by the browser; they are the point of the test.
  test.use({ allowedErrors: { patterns: [/Failed to load resource: net::ERR_FAILED/] } });

  test("when the app cannot fetch the kernel's files, the sandbox loads them itself", async ({ page }) => {
    // The page's own fetches of the kernel files fail; the sandbox's requests (its frame, its worker) go through.
    const refused: string[] = [];
    await page.route(/\/kernel\/(kernel\.js|compiler\.js|wasm\/.*\.wasm)$/, async (route) => {
      let fromPage = false;
      try {
        fromPage = route.request().frame() === page.mainFrame();
      } catch {
        // A worker's request has no frame.
      }
      if (fromPage) {
        refused.push(new URL(route.request().url()).pathname);
        await route.abort();
      } else await route.continue();
    });
    const notebook = new NotebookPage(page);
    await notebook.openPlayground(["tf.getBackend() + ':' + tf.add(1, 2).dataSync()[0]"]);
    expect(await notebook.runCellAndWait(0)).toBe("done");
    await expect(notebook.output(0)).toContainText(":3");
    expect(refused).toEqual(expect.arrayContaining(["/kernel/kernel.js", "/kernel/wasm/tfjs-backend-wasm-simd.wasm", "/kernel/compiler.js"]));
  });
});
