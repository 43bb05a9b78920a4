import fs from "node:fs";
import { bin, run } from "./lib/run";

/**
 * Static assets generated from packages: the kernel bundle, the sandbox script, tfjs WASM binaries,
 * Monaco's type declarations and the datasets, all under public/kernel/ (git-ignored).
 * Each step is idempotent and quick when its output is up to date.
 */
const steps = ["scripts/build-kernel.ts"];

for (const step of steps) {
  if (fs.existsSync(step)) await run(bin("tsx"), [step]);
}
