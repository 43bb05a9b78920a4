/**
 * Whether the database is there, as this process last saw it. Every query reports its outcome
 * (lib/db.ts wraps the client); a failure that means "the database is not reachable right now"
 * marks it down, and the next success marks it up again. While it is down, proxy.ts answers the
 * pages that need it with a 503 page instead of letting each render fail, and checks at most once
 * a second, with one shared probe, whether it is back. Nothing here imports Prisma, so the proxy
 * can use it; the state lives on globalThis because the proxy and the app are separate bundles of
 * one process (docs/decisions/013-database-outage.md).
 */

/** Prisma's codes for "the database is not there right now" (both clients): cannot reach it (P1001),
 * timed out (P1002, P1008: SQLite busy past its timeout reports this), connection closed (P1017),
 * no free pooled connection (P2024). These are the server's trouble, not the request's: answer
 * 503 with Retry-After, and the browser queue keeps its items and tries again. */
const UNAVAILABLE = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** A raw query (P2010) reports the driver's own code instead: SQLite's busy and locked, PostgreSQL's
 * shutting down (57P01, 57P03) and connection failures (08006, 08001). */
const UNAVAILABLE_DRIVER_CODES = new Set(["SQLITE_BUSY", "SQLITE_LOCKED", "57P01", "57P03", "08006", "08001"]);
/** Driver adapter error kinds (Prisma 6.19) that mean the same. */
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "SocketTimeout", "ConnectionClosed", "TooManyConnections", "DatabaseDoesNotExist"]);
/** What the pg driver throws when a socket dies under it (a stopped server, a cut network). */
const UNAVAILABLE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, name, meta, cause } = error as {
    code?: unknown;
    name?: unknown;
    cause?: unknown;
    meta?: { code?: unknown; driverAdapterError?: { cause?: { kind?: unknown } } };
  };
  if (name === "PrismaClientInitializationError") return true;
  if (typeof code === "string" && (UNAVAILABLE.has(code) || UNAVAILABLE_SOCKET_CODES.has(code))) return true;
  if (typeof meta?.code === "string" && UNAVAILABLE_DRIVER_CODES.has(meta.code)) return true;
  const kind = meta?.driverAdapterError?.cause?.kind ?? (error as { cause?: { kind?: unknown } }).cause?.kind;
  if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return true;
  return cause !== undefined && cause !== error && typeof cause === "object" && isDatabaseUnavailable(cause);
}

/** Seconds a client should wait before retrying after a 503 for an unavailable database. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** At most one probe a second while the database is down, each given this long. */
export const PROBE_INTERVAL_MS = 1_000;
const PROBE_TIMEOUT_MS = 3_000;

interface Health {
  /** When a query last found the database unreachable, or null while it answers. */
  downSince: number | null;
  probe: (() => Promise<unknown>) | null;
  checking: Promise<boolean> | null;
  checkedAt: number;
}

const KEY = Symbol.for("deep-learning-roadmap-notebooks.database-health");
const store = globalThis as unknown as Record<symbol, Health | undefined>;
const health: Health = (store[KEY] ??= { downSince: null, probe: null, checking: null, checkedAt: 0 });

/** Called for every query: nothing (success) or what it threw. Other errors say nothing about reachability. */
export function reportDatabaseOutcome(error?: unknown, now = Date.now()): void {
  if (error === undefined) health.downSince = null;
  else if (isDatabaseUnavailable(error)) health.downSince ??= now;
}

/** A pooled connection died under the driver: the database is down until a query or probe says otherwise. */
export function markDatabaseDown(): void {
  health.downSince ??= Date.now();
}

/** The cheapest query that proves the database answers (lib/db.ts registers one). */
export function registerDatabaseProbe(probe: () => Promise<unknown>): void {
  health.probe = probe;
}

/** Whether a query has found the database unreachable since the last success. */
export function databaseKnownDown(): boolean {
  return health.downSince !== null;
}

/**
 * True unless the database is known to be down and a fresh probe (shared by concurrent callers,
 * at most one per PROBE_INTERVAL_MS) says it still is. Never waits longer than one probe.
 */
export async function databaseReachable(now = Date.now()): Promise<boolean> {
  if (health.downSince === null) return true;
  const probe = health.probe;
  if (!probe) return false;
  if (!health.checking && now - health.checkedAt >= PROBE_INTERVAL_MS) {
    health.checkedAt = now;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("probe timed out")), PROBE_TIMEOUT_MS);
    });
    health.checking = Promise.race([probe(), timeout])
      .then(
        () => {
          health.downSince = null;
          return true;
        },
        () => false,
      )
      .finally(() => {
        clearTimeout(timer);
        health.checking = null;
      });
  }
  return health.checking ? health.checking : health.downSince === null;
}
