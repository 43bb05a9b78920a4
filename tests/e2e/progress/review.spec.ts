import { expect, expectAccessible, test } from "../fixtures";
import { answerQuiz, signUp } from "./helpers";

test("at the end of a stage a review asks the questions not yet answered correctly; a right answer leaves it", async ({ page }) => {
  await signUp(page, "Reviewing Rae");
  await page.goto("/me");
  await expect(page.getByTestId("review-due-1")).toHaveCount(0);

  // Stage 1's last lesson with a quiz, answered wrongly: the stage review is due.
  await answerQuiz(page, "backpropagation", "what-backprop-does", "updates");
  await expect(page.getByTestId("stage-review-link")).toHaveAttribute("href", "/review/1");
  await page.goto("/me");
  const due = page.getByTestId("review-due-1");
  await expect(due).toBeVisible();
  const count = Number(/\((\d+) questions?\)/.exec((await due.locator("..").innerText()) ?? "")?.[1]);
  expect(count).toBeGreaterThan(1);

  await due.click();
  await expect(page).toHaveURL(/\/review\/1$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Review: Stage 1");
  await expect(page.getByTestId("review-summary")).toContainText(`${count} questions`);
  const lesson = page.getByTestId("review-lesson-backpropagation");
  const question = lesson.getByTestId("quiz-question-what-backprop-does");
  await expect(question).toBeVisible();
  await expectAccessible(page);
  await question.locator('input[value="all-gradients"]').check();
  await question.getByRole("button", { name: "Check answer" }).click();
  await expect(question.getByTestId("quiz-result")).toContainText("Correct");

  await page.reload();
  await expect(page.getByTestId("review-summary")).toContainText(`${count - 1} question`);
  await expect(page.getByTestId("quiz-question-what-backprop-does")).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath("review.png") });
});

test("a review is for signed-in learners, and an unknown stage is not found", async ({ page }) => {
  await page.goto("/review/1");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Freview%2F1/);
  const missing = await page.goto("/review/9");
  expect(missing!.status()).toBe(404);
});
