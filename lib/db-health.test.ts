import { afterEach, describe, expect, it, vi } from "vitest";
import { databaseKnownDown, databaseReachable, isDatabaseUnavailable, PROBE_INTERVAL_MS, registerDatabaseProbe, reportDatabaseOutcome } from "./db-health";

const down = { code: "P1001" };

describe("isDatabaseUnavailable", () => {
  it("knows Prisma's codes for a database that is down, locked or out of connections, and nothing else", () => {
    for (const code of ["P1001", "P1002", "P1008", "P1017", "P2024"]) expect(isDatabaseUnavailable({ code })).toBe(true);
    expect(isDatabaseUnavailable({ name: "PrismaClientInitializationError" })).toBe(true);
    expect(isDatabaseUnavailable({ code: "P2010", meta: { code: "SQLITE_BUSY" } })).toBe(true);
    expect(isDatabaseUnavailable({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } })).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: { code: "ECONNRESET" } }))).toBe(true);
    for (const other of [{ code: "P2002" }, { code: "P2025" }, { code: "P2010", meta: { code: "SQLITE_CONSTRAINT" } }, new Error("boom"), null, "P1001"]) {
      expect(isDatabaseUnavailable(other)).toBe(false);
    }
  });
});

describe("database health", () => {
  afterEach(() => reportDatabaseOutcome());

  it("is marked down only by an unreachable database, and up by the next query that succeeds", async () => {
    reportDatabaseOutcome(new Error("a bug in a query"));
    expect(databaseKnownDown()).toBe(false);
    expect(await databaseReachable()).toBe(true);
    reportDatabaseOutcome(down);
    expect(databaseKnownDown()).toBe(true);
    reportDatabaseOutcome();
    expect(databaseKnownDown()).toBe(false);
  });

  it("while down, shares one probe between concurrent callers and probes at most once an interval", async () => {
    let answer: "down" | "up" = "down";
    const probe = vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (answer === "down") throw down;
    });
    registerDatabaseProbe(probe);
    reportDatabaseOutcome(down);
    const start = Date.now() + 10 * PROBE_INTERVAL_MS;
    expect(await Promise.all([databaseReachable(start), databaseReachable(start), databaseReachable(start)])).toEqual([false, false, false]);
    expect(probe).toHaveBeenCalledTimes(1);
    // Within the interval: answered from what is known, without another probe.
    expect(await databaseReachable(start + PROBE_INTERVAL_MS / 2)).toBe(false);
    expect(probe).toHaveBeenCalledTimes(1);
    answer = "up";
    expect(await databaseReachable(start + PROBE_INTERVAL_MS)).toBe(true);
    expect(probe).toHaveBeenCalledTimes(2);
    expect(databaseKnownDown()).toBe(false);
  });
});
