import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const DEMO = {
  learner: { email: "learner@example.com", password: "learner-pass-123" },
  author: { email: "author@example.com", password: "author-pass-123" },
  instructor: { email: "instructor@example.com", password: "instructor-pass-123" },
  admin: { email: "admin@example.com", password: "admin-pass-123" },
} as const;

/**
 * Signs in without the form: next-auth's credentials callback, called through the page's own request
 * context, sets the session cookie in the browser. Then opens `callbackUrl` signed in.
 */
export async function signIn(page: Page, who: { email: string; password: string }, callbackUrl = "/profile") {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: who.email, password: who.password, json: "true" },
    maxRedirects: 0,
  });
  expect(response.status(), `signing in ${who.email}`).toBeLessThan(400);
  await page.goto(callbackUrl);
  await expect(page.getByTestId("sign-out")).toBeVisible();
}

/** Signs in by typing into the real form (for tests of the form itself). */
export async function signInWithForm(page: Page, who: { email: string; password: string }, callbackUrl = "/profile") {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("sign-out")).toBeVisible();
}

export function uniqueEmail(prefix = "e2e"): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.test`;
}

/** Fails on serious or critical axe-core violations. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
}

/**
 * Console and page errors a test may cause on purpose, each with its reason. Anything else logged
 * as an error, and any other uncaught page error, fails the test that caused it.
 */
const ALLOWED_CONSOLE_ERRORS: Array<[pattern: RegExp, reason: string]> = [
  [/Failed to load resource: the server responded with a status of (401|403|404|409|429)\b/, "tests visit missing and forbidden pages and refused writes on purpose"],
];

/** What the offline tests may cause: cutting the network while Monaco's editor workers load their chunks. */
export const OFFLINE_ERRORS = { patterns: [/Failed to execute 'importScripts' on 'WorkerGlobalScope'/, /^ErrorEvent$/] };



export const test = base.extend<{ allowedErrors: { patterns: RegExp[] }; failOnPageErrors: void }>({
  /** More errors a spec causes on purpose (`test.use({ allowedErrors: [...] })`, with a comment why). */
  // An object, not an array: Playwright would read an array as [value, options].
  allowedErrors: [{ patterns: [] }, { option: true }],
  failOnPageErrors: [
    async ({ page, allowedErrors }, use) => {
      const allowed = (text: string) =>
        ALLOWED_CONSOLE_ERRORS.some(([pattern]) => pattern.test(text)) || allowedErrors.patterns.some((pattern) => pattern.test(text));
      const problems: string[] = [];
      page.on("pageerror", (error) => {
        if (!allowed(error.message)) problems.push(`uncaught page error: ${error.message}`);
      });
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const text = message.text();
        if (!allowed(text)) problems.push(`console.error: ${text.slice(0, 500)}`);
      });
      await use();
      expect(problems, "uncaught page errors or unexpected console errors").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
