/**
 * `npm run lint`'s import-boundary step (docs/decisions/009-house-rules.md): dependency-cruiser
 * resolves the import graph once, checks the path rules of .dependency-cruiser.cjs, and this
 * script adds the two rules that also read the modules' first lines (scripts/lib/boundaries.ts).
 * Exit code 1 on any problem.
 */
import { readFileSync } from "node:fs";
import { cruise, format, type ICruiseResult } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { clientReachingServerOnly, missingServerOnlyMarker } from "./lib/boundaries";

const ROOTS = ["app", "components", "lib", "prisma", "scripts", "bench", "tests", "types"];

const options = await extractDepcruiseOptions("./.dependency-cruiser.cjs");
const { output } = await cruise(ROOTS, options, {}, { tsConfig: extractTSConfig("tsconfig.json") });
const result = output as ICruiseResult;

const sources = new Map<string, string>();
const read = (file: string) => {
  let text = sources.get(file);
  if (text === undefined) sources.set(file, (text = readFileSync(file, "utf8")));
  return text;
};
const problems = [...clientReachingServerOnly(result.modules, read), ...missingServerOnlyMarker(result.modules, read)];

const ruleViolations = result.summary.error + result.summary.warn;
if (ruleViolations > 0) console.error((await format(result, { outputType: "err" })).output);
for (const p of problems) console.error(`  error ${p.rule}: ${p.file} ${p.message}`);
const total = ruleViolations + problems.length;
if (total > 0) {
  console.error(`\n✖ ${total} import-boundary problem(s). The rules: docs/decisions/009-house-rules.md`);
  process.exit(1);
}
console.log(`Import boundaries: ${result.summary.totalCruised} modules, no problems.`);
