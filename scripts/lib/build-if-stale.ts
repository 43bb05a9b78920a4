import fs from "node:fs";
import path from "node:path";
import { sourceFingerprint } from "./fingerprint";
import { bin, run } from "./run";

/**
 * Runs `scripts/build.ts` into env.NEXT_DIST_DIR (default .next) unless that build was made from the
 * same sources. Shared by `npm start`, the test server and the benchmarks.
 */
export async function buildIfStale(env: NodeJS.ProcessEnv): Promise<void> {
  const distDir = env.NEXT_DIST_DIR || ".next";
  const stamp = path.join(distDir, "source-fingerprint");
  const fingerprint = sourceFingerprint();
  const built = fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === fingerprint;
  if (built) return;
  console.error(`Building ${distDir} (first start or sources changed)…`);
  await run(bin("tsx"), ["scripts/build.ts"], env);
  fs.writeFileSync(stamp, fingerprint);
}
