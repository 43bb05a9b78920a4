import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { expect, test } from "../fixtures";
import { agree, SEED_MATH_RANDOM, transcript } from "../../fidelity/compare";
import { docExamples } from "../../fidelity/doc-examples";
import { harnessReady, runInHarness } from "../../../scripts/lib/browser-kernel";
import { EXCEPTIONS } from "../../fidelity/exceptions";

/**
 * Fidelity: TensorFlow.js's own documentation examples, run through the real sandboxed kernel on
 * each backend, print what they print in Node on CPU (float32 tolerance). The reference runs twice;
 * examples that differ between those two runs (timings) or fail in Node too (files, DOM, network)
 * are not comparable.
 */
const examples = docExamples();
let reference: Record<string, string> = {};
let comparable: string[] = [];

function runReference(out: string): Record<string, string> {
  const result = spawnSync("node_modules/.bin/tsx", ["tests/fidelity/reference.ts", out], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`The Node reference failed: ${result.stderr}`);
  return JSON.parse(fs.readFileSync(out, "utf8")) as Record<string, string>;
}

test.beforeAll(() => {
  fs.mkdirSync("test-results", { recursive: true });
  reference = runReference("test-results/fidelity-reference-1.json");
  const again = runReference("test-results/fidelity-reference-2.json");
  comparable = examples.map((e) => e.id).filter((id) => reference[id] === again[id] && !reference[id]!.includes("\n<"));
});

for (const backend of ["wasm", "cpu", "webgl"] as const) {
  test(`documentation examples agree with Node on CPU on ${backend}`, async ({ page }) => {
    test.setTimeout(600_000);
    expect(comparable.length).toBeGreaterThan(250);
    await page.goto("/kernel/harness/index.html");
    expect((await harnessReady(page)).backends).toContain(backend);
    await harnessReady(page, backend);
    const disagreements: Record<string, string> = {};
    // Every example, in the reference's order: layer names and tensor counts depend on what ran before.
    for (const example of examples) {
      await runInHarness(page, "seed", SEED_MATH_RANDOM, 20_000);
      const { outputs } = await runInHarness(page, "example", `{\n${example.code}\n}`, 20_000);
      const shown = transcript(outputs);
      if (comparable.includes(example.id) && !agree(reference[example.id]!, shown)) disagreements[example.id] = shown.slice(0, 300);
    }
    const unexplained = Object.keys(disagreements).filter((id) => !(id in EXCEPTIONS[backend]!));
    const agreed = comparable.length - Object.keys(disagreements).length;
    console.log(`${backend}: ${agreed}/${comparable.length} documentation examples agree with Node on CPU.`);
    for (const id of Object.keys(disagreements)) console.log(`  differs: ${id}${id in EXCEPTIONS[backend]! ? ` (${EXCEPTIONS[backend]![id]})` : ""}`);
    expect(Object.fromEntries(unexplained.map((id) => [id, { node: reference[id]!.slice(0, 300), [backend]: disagreements[id] }]))).toEqual({});
    expect(agreed / comparable.length).toBeGreaterThanOrEqual(0.99);
  });
}
