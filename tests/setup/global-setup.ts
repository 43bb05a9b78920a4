import { execFileSync } from "node:child_process";
import fs from "node:fs";

function files(url: string): string[] {
  const file = url.replace(/^file:/, "");
  return [file, `${file}-journal`, `${file}-wal`, `${file}-shm`];
}

/** Unit tests get their own fresh database; the developer's data is never touched. */
export default function setup() {
  const url = process.env.DATABASE_URL;
  if (!url?.startsWith("file:./data/test-unit-")) throw new Error(`Refusing to run unit tests against ${url}`);
  for (const f of files(url)) fs.rmSync(f, { force: true });
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
  return () => files(url).forEach((f) => fs.rmSync(f, { force: true }));
}
