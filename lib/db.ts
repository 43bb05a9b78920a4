import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-pg/client";
import { env } from "@/lib/env";

/**
 * The one Prisma client of the process (kept across hot reloads in development). DATABASE_URL picks
 * the database: `file:` is embedded SQLite, `postgresql://` is PostgreSQL. Both clients come from the
 * same schema (docs/decisions/008-postgresql.md), so they share one API and we type them as one.
 */
function createClient(): PrismaClient {
  const url = env.DATABASE_URL;
  if (/^postgres(ql)?:\/\//.test(url)) {
    const adapter = new PrismaPg({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
    return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
  // WAL lets readers proceed while a progress write commits (≈1.25× write throughput measured in
  // docs/benchmarks.md); NORMAL sync is safe under WAL. Best effort: a read-only file just keeps its mode.
  void client
    .$queryRawUnsafe("PRAGMA journal_mode = WAL")
    .then(() => client.$queryRawUnsafe("PRAGMA synchronous = NORMAL"))
    .catch(() => undefined);
  return client;
}

/**
 * Whether a write failed on a unique index (Prisma's P2002), e.g. two sign-ups racing for one email.
 * Checked by the code, which both clients (SQLite and PostgreSQL) report the same way.
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Prisma's codes for "the database is not there right now" (both clients): cannot reach it (P1001),
 * timed out (P1002, P1008: SQLite busy past its timeout reports this), connection closed (P1017),
 * no free pooled connection (P2024). These are the server's trouble, not the request's: answer
 * 503 with Retry-After, and the browser queue keeps its items and tries again.
 */
const UNAVAILABLE = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** A raw query (P2010) reports the driver's own code instead: SQLite's busy and locked. */
const UNAVAILABLE_DRIVER_CODES = new Set(["SQLITE_BUSY", "SQLITE_LOCKED", "57P01", "57P03", "08006", "08001"]);
/** Driver adapter error kinds (Prisma 6.19) that mean the same. */
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "SocketTimeout", "ConnectionClosed", "TooManyConnections", "DatabaseDoesNotExist"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, name, meta } = error as { code?: unknown; name?: unknown; meta?: { code?: unknown; driverAdapterError?: { cause?: { kind?: unknown } } } };
  if (name === "PrismaClientInitializationError") return true;
  if (typeof code === "string" && UNAVAILABLE.has(code)) return true;
  if (typeof meta?.code === "string" && UNAVAILABLE_DRIVER_CODES.has(meta.code)) return true;
  const kind = meta?.driverAdapterError?.cause?.kind;
  return typeof kind === "string" && UNAVAILABLE_KINDS.has(kind);
}

/** Seconds a client should wait before retrying after a 503 for an unavailable database. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;
