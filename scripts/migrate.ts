import { bin, run } from "./lib/run";

/** Applies the committed migrations to DATABASE_URL (default: the embedded SQLite file). */
process.env.DATABASE_URL ??= "file:./data/dev.db";
await run(bin("prisma"), ["migrate", "deploy"]);
