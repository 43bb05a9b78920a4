import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { baseURL } from "../../../playwright.config";
import { expect, uniqueEmail } from "../fixtures";

export const PASSWORD = "progress-pass-123";

/** A fresh learner through the real sign-up form, landing on `callbackUrl` (on `origin`, default the test server). */
export async function signUp(page: Page, name: string, callbackUrl = "/me", origin = ""): Promise<string> {
  const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, "-").replace(/^-+|-+$/g, ""));
  await page.goto(`${origin}/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("sign-out")).toBeVisible();
  return email;
}

export const event = (fields: Record<string, unknown>) => ({ id: randomUUID(), at: Date.now(), ...fields });

/** The headers a page of the app sends with its fetch (the route refuses requests without them). */
export const SAME_ORIGIN = { "content-type": "application/json", origin: baseURL };

/** POST /api/progress with the page's session cookie: the same request the browser queue makes. */
export function postProgress(request: APIRequestContext, body: unknown, headers: Record<string, string> = SAME_ORIGIN) {
  return request.post("/api/progress", { data: body, headers });
}

/** Answers one option of a quiz question on the real lesson page (the quiz server action stores the attempt). */
export async function answerQuiz(page: Page, lessonId: string, questionId: string, optionId: string) {
  await page.goto(`/lessons/${lessonId}`);
  const question = page.getByTestId(`quiz-question-${questionId}`);
  await question.locator(`input[value="${optionId}"]`).check();
  await question.getByRole("button", { name: "Check answer" }).click();
  await expect(question.getByTestId("quiz-result")).toContainText(/Correct|Not quite/);
}
