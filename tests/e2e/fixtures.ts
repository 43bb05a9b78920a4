import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const DEMO = {
  learner: { email: "learner@example.com", password: "learner-pass-123" },
  author: { email: "author@example.com", password: "author-pass-123" },
  instructor: { email: "instructor@example.com", password: "instructor-pass-123" },
  admin: { email: "admin@example.com", password: "admin-pass-123" },
} as const;

/** Signs in through the real form, then waits for the header to show the signed-in user. */
export async function signIn(page: Page, who: { email: string; password: string }, callbackUrl = "/profile") {
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

export const test = base;
export { expect };
