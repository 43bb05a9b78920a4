import { DEMO, expect, expectAccessible, OFFLINE_ERRORS, signIn, test } from "../fixtures";
import { answerQuiz, event, PASSWORD, postProgress, SAME_ORIGIN, signUp } from "./helpers";

// These tests cut the network on purpose; the editor workers may fail to load meanwhile.
test.use({ allowedErrors: OFFLINE_ERRORS });

test("notes typed offline are kept, saved once back online, and restored after a reload and on another device", async ({ page, context, browser }) => {
  const email = await signUp(page, "Offline Olga");
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  const status = page.getByTestId("progress-status");
  await expect(status).toHaveText("Saved");
  await expectAccessible(page);

  await context.setOffline(true);
  await page.getByTestId("lesson-notes").fill("Rank counts axes; size counts elements.");
  await expect(status).toHaveText("Offline — will retry");
  // Still offline after the first retry: nothing is dropped.
  await page.waitForTimeout(2500);
  await expect(status).toHaveText("Offline — will retry");
  await context.setOffline(false);
  await expect(status).toHaveText("Saved");

  await page.reload();
  await expect(page.getByTestId("lesson-notes")).toHaveValue("Rank counts axes; size counts elements.");

  const other = await browser.newContext();
  const device = await other.newPage();
  await signIn(device, { email, password: PASSWORD }, "/me");
  await device.goto("/me");
  await expect(device.getByTestId("lesson-notes")).toHaveValue("Rank counts axes; size counts elements.");
  await other.close();
});

test("exercise progress and quiz answers appear on /me, with the explanation of a wrong answer", async ({ page }) => {
  await signUp(page, "Dashboard Dan");
  await expect(page.getByTestId("me-summary")).toContainText("0 of");

  // The batch the browser queue sends when a learner opens a lesson and passes its exercise.
  const batch = { events: [event({ type: "lesson-opened", lessonId: "tensors" }), event({ type: "exercise-check", lessonId: "tensors", exerciseId: "column-sums", passed: true })] };
  const first = await postProgress(page.request, batch);
  expect(first.status()).toBe(200);
  expect((await first.json()).events).toEqual({ stored: 2, duplicates: 0, ignored: 0 });
  const replay = await postProgress(page.request, batch);
  expect((await replay.json()).events).toEqual({ stored: 0, duplicates: 2, ignored: 0 });

  await answerQuiz(page, "tensors", "rank-of-batch", "two");
  await page.goto("/me");
  await expect(page.getByTestId("next-lesson")).toContainText("Continue");
  await expect(page.getByTestId("stage-1")).toContainText("1 in progress");
  await expect(page.getByTestId("recent-activity")).toContainText("Passed the exercise");
  await expect(page.getByTestId("recent-activity")).toContainText("Answered a quiz question");
  const quiz = page.getByTestId("quiz-tensors");
  await expect(quiz).toContainText("0 of 4 right");
  await quiz.getByText("1 question answered wrongly").click();
  await expect(quiz.getByTestId("wrong-rank-of-batch")).toContainText("Your answer: 2");
  await expect(quiz.getByTestId("wrong-rank-of-batch")).toContainText("Rank is the number of axes");
  // Questions not answered yet reveal nothing.
  await expect(quiz).not.toContainText("tf.tidy");
  await expectAccessible(page);
});

test("the progress endpoint answers signed-out callers with 401, malformed payloads with 400, other sites with 403", async ({ page, playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const signedOut = await postProgress(anonymous, { events: [event({ type: "lesson-opened", lessonId: "tensors" })] });
  expect(signedOut.status()).toBe(401);
  await anonymous.dispose();

  await signIn(page, DEMO.learner, "/me");
  const malformed = await postProgress(page.request, { events: [event({ type: "teleported", lessonId: "tensors" })] });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).message).toMatch(/events\.0\.type/);
  const notJson = await page.request.post("/api/progress", { data: "{oops", headers: SAME_ORIGIN });
  expect(notJson.status()).toBe(400);

  // With the learner's session cookie, but from another site or as a form would send it: refused.
  const batch = { events: [event({ type: "lesson-opened", lessonId: "tensors" })] };
  const crossSite = await postProgress(page.request, batch, { "content-type": "application/json", origin: "https://evil.example" });
  expect(crossSite.status()).toBe(403);
  expect((await crossSite.json()).message).toMatch(/same-origin/);
  const form = await postProgress(page.request, JSON.stringify(batch), { ...SAME_ORIGIN, "content-type": "text/plain;charset=UTF-8" });
  expect(form.status()).toBe(415);
});
