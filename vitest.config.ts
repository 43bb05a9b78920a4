import { defineConfig } from "vitest/config";
import path from "node:path";
import { databaseOn } from "./scripts/lib/postgres-admin";

// Each run gets its own database (a SQLite file, or a PostgreSQL database on the server named by
// TEST_POSTGRES_URL), so parallel runs never share or wipe each other's data.
const postgres = process.env.TEST_POSTGRES_URL;
const databaseUrl = postgres
  ? databaseOn(postgres, `nb_unit_${process.pid}`)
  : `file:./data/test-unit-${process.pid}.db`;
process.env.DATABASE_URL = databaseUrl;

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts", "tests/unit/**/*.test.ts", "tests/fidelity/**/*.test.ts"],
    setupFiles: ["tests/setup/unit-setup.ts", "tests/setup/session.ts"],
    globalSetup: ["tests/setup/global-setup.ts"],
    env: { DATABASE_URL: databaseUrl, NODE_ENV: "test", NEXTAUTH_SECRET: "unit-tests-only-secret-0123456789abcdef" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
