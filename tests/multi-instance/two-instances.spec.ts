import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { INSTANCES } from "../../playwright.multi.config";
import { DEMO } from "../e2e/fixtures";

const [A, B] = INSTANCES as [string, string];

test("a learner signs in on one instance, saves progress there and sees it through the other", async ({ page }) => {
  await page.goto(`${A}/signin?callbackUrl=/me`);
  await page.getByLabel("Email").fill(DEMO.learner.email);
  await page.getByLabel("Password").fill(DEMO.learner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("sign-out")).toBeVisible();

  // Progress written through instance A…
  const note = `Noted on instance A at ${new Date().toISOString()}`;
  await page.goto(`${A}/me`);
  const notesFor = (lesson: string) => page.getByLabel("Lesson", { exact: true }).selectOption({ label: lesson });
  await notesFor("Tensors and operations");
  await page.getByTestId("lesson-notes").fill(note);
  await expect(page.getByTestId("progress-status")).toHaveAttribute("data-state", "saved");
  const batch = { events: [{ id: randomUUID(), at: Date.now(), type: "lesson-opened", lessonId: "tensors" }] };
  expect((await page.request.post(`${A}/api/progress`, { data: batch, headers: { origin: A } })).status()).toBe(200);

  // …is read back through instance B with the same session (JWTs: no sticky sessions needed).
  await page.goto(`${B}/me`);
  await expect(page.getByTestId("sign-out")).toBeVisible();
  await notesFor("Tensors and operations");
  await expect(page.getByTestId("lesson-notes")).toHaveValue(note);
  await expect(page.getByTestId("recent-activity")).toContainText("Tensors and operations");
});

test("failed sign-ins counted on one instance are refused on the other", async ({ browser }) => {
  const email = `shared-limit-${Date.now()}@example.test`;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${A}/signin`);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong-password-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("signin-error")).toContainText("incorrect");
  }
  await page.goto(`${B}/signin`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong-password-5");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signin-error")).toContainText("Too many failed sign-in attempts");
  await context.close();
});
