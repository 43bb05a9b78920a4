import fs from "node:fs";
import path from "node:path";
import { sourceFingerprint } from "./fingerprint";
import { bin, run } from "./run";
import { servingProcesses } from "./serving-lock";

/** A rebuild was needed but another process is serving the folder it would replace. */
export class BuildInUse extends Error {}

interface BuildState {
  distDir: string;
  fingerprint: string;
  /** The folder holds a build made from exactly these sources. */
  current: boolean;
}

/**
 * Whether env.NEXT_DIST_DIR (default .next) holds a build of the current sources. When it does not
 * and another instance serves that folder, throws BuildInUse: rebuilding in place would pull the
 * chunks from under its pages. `root` is the project folder (tests use a scratch one).
 */
export function buildState(env: { NEXT_DIST_DIR?: string; [name: string]: string | undefined }, root = process.cwd()): BuildState {
  const distDir = path.resolve(root, env.NEXT_DIST_DIR || ".next");
  const stamp = path.join(distDir, "source-fingerprint");
  const fingerprint = sourceFingerprint(root);
  const current = fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === fingerprint;
  if (!current) {
    const serving = servingProcesses(distDir);
    if (serving.length > 0) {
      const folder = path.relative(root, distDir) || distDir;
      throw new BuildInUse(
        `the sources changed since ${folder} was built, and process ${serving.join(", ")} is serving that build. ` +
          `Rebuilding it now would break the pages that instance has open. Stop it first, or build into another ` +
          `folder (NEXT_DIST_DIR=.next-new npm start), or start another instance of the running build with --serve-only.`,
      );
    }
  }
  return { distDir, fingerprint, current };
}

/**
 * Runs `scripts/build.ts` into env.NEXT_DIST_DIR (default .next) unless that build was made from the
 * same sources. Shared by `npm start`, the test server and the benchmarks.
 */
export async function buildIfStale(env: NodeJS.ProcessEnv, state = buildState(env)): Promise<void> {
  if (state.current) return;
  console.error(`Building ${path.relative(process.cwd(), state.distDir)} (first start or sources changed)…`);
  await run(bin("tsx"), ["scripts/build.ts"], env);
  fs.writeFileSync(path.join(state.distDir, "source-fingerprint"), state.fingerprint);
}
