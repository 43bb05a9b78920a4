import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { DEMO, signIn } from "../fixtures";
import { NotebookPage } from "../pages/notebook";

/**
 * Code in a cell must not reach the signed-in learner's session, the app's storage or DOM, or
 * talk to the app. Each attempt below must fail, with the learner signed in and app secrets set.
 */
const SECRET = "s3cr3t-app-value";

async function signedInPlayground(page: Page, sources: string[]): Promise<NotebookPage> {
  await signIn(page, DEMO.learner);
  const notebook = new NotebookPage(page);
  await notebook.openPlayground(sources);
  await page.evaluate((secret) => {
    document.cookie = `app_secret=${secret}; path=/`;
    localStorage.setItem("app_secret", secret);
  }, SECRET);
  return notebook;
}

/** Runs a cell that reports what it got as its result; returns that text. */
async function attempt(notebook: NotebookPage, i = 0): Promise<string> {
  await notebook.runCellAndWait(i);
  return notebook.output(i).innerText();
}

test("a cell cannot read the app's cookies", async ({ page }) => {
  const notebook = await signedInPlayground(page, [
    "let found = [];\ntry { found.push(document.cookie) } catch (e) { found.push(String(e)) }\ntry { found.push((self as any).parent.document.cookie) } catch (e) { found.push(String(e)) }\nfound.join(' | ')",
  ]);
  const text = await attempt(notebook);
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain("next-auth");
  expect(text).toContain("document is not defined");
});

test("a credentialed fetch of the session endpoint does not return the learner's session", async ({ page, baseURL }) => {
  const notebook = await signedInPlayground(page, [
    `let got = "";\ntry { const r = await fetch("${baseURL}/api/auth/session", { credentials: "include" }); got = "status " + r.status + " " + await r.text(); } catch (e) { got = "blocked: " + e }\ngot`,
  ]);
  // Sanity check: the app itself does see the session.
  const session = await page.evaluate(() => fetch("/api/auth/session").then((r) => r.text()));
  expect(session).toContain(DEMO.learner.email);
  const text = await attempt(notebook);
  expect(text).toContain("blocked");
  expect(text).not.toContain(DEMO.learner.email);
});

test("a cell cannot fetch from any other host either", async ({ page }) => {
  const notebook = await signedInPlayground(page, [
    'let r = "";\ntry { await fetch("https://example.com/"); r = "reached"; } catch (e) { r = "blocked: " + e }\nr',
  ]);
  const text = await attempt(notebook);
  expect(text).toContain("blocked");
  expect(text).not.toContain("reached");
});

test("a cell cannot touch the parent document", async ({ page }) => {
  const notebook = await signedInPlayground(page, ["(parent as any).document.body.innerHTML = 'pwned';"]);
  expect(await notebook.runCellAndWait(0)).toBe("error");
  await expect(notebook.output(0)).toContainText("parent is not defined");
  await expect(page.locator("body")).not.toHaveText("pwned");
  await expect(page.getByRole("heading", { name: "Playground" })).toBeVisible();
});

test("a cell cannot navigate the top window", async ({ page }) => {
  const notebook = await signedInPlayground(page, [
    "let r = [];\ntry { (top as any).location = 'https://example.com/'; } catch (e) { r.push(String(e)) }\ntry { (self as any).location.href = 'https://example.com/'; } catch (e) { r.push(String(e)) }\nr.join(' | ')",
  ]);
  const url = page.url();
  await attempt(notebook);
  await page.waitForTimeout(500);
  expect(page.url()).toBe(url);
  await expect(page.getByRole("heading", { name: "Playground" })).toBeVisible();
});

test("a cell cannot read the app's localStorage or IndexedDB", async ({ page }) => {
  const notebook = await signedInPlayground(page, [
    "let r = [];\ntry { r.push(String(localStorage.getItem('app_secret'))) } catch (e) { r.push(String(e)) }\ntry { await new Promise((ok, fail) => { const q = indexedDB.open('app'); q.onsuccess = () => ok('opened'); q.onerror = () => fail(q.error); }); r.push('idb opened') } catch (e) { r.push('idb: ' + e) }\nr.join(' | ')",
  ]);
  const text = await attempt(notebook);
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain("idb opened");
  expect(text).toContain("localStorage is not defined");
});

test("a message posted from a cell is never accepted by the app", async ({ page }) => {
  const forged = (runId: string) =>
    JSON.stringify({ kind: "output", channel: "guess", runId, outputs: [{ type: "stream", name: "stdout", text: "FORGED" }] });
  const notebook = await signedInPlayground(page, [
    [
      `const forged = ${forged("x")};`,
      "(self as any).postMessage(forged);",
      "(self as any).postMessage({ ...forged, kind: 'run-end' });",
      // Try to capture the kernel's private port by patching MessagePort before the next output.
      "let captured: any = null;",
      "const original = MessagePort.prototype.postMessage;",
      "MessagePort.prototype.postMessage = function (this: any, m: any) { captured = this; return original.call(this, m); };",
      "'posted'",
    ].join("\n"),
    "console.log('second cell');\nlet leaked = captured ? 'captured' : 'not captured';\nif (captured) captured.postMessage(forged);\nleaked",
  ]);
  await page.evaluate(() => {
    (window as unknown as { forgedSeen: number }).forgedSeen = 0;
    window.addEventListener("message", (event) => {
      if (JSON.stringify(event.data ?? "").includes("FORGED")) (window as unknown as { forgedSeen: number }).forgedSeen++;
    });
  });
  expect(await notebook.runCellAndWait(0)).toBe("done");
  expect(await notebook.runCellAndWait(1)).toBe("done");
  await expect(notebook.output(1)).toContainText("not captured");
  await page.waitForTimeout(300);
  for (const output of await page.getByTestId("cell-output").all()) await expect(output).not.toContainText("FORGED");
  expect(await page.evaluate(() => (window as unknown as { forgedSeen: number }).forgedSeen)).toBe(0);
});
