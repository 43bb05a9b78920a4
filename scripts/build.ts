import fs from "node:fs";
import { bin, run } from "./lib/run";

/**
 * `npm run build`: generated assets, lesson validation (bad lessons fail the build), then Next.
 * `next build` adds an include line for its output folder to tsconfig.json and reformats it; the
 * committed file already covers .next, and a build must change no tracked file whatever its folder
 * (a changed tsconfig.json would also make the next start rebuild), so it is put back as it was.
 */
await run(bin("tsx"), ["scripts/build-assets.ts"]);
if (fs.existsSync("scripts/lessons-check.ts")) await run(bin("tsx"), ["scripts/lessons-check.ts", "--validate-only"]);
const tsconfig = fs.readFileSync("tsconfig.json");
try {
  await run(bin("next"), ["build"]);
} finally {
  if (!fs.readFileSync("tsconfig.json").equals(tsconfig)) fs.writeFileSync("tsconfig.json", tsconfig);
}
