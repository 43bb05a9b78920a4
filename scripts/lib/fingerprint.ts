import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "lessons", "public", "next.config.js", "package-lock.json", "tsconfig.json"];
const SKIP = new Set(["node_modules", ".git"]);

function walk(entry: string, out: string[]): void {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) if (!SKIP.has(name)) walk(path.join(entry, name), out);
  } else {
    out.push(`${entry}:${stat.size}:${stat.mtimeMs}`);
  }
}

/** A hash of what a production build depends on, to rebuild only when sources changed. */
export function sourceFingerprint(): string {
  const lines: string[] = [];
  for (const source of SOURCES) walk(source, lines);
  return crypto.createHash("sha256").update(lines.join("\n")).digest("hex");
}
