import { afterEach, describe, expect, it } from "vitest";
import { caller } from "@/tests/setup/session";
import { parseCsv } from "@/tests/support/csv-reader";
import { makeCohort, makeQuizAttempts, makeUsers } from "@/lib/progress/test-factories";
import { EXPORT_PAGE_SIZE, handleCohortExport } from "./exports";

const exportAs = (cohortId: string, kind: string) =>
  handleCohortExport(new Request(`http://localhost/api/instructor/cohorts/${cohortId}/export/${kind}`), { params: Promise.resolve({ cohortId, kind }) });

const saved = { ...EXPORT_PAGE_SIZE };
afterEach(() => {
  Object.assign(EXPORT_PAGE_SIZE, saved);
  caller.id = null;
});

describe("CSV exports stream page by page", () => {
  it("every learner and every attempt arrives once, in order, across many small pages", async () => {
    EXPORT_PAGE_SIZE.learners = 2;
    EXPORT_PAGE_SIZE.attempts = 3;
    const [owner] = await makeUsers(1, "INSTRUCTOR", "Streaming instructor");
    const learners = await makeUsers(5, "LEARNER", "Streamed learner");
    const cohort = await makeCohort(owner!.id, learners.map((l) => l.id), { name: "Streamed" });
    const start = Date.parse("2026-11-01T10:00:00Z");
    // 13 attempts (four full pages and one partial), interleaved between learners by time.
    await makeQuizAttempts(
      Array.from({ length: 13 }, (_, i) => ({
        userId: learners[i % 5]!.id,
        lessonId: "tensors",
        questionId: "rank-of-batch",
        answer: i % 2 ? "two" : "three",
        correct: i % 2 === 0,
        createdAt: new Date(start + i * 60_000),
      })),
    );
    caller.id = owner!.id;

    const progress = await exportAs(cohort.id, "progress");
    expect(progress.status).toBe(200);
    expect(progress.body).toBeInstanceOf(ReadableStream);
    const progressRows = parseCsv(await progress.text());
    // Members who joined in the same instant may come in any order; each comes once.
    expect(progressRows.slice(1).map((r) => r[1]).sort()).toEqual(learners.map((l) => l.email).sort());

    const attempts = await exportAs(cohort.id, "quiz-attempts");
    const rows = parseCsv(await attempts.text());
    expect(rows[0]![0]).toBe("learner");
    const times = rows.slice(1).map((r) => r[9]);
    expect(times).toEqual(Array.from({ length: 13 }, (_, i) => new Date(start + i * 60_000).toISOString()));
    expect(rows.slice(1).map((r) => r[1])).toEqual(Array.from({ length: 13 }, (_, i) => learners[i % 5]!.email));
  });
});
