import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * What a production build is made from. Generated folders are left out: public/kernel/ is written by
 * scripts/build-assets.ts from lib/ and the packages (both listed), generated/ by `prisma generate`
 * from prisma/. Tests do not reach the build.
 */
const SOURCES = [
  "app", "components", "lib", "lessons", "prisma", "public", "types", "scripts",
  "next.config.js", "proxy.ts", "package.json", "package-lock.json", "tsconfig.json",
];
const SKIP_DIRS = new Set(["node_modules", ".git", "public/kernel"]);
const SKIP_FILE = /\.(test|spec)\.tsx?$|\.db(-journal|-wal|-shm)?$/;

/**
 * tsconfig.json as the build reads it: `next build` and `next dev` add include lines for their
 * output folder (".next/types/**", ".next-bench/dev/types/**") and reformat the file, none of
 * which changes what is built.
 */
export function normaliseTsconfig(text: string): string {
  try {
    const config = JSON.parse(text) as { include?: unknown };
    if (Array.isArray(config.include)) config.include = config.include.filter((entry) => !/^\.next[^/]*\//.test(String(entry)));
    return JSON.stringify(config);
  } catch {
    return text;
  }
}

function walk(root: string, entry: string, out: string[]): void {
  const full = path.join(root, entry);
  if (!fs.existsSync(full) || SKIP_DIRS.has(entry)) return;
  if (fs.statSync(full).isDirectory()) {
    for (const name of fs.readdirSync(full).sort()) if (!SKIP_DIRS.has(name)) walk(root, path.join(entry, name), out);
  } else if (!SKIP_FILE.test(entry)) {
    out.push(entry);
  }
}

/**
 * A hash of the contents (not the times: a checkout or a copy touches those) of what a production
 * build depends on, to rebuild only when sources changed.
 */
export function sourceFingerprint(root = process.cwd()): string {
  const files: string[] = [];
  for (const source of SOURCES) walk(root, source, files);
  const hash = crypto.createHash("sha256");
  for (const file of files) {
    const content = fs.readFileSync(path.join(root, file));
    hash.update(`${file}\0`);
    hash.update(file === "tsconfig.json" ? normaliseTsconfig(content.toString("utf8")) : content);
    hash.update("\0");
  }
  return hash.digest("hex");
}
