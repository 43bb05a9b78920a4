import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DatabaseUnreachable, isPostgres, migrate } from "./lib/migrate";
import { recreateDatabase } from "./lib/postgres-admin";
import { bin, run } from "./lib/run";
import { ensureAuthSecret } from "./lib/secret";

export interface AppEnv {
  port: number;
  host: string;
  env: NodeJS.ProcessEnv;
}

interface PrepareOptions {
  port?: number;
  host?: string;
  freshDatabase?: boolean;
}

/** The environment the server runs with: defaults, and the secret from the environment or the local file. */
export function appEnv(options: PrepareOptions = {}): AppEnv {
  const port = options.port ?? Number(process.env.PORT ?? 3000);
  const host = options.host ?? "localhost";
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/dev.db",
    NEXTAUTH_SECRET: ensureAuthSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://${host}:${port}`,
    PORT: String(port),
  };
  return { port, host, env };
}

/** Everything the app needs before it can serve: env defaults, the secret, a migrated and seeded database, kernel assets. */
export async function prepare(options: PrepareOptions = {}): Promise<AppEnv> {
  const app = appEnv(options);
  const { env } = app;
  const dbUrl = env.DATABASE_URL!;
  if (dbUrl.startsWith("file:")) {
    const file = path.resolve(dbUrl.slice("file:".length));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (options.freshDatabase) for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  }
  if (options.freshDatabase && isPostgres(dbUrl)) await recreateDatabase(dbUrl);
  await migrate(env);
  await run(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], env);
  await run(bin("tsx"), ["scripts/build-assets.ts"], env);
  return app;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  prepare().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(error instanceof DatabaseUnreachable ? 2 : 1);
  });
}
