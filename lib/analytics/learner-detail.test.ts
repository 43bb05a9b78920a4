import { afterEach, describe, expect, it } from "vitest";
import { caller } from "@/tests/setup/session";
import { makeCohort, makeProgressEvents, makeQuizAttempts, makeUsers } from "@/lib/progress/test-factories";
import { DETAIL_ROW_LIMIT, getLearnerDetail } from "./learner-detail";

afterEach(() => {
  caller.id = null;
});

describe("the learner drill-down reads a bounded page", () => {
  it("shows the latest attempts and exercise events up to the limit, says how many there are, and is not crowded out by cell runs", async () => {
    const [owner] = await makeUsers(1, "INSTRUCTOR", "Paging instructor");
    const [learner] = await makeUsers(1, "LEARNER", "Busy learner");
    const cohort = await makeCohort(owner!.id, [learner!.id]);
    const start = Date.parse("2026-10-01T08:00:00Z");
    const extra = 5;
    await makeQuizAttempts(
      Array.from({ length: DETAIL_ROW_LIMIT + extra }, (_, i) => ({
        userId: learner!.id, lessonId: "tensors", questionId: "rank-of-batch", answer: "two", correct: false, createdAt: new Date(start + i * 1000),
      })),
    );
    // Many cell runs after the one exercise check: the check still shows.
    await makeProgressEvents([
      { userId: learner!.id, lessonId: "tensors", type: "exercise-check", target: "column-sums", ok: true, occurredAt: new Date(start) },
      ...Array.from({ length: DETAIL_ROW_LIMIT + extra }, (_, i) => ({
        userId: learner!.id, lessonId: "tensors", type: "cell-run" as const, target: "cell-1", ok: true, occurredAt: new Date(start + (i + 1) * 1000),
      })),
    ]);
    caller.id = owner!.id;
    const detail = await getLearnerDetail(cohort.id, learner!.id);
    expect(detail.attempts).toHaveLength(DETAIL_ROW_LIMIT);
    expect(detail.totals).toEqual({ attempts: DETAIL_ROW_LIMIT + extra, events: 1 });
    expect(detail.attempts[0]!.at).toBe(new Date(start + (DETAIL_ROW_LIMIT + extra - 1) * 1000).toISOString());
    expect(detail.events.map((e) => e.type)).toEqual(["exercise-check"]);
  });
});
