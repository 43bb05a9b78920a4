import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from "./lib/migrate";
import { testPostgresServer } from "./lib/postgres-admin";
import { POSTGRES_CONFIG, postgresCliEnv, writePostgresSchema } from "./lib/postgres-schema";

/**
 * `npm run db:new-migration -- <name>`: writes the SQL that takes the committed schema (HEAD) to the
 * working-tree schema, for SQLite and for PostgreSQL, under the same migration name. (`prisma migrate
 * dev` cannot run on Prisma 6.19's WASM engine; see docs/decisions/001-prisma-6.md and 008-postgresql.md.)
 */
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name in snake_case>");
  process.exit(1);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "schema-"));
const previousSqlite = path.join(tmp, "schema.prisma");
fs.writeFileSync(previousSqlite, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"]));

function diff(from: string, to: string, extra: string[], env: NodeJS.ProcessEnv): string {
  const args = ["migrate", "diff", "--from-schema-datamodel", from, "--to-schema-datamodel", to, "--script", ...extra];
  return execFileSync("node_modules/.bin/prisma", args, { env }).toString();
}

const sqlite = diff(previousSqlite, "prisma/schema.prisma", [], process.env);
if (!sqlite.trim() || /This is an empty migration/.test(sqlite)) {
  console.log("The schema has not changed since HEAD: no migration written.");
  process.exit(0);
}
const previousPostgres = writePostgresSchema(previousSqlite).replace(/schema\.prisma$/, "previous.prisma");
fs.renameSync("generated/postgresql/schema.prisma", previousPostgres);
const currentPostgres = writePostgresSchema();
// The CLI opens a connection through the adapter even for a schema-to-schema diff, so it needs a
// reachable server (nothing is written to it): TEST_POSTGRES_URL, or the local one .ci/run sets up.
const pgEnv = postgresCliEnv({ ...process.env, DATABASE_URL: testPostgresServer() });
const postgres = diff(previousPostgres, currentPostgres, ["--config", POSTGRES_CONFIG], pgEnv);

const dirName = `${new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14)}_${name}`;
for (const [root, sql] of [[SQLITE_MIGRATIONS, sqlite], [POSTGRES_MIGRATIONS, postgres]] as const) {
  fs.mkdirSync(path.join(root, dirName), { recursive: true });
  fs.writeFileSync(path.join(root, dirName, "migration.sql"), sql);
}
console.log(`Wrote ${SQLITE_MIGRATIONS}/${dirName} and ${POSTGRES_MIGRATIONS}/${dirName}. Apply with: npm run db:migrate`);
