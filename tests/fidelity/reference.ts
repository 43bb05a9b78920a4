/**
 * The fidelity test's reference: every TensorFlow.js documentation example run in Node on the CPU
 * backend through the same KernelCore the browser worker uses, in one kernel, in order.
 * Usage: tsx tests/fidelity/reference.ts <out.json>   (writes { [example id]: transcript })
 */
import fs from "node:fs";
import * as tf from "@tensorflow/tfjs";
import { KernelCore } from "@/lib/kernel/core";
import type { Output } from "@/lib/kernel/outputs";
import { SEED_MATH_RANDOM, transcript } from "./compare";
import { docExamples } from "./doc-examples";

export const EXAMPLE_TIME_LIMIT_MS = 20_000;

async function main(out: string): Promise<void> {
  const warn = console.warn;
  console.warn = () => {}; // tfjs's "install tfjs-node" banner
  await tf.setBackend("cpu");
  await tf.ready();
  tf.scalar(0).dispose();
  console.warn = warn;
  let outputs: Output[] = [];
  const kernel = new KernelCore({ tf, host: { emit: (o) => outputs.push(o), shouldStop: () => false, now: () => performance.now() } });
  const results: Record<string, string> = {};
  for (const example of docExamples()) {
    await kernel.run({ cellId: "seed", source: SEED_MATH_RANDOM });
    outputs = [];
    await kernel.run({ cellId: "example", source: `{\n${example.code}\n}`, timeLimitMs: EXAMPLE_TIME_LIMIT_MS });
    results[example.id] = transcript(outputs);
  }
  fs.writeFileSync(out, JSON.stringify(results, null, 1));
}

await main(process.argv[2] ?? "test-results/fidelity-reference.json");
process.exit(0);
