import type { Browser, BrowserContextOptions } from "@playwright/test";
import { DEMO, expect, signIn } from "../fixtures";
import { signUp } from "../progress/helpers";

/**
 * The demo instructor creates a fresh cohort and a new learner joins it by its invite link, each in
 * their own browser context. Returns both pages, the learner's email and a close() for both contexts.
 */
export async function cohortWithLearner(browser: Browser, names: { cohort: string; learner: string }, options: BrowserContextOptions = {}) {
  const teacherContext = await browser.newContext(options);
  const teacher = await teacherContext.newPage();
  await signIn(teacher, DEMO.instructor, "/instructor");
  const cohortName = `${names.cohort} ${Date.now().toString(36)}`;
  await teacher.getByLabel("Cohort name").fill(cohortName);
  await teacher.getByRole("button", { name: "Create cohort" }).click();
  await expect(teacher.getByRole("heading", { name: cohortName })).toBeVisible();
  const invite = await teacher.getByTestId("invite-link").inputValue();

  const learnerContext = await browser.newContext(options);
  const learner = await learnerContext.newPage();
  const email = await signUp(learner, names.learner, new URL(invite).pathname);
  await learner.getByRole("button", { name: "Join this cohort" }).click();
  await expect(learner.getByTestId("join-result")).toContainText("You joined");
  return {
    teacher, learner, email, cohortName,
    close: async () => {
      await teacherContext.close();
      await learnerContext.close();
    },
  };
}
