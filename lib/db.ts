import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-pg/client";
import { markDatabaseDown, registerDatabaseProbe, reportDatabaseOutcome } from "@/lib/db-health";
import { env } from "@/lib/env";

/**
 * The one Prisma client of the process (kept across hot reloads in development). DATABASE_URL picks
 * the database: `file:` is embedded SQLite, `postgresql://` is PostgreSQL. Both clients come from the
 * same schema (docs/decisions/008-postgresql.md), so they share one API and we type them as one.
 */
function createClient(): PrismaClient {
  const url = env.DATABASE_URL;
  if (/^postgres(ql)?:\/\//.test(url)) {
    // A pooled connection that dies (the server stopped, the network went) says so before any query does.
    const adapter = new PrismaPg({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 }, { onPoolError: markDatabaseDown, onConnectionError: markDatabaseDown });
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

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * Every query reports whether the database answered (lib/db-health.ts), so the proxy knows when it
 * is down without asking it on every request.
 */
function watched(client: PrismaClient): PrismaClient {
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          const result = await query(args);
          reportDatabaseOutcome();
          return result;
        } catch (error) {
          reportDatabaseOutcome(error);
          throw error;
        }
      },
    },
  }) as unknown as PrismaClient;
}

// One client per process: on globalThis across hot reloads in development and across bundles in production.
export const db: PrismaClient = (globalForPrisma.prisma ??= watched(createClient()));
registerDatabaseProbe(() => db.$queryRawUnsafe("SELECT 1"));
