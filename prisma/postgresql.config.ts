import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The PostgreSQL side of the one schema: generated/postgresql/schema.prisma is derived from
// prisma/schema.prisma by scripts/generate.ts. See docs/decisions/008-postgresql.md.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "../generated/postgresql/schema.prisma",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgresql://localhost/notebooks" }),
});
