import type { Page } from "@playwright/test";
import { expect, expectAccessible, OFFLINE_ERRORS, signIn, test } from "../fixtures";
import { LESSON_ID, readFirstExercise, readQuiz } from "../lessons/lesson-content";
import { NotebookPage } from "../pages/notebook";
import { randomUUID } from "node:crypto";
import { PASSWORD, postProgress, signUp } from "./helpers";

// These tests cut the network on purpose; the editor workers may fail to load meanwhile.
test.use({ allowedErrors: OFFLINE_ERRORS });

const URL = `/lessons/${LESSON_ID}`;
const MARK = "// kept in my account";

async function openLesson(page: Page): Promise<NotebookPage> {
  const notebook = new NotebookPage(page);
  await page.goto(URL);
  await notebook.waitForKernel();
  return notebook;
}

/** Edits go to the account only: the notebook's own localStorage copy is for guests. */
const guestEdits = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("notebook-edit:")));

/** Answers every quiz question of the lesson correctly through the page. */
async function answerWholeQuiz(page: Page) {
  for (const question of readQuiz()) {
    const card = page.getByTestId(`quiz-question-${question.id}`);
    const answer = (question as { answer?: unknown }).answer;
    if (question.type === "numeric") await card.getByLabel("Your answer").fill(String(answer));
    else if (question.type === "truefalse") await card.locator(`input[value="${String(answer)}"]`).check();
    else for (const option of question.options!.filter((o) => o.correct)) await card.locator(`input[value="${option.id}"]`).check();
    await card.getByRole("button", { name: "Check answer" }).click();
    await expect(card.getByTestId("quiz-result")).toContainText("Correct");
  }
}

test("a learner's code, runs, exercise and quiz are kept in their account and the lesson shows as complete everywhere", async ({ page, browser }) => {
  const email = await signUp(page, "Wired Wren", URL);
  await expect(page.getByRole("link", { name: "My progress" })).toHaveAttribute("href", "/me");
  await expect(page.getByRole("link", { name: "Teaching" })).toHaveCount(0);
  const notebook = await openLesson(page);
  const status = page.getByTestId("progress-status");
  const lessonStatus = page.getByTestId("lesson-status");
  await expect(lessonStatus).toHaveAttribute("data-status", "in-progress");
  await expect(lessonStatus).toContainText("0 of 1 exercise passed, 0 of 4 quiz questions answered");

  // Edit: saved to the account (debounced), restored after a reload, never run by itself.
  const original = await notebook.cell(0).locator("pre").first().innerText();
  await notebook.typeInCell(0, `${original.trimEnd()}\n${MARK}`);
  await expect(status).toHaveText("Saving…");
  await expect(status).toHaveText("Saved");
  expect(await guestEdits(page)).toEqual([]);
  await page.reload();
  await notebook.waitForKernel();
  await expect(notebook.cell(0)).toContainText(MARK);
  await expect(notebook.cell(0)).toContainText("edited");
  await expect(notebook.status(0)).toHaveText("idle");
  await expect(notebook.output(0)).toHaveText("");

  // Another device (a fresh browser context) gets the same code from the account.
  const device = await browser.newContext();
  const other = await device.newPage();
  await signIn(other, { email, password: PASSWORD }, URL);
  await other.goto(URL);
  await expect(other.getByTestId("cell").first()).toContainText(MARK);
  await device.close();

  // Run the edited cell, then solve the exercise and answer the quiz.
  expect(await notebook.runCellAndWait(0)).toBe("done");
  const { id, solution } = readFirstExercise();
  const exercise = page.getByTestId(`exercise-${id}`);
  await notebook.replaceCodeIn(exercise.getByTestId("cell"), solution);
  await exercise.getByRole("button", { name: "Check", exact: true }).click();
  await expect(exercise.getByTestId("exercise-result")).toContainText("✓ Passed", { timeout: 30_000 });
  await expect(lessonStatus).toContainText("1 of 1 exercise passed");
  await answerWholeQuiz(page);
  await expect(lessonStatus).toHaveAttribute("data-status", "completed");
  await expect(lessonStatus).toContainText("Complete");
  await expect(status).toHaveText("Saved");

  // The solved exercise is restored from the account too.
  await page.reload();
  await expect(page.getByTestId(`exercise-${id}`).getByTestId("cell")).toContainText("m.sum(0)");
  await expect(page.getByTestId("lesson-status")).toHaveAttribute("data-status", "completed");

  await page.goto("/");
  await expect(page.getByTestId(`course-status-${LESSON_ID}`)).toHaveText("✓ Complete");
  await expectAccessible(page);
  await page.getByRole("link", { name: "My progress" }).click();
  await expect(page.getByTestId("me-summary")).toContainText(/^1 of \d+ lessons completed/);
  await expect(page.getByTestId("recent-activity")).toContainText("Passed the exercise");
});

