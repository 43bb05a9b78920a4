import fs from "node:fs";
import { bin, run } from "./lib/run";

/** `npm run build`: generated assets, lesson validation (bad lessons fail the build), then Next. */
await run(bin("tsx"), ["scripts/build-assets.ts"]);
if (fs.existsSync("scripts/lessons-check.ts")) await run(bin("tsx"), ["scripts/lessons-check.ts", "--validate-only"]);
await run(bin("next"), ["build"]);
