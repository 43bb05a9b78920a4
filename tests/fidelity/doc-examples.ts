import fs from "node:fs";
import path from "node:path";

/**
 * The runnable examples of TensorFlow.js's own API documentation: every ```js block inside a JSDoc
 * comment tagged `@doc` in the installed @tensorflow/tfjs-core and tfjs-layers declarations.
 */
export interface DocExample {
  /** "tfjs-core/dist/ops/unsorted_segment_sum.d.ts#1" */
  id: string;
  code: string;
}

const PACKAGES = ["tfjs-core", "tfjs-layers"];
const COMMENT = /\/\*\*([\s\S]*?)\*\//g;
const FENCE = /```(?:js|javascript|ts|typescript)\n([\s\S]*?)```/g;

function declarationFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) declarationFiles(file, out);
    else if (entry.name.endsWith(".d.ts")) out.push(file);
  }
  return out;
}

export function docExamples(nodeModules = path.resolve("node_modules")): DocExample[] {
  const examples: DocExample[] = [];
  for (const pkg of PACKAGES) {
    const dist = path.join(nodeModules, "@tensorflow", pkg, "dist");
    for (const file of declarationFiles(dist).sort()) {
      const source = fs.readFileSync(file, "utf8");
      let n = 0;
      for (const [, body] of source.matchAll(COMMENT)) {
        if (!body!.includes("@doc")) continue;
        const text = body!.split("\n").map((line) => line.replace(/^\s*\* ?/, "")).join("\n");
        for (const [, code] of text.matchAll(FENCE)) {
          examples.push({ id: `${pkg}/${path.relative(dist, file)}#${++n}`, code: code!.trim() });
        }
      }
    }
  }
  return examples;
}
