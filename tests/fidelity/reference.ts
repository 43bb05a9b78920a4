/**
 * The fidelity test's reference: every TensorFlow.js documentation example run in Node on the CPU
 * backend through the lesson check's Node kernel (the same KernelCore the browser worker uses), in
 * one kernel, in order.
 * Usage: tsx tests/fidelity/reference.ts <out.json>   (writes { [example id]: transcript })
 */
import fs from "node:fs";
import path from "node:path";
import { SEED_MATH_RANDOM, transcript } from "./compare";
import { docExamples } from "./doc-examples";
import { allowServerOnlyOutsideNext } from "../../scripts/lib/server-only-outside-next";

allowServerOnlyOutsideNext();

const EXAMPLE_TIME_LIMIT_MS = 20_000;

async function main(out: string): Promise<void> {
  const { createNodeKernelFactory } = await import("@/lib/lessons/check/node-kernel");
  const kernel = await (await createNodeKernelFactory(path.resolve("public/kernel/datasets")))();
  const results: Record<string, string> = {};
  for (const example of docExamples()) {
    await kernel.run("seed", SEED_MATH_RANDOM, EXAMPLE_TIME_LIMIT_MS);
    const run = await kernel.run("example", `{\n${example.code}\n}`, EXAMPLE_TIME_LIMIT_MS);
    results[example.id] = transcript(run.outputs ?? []);
  }
  fs.writeFileSync(out, JSON.stringify(results, null, 1));
}

await main(process.argv[2] ?? "test-results/fidelity-reference.json");
process.exit(0);
