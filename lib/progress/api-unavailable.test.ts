import { randomUUID } from "node:crypto";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { caller } from "@/tests/setup/session";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { makeUser } from "@/prisma/factories";
import { handleProgressPost } from "./api";

const post = (body: unknown) =>
  handleProgressPost(
    new Request("http://localhost/api/progress", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
    }),
  );

// SQLite's own busy case: another connection holds the write lock past the busy timeout. (The
// PostgreSQL outage is the same code path, P1001; CI runs these unit tests on both.)
describe.runIf(env.DATABASE_URL.startsWith("file:"))("POST /api/progress while SQLite is locked by another writer", () => {
  afterEach(() => {
    caller.id = null;
  });

  it("answers 503 with Retry-After and a clear message, then stores the same batch exactly once when resent", async () => {
    const me = await makeUser();
    caller.id = me.id;
    const batch = { events: [{ id: randomUUID(), lessonId: "tensors", at: Date.now(), type: "lesson-opened" }] };

    // Another connection takes the write lock (a write inside an open transaction) and holds it.
    const other = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: env.DATABASE_URL }) });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let lockTaken!: () => void;
    const taken = new Promise<void>((resolve) => (lockTaken = resolve));
    const holder = other
      .$transaction(
        async (tx) => {
          await tx.loginAttempt.create({ data: { key: "holding-the-write-lock" } });
          lockTaken();
          await held;
          throw new Error("roll back");
        },
        { timeout: 30_000, maxWait: 30_000 },
      )
      .catch(() => undefined);
    await taken;
    let locked: Response;
    try {
      locked = await post(batch);
    } finally {
      release();
      await holder;
      await other.$disconnect();
    }
    expect(locked.status).toBe(503);
    expect(locked.headers.get("retry-after")).toBe("5");
    const body = (await locked.json()) as { ok: boolean; message: string };
    expect(body).toEqual({ ok: false, message: expect.stringMatching(/database is unavailable.*kept in this browser/i) });
    expect(JSON.stringify(body)).not.toMatch(/SQLITE|Prisma|at \w+ \(/);
    expect(await db.progressEvent.count({ where: { userId: me.id } })).toBe(0);

    // The queue resends the same ids: stored once, and once only however often it is resent.
    expect((await post(batch)).status).toBe(200);
    expect((await post(batch)).status).toBe(200);
    expect(await db.progressEvent.count({ where: { userId: me.id } })).toBe(1);
  }, 30_000);
});

describe("POST /api/progress per-learner limit", () => {
  afterEach(() => {
    caller.id = null;
  });

  // 121 real, sequential inserts: on a slow disk that is well over vitest's default 30 s. The
  // assertions are about who is refused, never about time (the limit's window is a minute).
  it("answers 429 with Retry-After past the limit, for that learner only", async () => {
    const flooder = await makeUser();
    const other = await makeUser();
    caller.id = flooder.id;
    const statuses: number[] = [];
    const batch = () => ({ events: [{ id: randomUUID(), lessonId: "tensors", at: Date.now(), type: "lesson-opened" }] });
    for (let i = 0; i < 120; i++) statuses.push((await post(batch())).status);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const refused = await post(batch());
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({ ok: false, message: expect.stringMatching(/kept in this browser/) });
    caller.id = other.id;
    expect((await post(batch())).status).toBe(200);

    // With the learner's real session cookie, a request past the limit is refused before the
    // session is looked up: a flood costs no database query.
    caller.id = flooder.id;
    const cookie = `next-auth.session-token=${await encode({ token: { sub: flooder.id, sv: 0 }, secret: env.NEXTAUTH_SECRET! })}`;
    const lookups = vi.spyOn(db.user, "findUnique");
    try {
      const withCookie = await handleProgressPost(
        new Request("http://localhost/api/progress", {
          method: "POST",
          body: JSON.stringify(batch()),
          headers: { "content-type": "application/json", "sec-fetch-site": "same-origin", cookie },
        }),
      );
      expect(withCookie.status).toBe(429);
      expect(lookups).not.toHaveBeenCalled();
    } finally {
      lookups.mockRestore();
    }
  }, 120_000);
});
