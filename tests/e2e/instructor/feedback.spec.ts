import { expect, expectAccessible, test } from "../fixtures";
import { cohortWithLearner } from "./helpers";
import { event, postProgress } from "../progress/helpers";

const CODE = "const m = tf.tensor2d([[1, 2, 3], [4, 5, 6]]);\nconst sums = m.sum(1);\nsums.print();";
const HOSTILE = '<img src=x onerror="document.title=\'pwned\'"> sum(1) adds along rows';

test("an instructor comments on a line of a learner's code; the learner sees it as text on /me and the lesson, and replies once", async ({ browser }) => {
  const { teacher, learner, email, close } = await cohortWithLearner(browser, { cohort: "Feedback class", learner: "Feedback Learner" });
  const saved = await postProgress(learner.request, {
    events: [event({ type: "lesson-opened", lessonId: "tensors" })],
    code: [{ saveId: crypto.randomUUID(), lessonId: "tensors", cellId: "exercise-column-sums", source: CODE, version: "v1", baseRevision: 0 }],
  });
  expect(saved.ok()).toBe(true);
  // Before any comment, /me has no feedback card.
  await learner.goto("/me");
  await expect(learner.getByTestId("my-feedback")).toHaveCount(0);

  // The instructor opens the code, with numbered lines, and comments.
  await teacher.reload();
  await teacher.locator(`[data-testid="learner-row"][data-learner-email="${email}"]`).getByRole("link", { name: "Feedback Learner" }).click();
  await teacher.getByRole("link", { name: "View code" }).click();
  const cell = teacher.getByTestId("code-exercise-column-sums");
  await expect(cell.getByLabel("Code of exercise-column-sums")).toContainText("m.sum(1)");
  await cell.getByRole("button", { name: "Post comment" }).click();
  await expect(cell.getByTestId("feedback-result")).toHaveText("Write a comment first.");
  await cell.getByLabel("Comment on", { exact: true }).selectOption({ label: "Line 2: const sums = m.sum(1);" });
  await cell.getByLabel("Comment (plain text)").fill(HOSTILE);
  await cell.getByRole("button", { name: "Post comment" }).click();
  await expect(cell.getByTestId("feedback-result")).toHaveText("Comment posted on line 2.");
  await expect(cell.getByTestId("feedback-comment")).toHaveCount(1);
  await expect(cell.getByLabel("Comment (plain text)")).toHaveValue("");
  await cell.getByLabel("Comment (plain text)").fill("Well laid out.\nTry axis 0 next.");
  await cell.getByRole("button", { name: "Post comment" }).click();
  await expect(cell.getByTestId("feedback-comment")).toHaveCount(2);
  await expect(cell.getByTestId("feedback-comment").first()).toContainText("on line 2");
  await expect(cell.getByTestId("feedback-comment").first().getByTestId("feedback-body")).toHaveText(HOSTILE);
  await expectAccessible(teacher);

  // The learner: an unread count on /me, then the comments on the lesson page, as text.
  await learner.goto("/me");
  await expect(learner.getByTestId("feedback-unread")).toHaveText("2 unread");
  await expect(learner.getByTestId("my-feedback").getByRole("listitem")).toHaveCount(2);
  await expectAccessible(learner);
  await learner.getByTestId("my-feedback").getByRole("link", { name: "Tensors and operations" }).first().click();
  const panel = learner.getByTestId("lesson-feedback");
  await expect(panel).toContainText("2 comments, 2 new");
  await expect(panel.getByTestId("feedback-comment")).toHaveCount(2);
  const first = panel.getByTestId("feedback-comment").first();
  await expect(first).toContainText("const sums = m.sum(1);");
  await expect(first.getByTestId("feedback-body")).toHaveText(HOSTILE);
  await expect(panel.locator("img")).toHaveCount(0);
  expect(await learner.title()).not.toBe("pwned");
  await expect(panel.getByTestId("feedback-body").nth(1)).toHaveText("Well laid out.\nTry axis 0 next.");
  await expect(panel.getByRole("link", { name: "go to the cell" })).toHaveAttribute("href", "#cell-exercise-column-sums");
  await expect(learner.locator("#cell-exercise-column-sums")).toHaveCount(1);
  await expectAccessible(learner);

  // One reply: the form goes, the reply shows; an empty reply is refused first.
  await first.getByRole("button", { name: "Send reply" }).click();
  await expect(first.getByTestId("reply-problem")).toHaveText("Write a reply first.");
  await first.getByLabel("Your reply (you can send one)").fill("I meant rows: one sum per row.");
  await first.getByRole("button", { name: "Send reply" }).click();
  await expect(first.getByTestId("feedback-reply")).toContainText("I meant rows: one sum per row.");
  await expect(first.getByRole("button", { name: "Send reply" })).toHaveCount(0);

  // Read now: /me has no unread count, and says which one was answered; a reload keeps the reply.
  await learner.goto("/me");
  await expect(learner.getByTestId("my-feedback")).toContainText("you replied");
  await expect(learner.getByTestId("feedback-unread")).toHaveCount(0);
  await learner.goto("/lessons/tensors");
  await expect(learner.getByTestId("lesson-feedback")).toContainText("2 comments.");
  await expect(learner.getByTestId("feedback-reply")).toHaveCount(1);

  // The instructor sees the reply, and can take the second comment back.
  await teacher.reload();
  await expect(cell.getByTestId("feedback-reply")).toContainText("I meant rows");
  await cell.getByRole("button", { name: "Delete the comment on exercise-column-sums, the whole cell" }).click();
  await expect(cell.getByTestId("feedback-comment")).toHaveCount(1);

  // The learner resets the cell: the instructor still sees (and can delete) the comment they still see.
  const reset = await postProgress(learner.request, {
    events: [],
    code: [{ saveId: crypto.randomUUID(), lessonId: "tensors", cellId: "exercise-column-sums", source: null, version: "v1", baseRevision: 1 }],
  });
  expect(reset.ok()).toBe(true);
  await teacher.reload();
  await expect(teacher.getByTestId("code-exercise-column-sums")).toHaveCount(0);
  const orphaned = teacher.getByTestId("orphaned-feedback");
  await expect(orphaned.getByTestId("feedback-comment")).toHaveCount(1);
  await expect(orphaned).toContainText("I meant rows");
  await orphaned.getByRole("button", { name: /Delete the comment on exercise-column-sums, line 2/ }).click();
  await expect(teacher.getByTestId("orphaned-feedback")).toHaveCount(0);
  await close();
});
