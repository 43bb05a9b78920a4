import type { Output } from "@/lib/kernel/outputs";

/** What an example showed: its printed text and its error, if any (notices are the kernel's own). */
export function transcript(outputs: readonly Output[]): string {
  const parts: string[] = [];
  for (const output of outputs) {
    if (output.type === "stream") parts.push(output.text);
    else if (output.type === "error") parts.push(`\n<${output.ename}: ${output.evalue}>\n`);
  }
  return parts.join("");
}

/** Math.random made repeatable, run before every example, so unseeded tfjs random ops repeat too. */
export const SEED_MATH_RANDOM =
  "{ let s = 42; Math.random = () => { s = (s * 16807) % 2147483647; return (s - 1) / 2147483646; }; }";

const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?|NaN|-?Infinity/gi;

function near(a: number, b: number, tolerance: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Same text, numbers equal within a float32 tolerance (relative, or absolute below 1). Whitespace
 * is ignored, since tfjs pads printed values to the widest entry.
 */
export function agree(expected: string, actual: string, tolerance = 1e-3): boolean {
  const shape = (text: string) => text.replace(NUMBER, "#").replace(/\s+/g, "");
  if (shape(expected) !== shape(actual)) return false;
  const a = expected.match(NUMBER) ?? [];
  const b = actual.match(NUMBER) ?? [];
  return a.length === b.length && a.every((x, i) => near(Number(x), Number(b[i]), tolerance));
}
