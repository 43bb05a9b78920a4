import { expect, test } from "../fixtures";

// The injected script below is refused on purpose; Chromium reports that as a console error.
test.use({ allowedErrors: { patterns: [/Content Security Policy/] } });

test("app pages send a nonce CSP, frame protection and a permissions policy; the sandbox keeps its own", async ({ page }) => {
  const response = await page.request.get("/lessons/tensors");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // Two requests, two nonces.
  const again = (await page.request.get("/lessons/tensors")).headers()["content-security-policy"];
  expect(again).not.toBe(headers["content-security-policy"]);

  const sandbox = (await page.request.get("/kernel/sandbox")).headers();
  expect(sandbox["content-security-policy"]).toContain("default-src 'none'");
  expect(sandbox["content-security-policy"]).toMatch(/frame-ancestors http/);
  expect(sandbox["x-frame-options"]).toBeUndefined();
});

test("injected markup cannot run script, while the page's own scripts (kernel included) do", async ({ page }) => {
  await page.goto("/playground");
  await expect(page.getByTestId("kernel-backend")).toHaveText(/^(webgl|wasm|cpu)$/, { timeout: 60_000 });
  const ran = await page.evaluate(async () => {
    // What an HTML injection would try: an inline handler, and a parser-inserted inline script.
    const host = document.createElement("div");
    host.innerHTML = `<img src="data:," onload="window.__injected = 'handler'">`;
    document.body.appendChild(host);
    const frame = document.createElement("iframe");
    frame.srcdoc = "<script>parent.__injected = 'srcdoc'</" + "script>";
    document.body.appendChild(frame);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return (window as unknown as { __injected?: string }).__injected ?? null;
  });
  expect(ran).toBeNull();
});

test("this site cannot be framed by another page", async ({ page, baseURL }) => {
  // A page on another origin (here: about:blank's opaque one via setContent) tries to frame a lesson.
  await page.setContent(`<iframe id="f" src="${baseURL}/lessons/tensors"></iframe>`);
  const frame = page.frame({ url: /lessons\/tensors/ });
  await page.waitForTimeout(1_000);
  const text = frame ? await frame.evaluate(() => document.body?.innerText ?? "").catch(() => "") : "";
  expect(text).not.toContain("Tensors");
});
