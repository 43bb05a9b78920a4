import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from "./migrate";

const dirs = (root: string) => fs.readdirSync(root).filter((n) => fs.statSync(`${root}/${n}`).isDirectory()).sort();

describe("committed migrations", () => {
  it("exist for PostgreSQL under the same names as for SQLite", () => {
    expect(dirs(POSTGRES_MIGRATIONS)).toEqual(dirs(SQLITE_MIGRATIONS));
  });

  it("create the same tables on both databases", () => {
    const tables = (root: string) =>
      dirs(root)
        .flatMap((d) => [...fs.readFileSync(`${root}/${d}/migration.sql`, "utf8").matchAll(/CREATE TABLE "(\w+)"/g)].map((m) => m[1]))
        .filter((t) => !t?.startsWith("new_"))
        .sort();
    expect(tables(POSTGRES_MIGRATIONS)).toEqual(tables(SQLITE_MIGRATIONS));
    expect(tables(SQLITE_MIGRATIONS)).toContain("User");
  });
});