test("edits made offline wait in the browser, are saved once back online, and survive a reload", async ({ page, context }) => {
  await signUp(page, "Offline Otto", URL);
  const notebook = await openLesson(page);
  const status = page.getByTestId("progress-status");
  await notebook.openEditor(1); // the editor's code loads while online
  await expect(status).toHaveText("Saved");

  await context.setOffline(true);
  const original = await notebook.cell(1).locator(".view-lines").innerText();
  expect(original.length).toBeGreaterThan(10);
  await notebook.typeInCell(1, `console.log("written offline");`);
  await expect(status).toHaveText("Offline — will retry");
  await page.waitForTimeout(2500);
  await expect(status).toHaveText("Offline — will retry");
  await context.setOffline(false);
  await expect(status).toHaveText("Saved");

  await page.reload();
  await notebook.waitForKernel();
  await expect(notebook.cell(1)).toContainText('console.log("written offline");');
  await expect(notebook.status(1)).toHaveText("idle");
});

test("code saved against an older lesson version is kept with a notice, and Reset restores the lesson's code on the account", async ({ page }) => {
  await signUp(page, "Stale Stella", URL);
  const save = { saveId: randomUUID(), lessonId: LESSON_ID, cellId: "cell-1", source: `${MARK} (old version)`, version: "an-older-version", baseRevision: 0 };
  expect((await (await postProgress(page.request, { code: [save] })).json()).code[0]).toMatchObject({ status: "saved", revision: 1 });
  const notebook = await openLesson(page);
  const notice = notebook.cell(0).getByRole("note");
  await expect(notice).toContainText("This lesson changed since you edited this cell");
  await expect(notebook.cell(0)).toContainText(`${MARK} (old version)`);
  await notice.getByRole("button", { name: "Reset" }).click();
  await expect(notebook.cell(0)).not.toContainText(MARK);
  await expect(page.getByTestId("progress-status")).toHaveText("Saved");
  await page.reload();
  await notebook.waitForKernel();
  await expect(notebook.cell(0)).not.toContainText(MARK);
  await expect(notebook.cell(0).getByRole("note")).toHaveCount(0);
});

test("a cell changed in another tab shows a conflict instead of overwriting it", async ({ page, context }) => {
  await signUp(page, "Conflict Cora", URL);
  const tabA = await openLesson(page);
  const tabB = await openLesson(await context.newPage());
  await tabA.typeInCell(1, "const fromA = 1;");
  await expect(page.getByTestId("progress-status")).toHaveText("Saved");

  // Tab B loaded before tab A saved: its save is refused and the learner chooses.
  await tabB.typeInCell(1, "const fromB = 2;");
  await expect(tabB.page.getByTestId("conflict-cell-2")).toContainText("changed in another tab or device");
  await expect(tabB.page.getByTestId("progress-status")).toHaveText("Changed in another tab — choose a version");
  await tabB.page.getByRole("button", { name: "Load theirs" }).click();
  await expect(tabB.cell(1)).toContainText("const fromA = 1;");
  await expect(tabB.page.getByTestId("progress-status")).toHaveText("Saved");
});

test("runs, checks, hints and the solution are recorded with the lesson's cell and exercise ids", async ({ page }) => {
  await signUp(page, "Eventful Eve", "/me");
  const events: Array<Record<string, unknown>> = [];
  page.on("request", (request) => {
    if (request.url().endsWith("/api/progress") && request.method() === "POST") events.push(...((request.postDataJSON()?.events ?? []) as Array<Record<string, unknown>>));
  });
  const notebook = await openLesson(page);
  await notebook.typeInCell(1, 'throw new TypeError("on purpose");');
  expect(await notebook.runCellAndWait(1)).toBe("error");
  const { id } = readFirstExercise();
  const exercise = page.getByTestId(`exercise-${id}`);
  await exercise.getByRole("button", { name: "Check", exact: true }).click();
  await expect(exercise.getByTestId("exercise-result")).toContainText("✗", { timeout: 30_000 });
  await exercise.getByRole("button", { name: /Show a hint/ }).click();
  await exercise.getByRole("button", { name: /Next hint/ }).click();
  await exercise.getByRole("button", { name: "Show solution" }).click();
  await exercise.getByRole("button", { name: "Yes, show it" }).click();
  await expect(page.getByTestId("progress-status")).toHaveText("Saved");
  await expect.poll(() => events.length).toBeGreaterThanOrEqual(6);
  const seen = events.map(({ id: _id, at: _at, ...rest }) => rest);
  expect(seen).toEqual([
    { type: "lesson-opened", lessonId: LESSON_ID },
    { type: "cell-run", lessonId: LESSON_ID, cellId: "cell-2", ok: false, errorName: "TypeError" },
    { type: "exercise-check", lessonId: LESSON_ID, exerciseId: id, passed: false },
    { type: "hint-viewed", lessonId: LESSON_ID, exerciseId: id, hint: 1 },
    { type: "hint-viewed", lessonId: LESSON_ID, exerciseId: id, hint: 2 },
    { type: "solution-viewed", lessonId: LESSON_ID, exerciseId: id },
  ]);
});

test("a guest's edits stay in this browser and nothing is sent to the progress endpoint", async ({ page }) => {
  const sent: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/progress")) sent.push(request.url());
  });
  const notebook = await openLesson(page);
  await expect(page.getByTestId("progress-status")).toHaveCount(0);
  await expect(page.getByTestId("lesson-status")).toHaveCount(0);
  await notebook.typeInCell(0, `${MARK} (guest)`);
  await expect.poll(() => guestEdits(page)).toHaveLength(1);
  expect(await notebook.runCellAndWait(0)).toBe("done");
  await page.waitForTimeout(1500);
  expect(sent).toEqual([]);
});
