import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { bin, run } from "./run";
import { POSTGRES_CONFIG, POSTGRES_SCHEMA, postgresCliEnv } from "./postgres-schema";

export const SQLITE_MIGRATIONS = "prisma/migrations";
export const POSTGRES_MIGRATIONS = "prisma/migrations-postgresql";
const LEDGER = "_app_migrations";

export class DatabaseUnreachable extends Error {}

export const isPostgres = (url: string) => /^postgres(ql)?:\/\//.test(url);

/** Applies the committed migrations for the database in env.DATABASE_URL. */
export async function migrate(env: NodeJS.ProcessEnv): Promise<void> {
  const url = env.DATABASE_URL ?? "";
  if (isPostgres(url)) await migratePostgres(url, env);
  else await run(bin("prisma"), ["migrate", "deploy"], env, true);
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    return client;
  } catch (error) {
    const where = new URL(url);
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnreachable(`Cannot reach PostgreSQL at ${where.hostname}:${where.port || 5432}/${where.pathname.slice(1)}: ${reason}`);
  }
}

/**
 * `prisma migrate deploy` cannot run against PostgreSQL on Prisma 6.19's WASM engine, so the committed
 * SQL is applied with Prisma's own `prisma db execute`, each migration and its ledger row in one
 * transaction. The ledger (which migrations ran) is read with node-postgres.
 */
async function migratePostgres(url: string, env: NodeJS.ProcessEnv): Promise<void> {
  const client = await connect(url);
  let applied: Set<string>;
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS "${LEDGER}" (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    applied = new Set((await client.query<{ name: string }>(`SELECT name FROM "${LEDGER}"`)).rows.map((r) => r.name));
  } finally {
    await client.end();
  }
  const pending = fs.readdirSync(POSTGRES_MIGRATIONS).filter((n) => !n.includes(".") && !applied.has(n)).sort();
  for (const name of pending) {
    const sql = fs.readFileSync(path.join(POSTGRES_MIGRATIONS, name, "migration.sql"), "utf8");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "migration-")), "migration.sql");
    fs.writeFileSync(file, `BEGIN;\n${sql}\nINSERT INTO "${LEDGER}" (name) VALUES ('${name}');\nCOMMIT;\n`);
    await run(bin("prisma"), ["db", "execute", "--config", POSTGRES_CONFIG, "--schema", POSTGRES_SCHEMA, "--file", file], postgresCliEnv(env), true);
  }
}
