import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// Prisma 6.19 on its bundled WASM engine through a driver adapter: see docs/decisions/001-prisma-6.md.
const url = process.env.DATABASE_URL ?? "file:./data/dev.db";
process.env.DATABASE_URL = url;

function sqliteFile(u: string): string {
  return u.replace(/^file:/, "");
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => {
    fs.mkdirSync(path.dirname(path.resolve(sqliteFile(url))), { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
});
