import { DatabaseUnreachable, migrate } from "./lib/migrate";

/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL (SQLite or PostgreSQL). */
process.env.DATABASE_URL ??= "file:./data/dev.db";
try {
  await migrate(process.env);
  console.log("Migrations applied.");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(error instanceof DatabaseUnreachable ? 2 : 1);
}
