import { beforeEach, describe, expect, it } from "vitest";
import { caller } from "@/tests/setup/session";
import { makeCodeSave, makeCohort, makeUsers } from "@/lib/progress/test-factories";
import { addFeedback, deleteFeedback, markFeedbackRead, replyToFeedback } from "./actions";
import { getLearnerFeedback, getMyFeedback, lessonFeedbackFor } from "./queries";

const one = async (role: "LEARNER" | "INSTRUCTOR" | "ADMIN") => (await makeUsers(1, role, role))[0]!;

/** An instructor's cohort with one learner who saved three lines of code in tensors' column-sums cell. */
async function setting() {
  const instructor = await one("INSTRUCTOR");
  const learner = await one("LEARNER");
  const cohort = await makeCohort(instructor.id, [learner.id]);
  await makeCodeSave({ userId: learner.id, lessonId: "tensors", cellId: "exercise-column-sums", source: "const m = tf.tensor2d([[1, 2], [3, 4]]);\nconst s = m.sum(0);\ns.print();" });
  const comment = { cohortId: cohort.id, learnerId: learner.id, lessonId: "tensors", cellId: "exercise-column-sums" };
  return { instructor, learner, cohort, comment };
}

describe("feedback on a learner's code", () => {
  beforeEach(() => {
    caller.id = null;
  });

  it("an instructor comments on a line or the whole cell; the learner sees it unread, reads it and replies once", async () => {
    const { instructor, learner, cohort, comment } = await setting();
    caller.id = instructor.id;
    expect(await addFeedback({ ...comment, line: 2, body: "  sum(0) adds down the columns: is that what you want?\r\n" })).toEqual({ ok: true, message: "Comment posted on line 2." });
    expect(await addFeedback({ ...comment, line: null, body: "<b>Nice</b> & tidy" })).toEqual({ ok: true, message: "Comment posted on the whole cell." });
    const seen = await getLearnerFeedback(cohort.id, learner.id, "tensors");
    expect(seen.map((f) => [f.line, f.quote, f.body, f.read])).toEqual([
      [2, "const s = m.sum(0);", "sum(0) adds down the columns: is that what you want?", false],
      [null, "", "<b>Nice</b> & tidy", false],
    ]);
    expect(seen[0]!.authorName).toBe(instructor.name);

    caller.id = learner.id;
    expect((await getMyFeedback()).unread).toBe(2);
    const mine = await lessonFeedbackFor(learner.id, "tensors");
    expect(mine).toHaveLength(2);
    expect(await markFeedbackRead({ ids: [mine[0]!.id] })).toEqual({ ok: true, message: "1 marked as read." });
    expect((await getMyFeedback()).unread).toBe(1);
    expect(await replyToFeedback({ id: mine[0]!.id, body: "Yes: one sum per column." })).toEqual({ ok: true, message: "Reply sent." });
    expect(await replyToFeedback({ id: mine[0]!.id, body: "And another thing" })).toEqual({ ok: false, message: "You have already replied to this comment." });
    const after = await getMyFeedback();
    expect(after.items.find((f) => f.id === mine[0]!.id)).toMatchObject({ reply: "Yes: one sum per column.", read: true });
    expect(after.items.find((f) => f.id === mine[1]!.id)).toMatchObject({ reply: null, read: false });

    // The instructor sees the reply and can take a comment back.
    caller.id = instructor.id;
    expect((await getLearnerFeedback(cohort.id, learner.id, "tensors"))[0]!.reply).toBe("Yes: one sum per column.");
    expect(await deleteFeedback({ id: mine[1]!.id })).toEqual({ ok: true, message: "Comment deleted." });
    expect(await getLearnerFeedback(cohort.id, learner.id, "tensors")).toHaveLength(1);
  });

  it("refuses bad comments with a clear message and stores nothing", async () => {
    const { instructor, cohort, learner, comment } = await setting();
    caller.id = instructor.id;
    expect(await addFeedback({ ...comment, line: null, body: "   " })).toEqual({ ok: false, message: "Write a comment first." });
    expect(await addFeedback({ ...comment, line: null, body: "x".repeat(2001) })).toEqual({ ok: false, message: "Keep the comment under 2000 characters." });
    expect(await addFeedback({ ...comment, line: 4, body: "Past the end" })).toEqual({ ok: false, message: "The code has 3 lines; choose one of them." });
    expect(await addFeedback({ ...comment, cellId: "exercise-other", line: null, body: "No code here" })).toEqual({ ok: false, message: "This learner has no saved code in that cell." });
    expect(await addFeedback({ ...comment, line: 1.5, body: "Half a line" })).toMatchObject({ ok: false });
    expect(await addFeedback(null)).toMatchObject({ ok: false });
    expect(await getLearnerFeedback(cohort.id, learner.id, "tensors")).toEqual([]);
  });

  it("only the cohort's owner or an admin comments; only the learner replies or marks read; only the author deletes", async () => {
    const { instructor, learner, cohort, comment } = await setting();
    const post = { ...comment, line: null, body: "Hello" };
    caller.id = (await one("INSTRUCTOR")).id;
    expect(await addFeedback(post)).toEqual({ ok: false, message: "That cohort does not exist or is not one of yours." });
    caller.id = learner.id;
    expect(await addFeedback(post)).toEqual({ ok: false, message: "You do not have access to this." });
    caller.id = null;
    expect(await addFeedback(post)).toEqual({ ok: false, message: "Please sign in first." });
    // A learner of the cohort who is not this learner: not a member target either way.
    const stranger = await one("LEARNER");
    caller.id = instructor.id;
    expect(await addFeedback({ ...post, learnerId: stranger.id })).toEqual({ ok: false, message: "That learner is not a member of this cohort." });

    caller.id = (await one("ADMIN")).id;
    expect(await addFeedback(post)).toMatchObject({ ok: true });
    const [item] = await getLearnerFeedback(cohort.id, learner.id, "tensors");

    caller.id = stranger.id;
    expect(await replyToFeedback({ id: item!.id, body: "Not mine" })).toEqual({ ok: false, message: "That comment does not exist or is not for you." });
    expect(await markFeedbackRead({ ids: [item!.id] })).toEqual({ ok: true, message: "0 marked as read." });
    caller.id = instructor.id;
    expect(await deleteFeedback({ id: item!.id })).toEqual({ ok: false, message: "That comment does not exist or is not yours." });
    caller.id = learner.id;
    expect(await deleteFeedback({ id: item!.id })).toEqual({ ok: false, message: "You do not have access to this." });
    expect(await replyToFeedback({ id: item!.id, body: "" })).toEqual({ ok: false, message: "Write a reply first." });
    expect((await getMyFeedback()).unread).toBe(1);
  });
});
