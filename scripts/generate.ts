import { bin, run } from "./lib/run";
import { POSTGRES_CONFIG, postgresCliEnv, writePostgresSchema } from "./lib/postgres-schema";

/** postinstall: the Prisma clients for SQLite (generated/prisma) and PostgreSQL (generated/prisma-pg). */
await run(bin("prisma"), ["generate"], process.env, true);
writePostgresSchema();
await run(bin("prisma"), ["generate", "--config", POSTGRES_CONFIG], postgresCliEnv(), true);
