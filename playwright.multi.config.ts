import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * Two app instances on one PostgreSQL database (npm run test:postgres): the first prepares a fresh
 * database and the build, the second only serves. MULTI_DATABASE_URL names the database.
 */
const databaseUrl = process.env.MULTI_DATABASE_URL;
if (!databaseUrl?.startsWith("postgres")) throw new Error("Set MULTI_DATABASE_URL to a PostgreSQL database URL.");

export const INSTANCES = [3601, 3602].map((port) => `http://127.0.0.1:${port}`);

export default defineConfig({
  ...base,
  testDir: "tests/multi-instance",
  use: { ...base.use, baseURL: undefined },
  webServer: INSTANCES.map((url, i) => ({
    command: `node_modules/.bin/tsx scripts/start.ts --test${i === 0 ? "" : " --serve-only"}`,
    url: `${url}/api/auth/csrf`,
    env: { PORT: new URL(url).port, DATABASE_URL: databaseUrl },
    reuseExistingServer: false,
    timeout: 600_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  })),
});
