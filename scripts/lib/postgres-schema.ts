import fs from "node:fs";
import path from "node:path";

export const POSTGRES_SCHEMA = "generated/postgresql/schema.prisma";
export const POSTGRES_CONFIG = "prisma/postgresql.config.ts";
// Prisma 6.19's CLI insists on a query-engine library for the postgresql provider even though the
// generated client (engineType "client") never loads it; an empty stand-in stops the download.
const ENGINE_STANDIN = "generated/postgresql/no-query-engine.so.node";

/** Derives the PostgreSQL schema from the one schema source, prisma/schema.prisma. */
export function writePostgresSchema(source = "prisma/schema.prisma"): string {
  const text = fs.readFileSync(source, "utf8");
  if (!/provider\s*=\s*"sqlite"/.test(text)) throw new Error(`${source}: expected the sqlite datasource`);
  const derived = text
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\.\/generated\/prisma"/, 'output     = "../prisma-pg"');
  fs.mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
  fs.writeFileSync(POSTGRES_SCHEMA, `// Generated from prisma/schema.prisma by scripts/generate.ts. Do not edit.\n${derived}`);
  fs.writeFileSync(ENGINE_STANDIN, "");
  return POSTGRES_SCHEMA;
}

export function postgresCliEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, PRISMA_QUERY_ENGINE_LIBRARY: path.resolve(ENGINE_STANDIN) };
}
