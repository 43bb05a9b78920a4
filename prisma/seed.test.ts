import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { DEMO_ACCOUNTS, demoAccountsDecision, type DemoEnv } from "./demo-accounts";
import { seed } from "./seed";
import { DEMO_CLASSMATES, DEMO_COHORT_NAME, seedDemoCohort } from "./demo-cohort";
import { makeUser } from "./factories";

const DEMO_EMAILS = DEMO_ACCOUNTS.map((a) => a.email);
const demoUsers = () => db.user.findMany({ where: { email: { in: DEMO_EMAILS } }, select: { email: true } });

describe("demoAccountsDecision", () => {
  it("seeds outside production, not in production, and DEMO_ACCOUNTS overrides either way", () => {
    const cases: Array<[DemoEnv, boolean]> = [
      [{}, true],
      [{ NODE_ENV: "development" }, true],
      [{ NODE_ENV: "test" }, true],
      [{ NODE_ENV: "production" }, false],
      [{ NODE_ENV: "production", DEMO_ACCOUNTS: "1" }, true],
      [{ NODE_ENV: "production", DEMO_ACCOUNTS: "" }, false],
      [{ DEMO_ACCOUNTS: "0" }, false],
      [{ NODE_ENV: "development", DEMO_ACCOUNTS: "0" }, false],
    ];
    for (const [env, seeds] of cases) expect(demoAccountsDecision(env).seed, JSON.stringify(env)).toBe(seeds);
    expect(demoAccountsDecision({ NODE_ENV: "production" }).reason).toMatch(/DEMO_ACCOUNTS=1/);
  });

  it("refuses a value it does not understand rather than guessing", () => {
    for (const value of ["yes", "true", "2"]) expect(() => demoAccountsDecision({ DEMO_ACCOUNTS: value })).toThrow(/DEMO_ACCOUNTS must be 1 .* or 0/);
  });
});

describe("seed", () => {
  beforeEach(async () => {
    await db.user.deleteMany({ where: { email: { in: DEMO_EMAILS } } });
    vi.spyOn(console, "log").mockImplementation(() => undefined);
  });

  it("creates no account with a known password in production", async () => {
    expect(await seed({ NODE_ENV: "production" })).toEqual({ seeded: false, created: [], leftOver: [] });
    expect(await demoUsers()).toEqual([]);
  });

  it("creates the demo accounts outside production, once, and in production only when asked", async () => {
    expect((await seed({})).created.sort()).toEqual([...DEMO_EMAILS].sort());
    expect(await seed({ NODE_ENV: "development" })).toEqual({ seeded: true, created: [], leftOver: [] });
    expect(await demoUsers()).toHaveLength(4);

    await db.user.deleteMany({ where: { email: { in: DEMO_EMAILS } } });
    expect((await seed({ NODE_ENV: "production", DEMO_ACCOUNTS: "1" })).created).toHaveLength(4);
  });

  it("warns in production when demo accounts are already in the database, and leaves them alone", async () => {
    await seed({});
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const outcome = await seed({ NODE_ENV: "production" });
    expect(outcome.seeded).toBe(false);
    expect(outcome.leftOver.sort()).toEqual([...DEMO_EMAILS].sort());
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/demo accounts whose passwords are published \(.*admin@example\.com/));
    expect(await demoUsers()).toHaveLength(4);
  });
});

// Here, not in a file of its own: both touch the demo accounts, and test files run in parallel.
describe("seedDemoCohort", () => {
  it("gives the demo instructor a cohort of 25 with weeks of history on the real course, once", { timeout: 120_000 }, async () => {
    await db.user.deleteMany({ where: { email: { in: [...DEMO_ACCOUNTS.map((a) => a.email), ...DEMO_CLASSMATES.map((c) => c.email)] } } });
    expect(await seedDemoCohort()).toEqual({ created: false, reason: "no demo instructor" });
    for (const account of DEMO_ACCOUNTS) await makeUser(account);

    const outcome = await seedDemoCohort();
    if (!outcome.created) throw new Error(`not created: ${outcome.reason}`);
    const cohort = await db.cohort.findUniqueOrThrow({ where: { id: outcome.cohortId }, include: { owner: true, members: { include: { user: true } } } });
    expect(cohort.name).toBe(DEMO_COHORT_NAME);
    expect(cohort.owner.email).toBe("instructor@example.com");
    expect(cohort.members).toHaveLength(25);
    expect(cohort.members.map((m) => m.user.email)).toContain("learner@example.com");
    // The demo learner's own history stays theirs: nothing made up.
    const demoLearner = cohort.members.find((m) => m.user.email === "learner@example.com")!.user;
    expect(await db.progressEvent.count({ where: { userId: demoLearner.id } })).toBe(0);
    // Events name the real lessons' cells and exercises; quiz answers name real questions.
    const lessons = new Set((await db.progressEvent.findMany({ distinct: ["lessonId"], select: { lessonId: true }, where: { user: { email: { endsWith: "@students.example.com" } } } })).map((e) => e.lessonId));
    expect(lessons.has("tensors")).toBe(true);
    expect(await db.progressEvent.count({ where: { lessonId: "tensors", type: "exercise-check", target: "column-sums", ok: true } })).toBeGreaterThan(15);
    expect(await db.quizAttempt.count({ where: { lessonId: "tensors", questionId: "rank-of-batch" } })).toBeGreaterThan(15);

    // The instructor has commented on some classmates' code, on lines that are really in it.
    const feedback = await db.feedback.findMany({ where: { cohortId: cohort.id }, include: { author: true } });
    expect(feedback.length).toBeGreaterThanOrEqual(3);
    expect(feedback.every((f) => f.author.email === "instructor@example.com")).toBe(true);
    expect(feedback.some((f) => f.reply !== null) && feedback.some((f) => f.reply === null)).toBe(true);
    for (const f of feedback.filter((x) => x.line !== null)) {
      const code = await db.codeSave.findFirstOrThrow({ where: { userId: f.learnerId, lessonId: f.lessonId, cellId: f.cellId } });
      expect((code.source ?? "").split("\n")[f.line! - 1]!.startsWith(f.quote)).toBe(true);
    }

    expect(await seedDemoCohort()).toEqual({ created: false, reason: "already seeded" });
    expect(await db.cohort.count({ where: { name: DEMO_COHORT_NAME } })).toBe(1);
    await db.user.deleteMany({ where: { email: { in: [...DEMO_ACCOUNTS.map((a) => a.email), ...DEMO_CLASSMATES.map((c) => c.email)] } } });
  });
});
