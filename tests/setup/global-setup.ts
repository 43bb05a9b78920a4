import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { isPostgres, migrate } from "@/scripts/lib/migrate";
import { dropDatabase, recreateDatabase } from "@/scripts/lib/postgres-admin";
import { datasetFileNames } from "@/lib/kernel/core/dataset-files";

function sqliteFiles(url: string): string[] {
  const file = url.replace(/^file:/, "");
  return [file, `${file}-journal`, `${file}-wal`, `${file}-shm`];
}

/**
 * Unit tests get their own fresh database (a SQLite file, or a PostgreSQL database when
 * TEST_POSTGRES_URL is set), dropped afterwards; the developer's data is never touched.
 */
export default async function setup() {
  // Kernel tests load the shipped datasets; on a fresh clone they are not built yet (git-ignored).
  if (!datasetFileNames.every((file) => fs.existsSync(`public/kernel/datasets/${file}`))) {
    execFileSync("node_modules/.bin/tsx", ["scripts/build-datasets.ts"], { stdio: "inherit" });
  }
  const url = process.env.DATABASE_URL ?? "";
  if (isPostgres(url)) {
    if (!/\/nb_unit_\d+$/.test(url)) throw new Error(`Refusing to run unit tests against ${url}`);
    await recreateDatabase(url);
    await migrate(process.env);
    return () => dropDatabase(url);
  }
  if (!url.startsWith("file:./data/test-unit-")) throw new Error(`Refusing to run unit tests against ${url}`);
  for (const f of sqliteFiles(url)) fs.rmSync(f, { force: true });
  await migrate(process.env);
  return () => sqliteFiles(url).forEach((f) => fs.rmSync(f, { force: true }));
}
