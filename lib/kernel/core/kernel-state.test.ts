import { beforeAll, describe, expect, it } from "vitest";
import { createTestKernel, errorOf, resultOf, streamText, useCpuBackend } from "./test-helpers.ts";

beforeAll(useCpuBackend);

describe("KernelCore: state across cells", () => {
  it("keeps every kind of top-level declaration for later cells", async () => {
    const k = createTestKernel();
    await k.run([
      "const c = 1; let l = 2; var v = 3;",
      "const { o, p: [q] } = { o: 4, p: [5] };",
      "function add(a: number, b: number) { return a + b; }",
      "class Box { constructor(public n: number) {} }",
      'import * as tfjs from "@tensorflow/tfjs";',
      'import { tensor as makeTensor } from "@tensorflow/tfjs";',
    ].join("\n"));
    const r = await k.run("[c, l, v, o, q, add(1, 2), new Box(6).n, tfjs === tf, makeTensor === tf.tensor]");
    expect(r.status).toBe("ok");
    expect(resultOf(r.outputs)).toMatchObject({
      kind: "array",
      items: ["1", "2", "3", "4", "5", "3", "6", "true", "true"].map((repr) => ({ repr })),
    });
  });

  it("keeps what a cell declared before it threw", async () => {
    const k = createTestKernel();
    const failed = await k.run("const before = 41;\nthrow new Error('late failure');\nconst after = 1;");
    expect(failed.status).toBe("error");
    const r = await k.run("before + 1");
    expect(resultOf(r.outputs)).toMatchObject({ repr: "42" });
  });

  it("rebinds on re-run and on a second declaration, never 'already declared'", async () => {
    const k = createTestKernel();
    await k.run("const x = 1;", { cellId: "a" });
    await k.run("const x = 1;", { cellId: "a" });
    const again = await k.run("const x = 2;\nlet x2 = x * 10;", { cellId: "b" });
    expect(again.status).toBe("ok");
    expect(resultOf((await k.run("x2")).outputs)).toMatchObject({ repr: "20" });
  });

  it("lets functions from earlier cells see names redefined later", async () => {
    const k = createTestKernel();
    await k.run("function rate() { return 1; }\nfunction apply(n: number) { return n * rate(); }");
    await k.run("function rate() { return 3; }");
    expect(resultOf((await k.run("apply(2)")).outputs)).toMatchObject({ repr: "6" });
  });

  it("supports top-level await", async () => {
    const k = createTestKernel();
    const r = await k.run("const v = await new Promise<number>((resolve) => setTimeout(() => resolve(5), 5));\nawait sleep(5);\nv * 2");
    expect(r.status).toBe("ok");
    expect(resultOf(r.outputs)).toMatchObject({ repr: "10" });
  });

  it("shows the last expression's value but not undefined", async () => {
    const k = createTestKernel();
    expect(resultOf((await k.run("const s = 'hi';\ns;")).outputs)).toMatchObject({ kind: "primitive", jsType: "string", repr: '"hi"' });
    const none = await k.run("console.log('only output')");
    expect(resultOf(none.outputs)).toBeUndefined();
    expect(streamText(none.outputs)).toBe("only output\n");
  });

  it("maps a runtime error to the line in the cell", async () => {
    const k = createTestKernel();
    const r = await k.run("interface P { a: number }\nconst p: P = { a: 1 };\n\nfunction boom(): number {\n  throw new RangeError('bad range');\n}\nboom();", { cellId: "err-cell" });
    expect(r.status).toBe("error");
    const error = errorOf(r.outputs);
    expect(error).toMatchObject({ ename: "RangeError", evalue: "bad range", line: 5 });
    expect(error?.traceback[0]).toBe("RangeError: bad range");
    expect(error?.traceback.join("\n")).toMatch(/at boom \(cell err-cell, line 5\)/);
  });

  it("maps an error from a call into tfjs to the calling line", async () => {
    const k = createTestKernel();
    const r = await k.run("const a = tf.ones([2, 3]);\nconst b = tf.ones([4, 5]);\nconst c = tf.matMul(a, b);", { cellId: "tf-err" });
    expect(errorOf(r.outputs)).toMatchObject({ line: 3 });
  });

  it("reports syntax errors with the TypeScript line", async () => {
    const k = createTestKernel();
    const r = await k.run("const ok = 1;\nconst broken: number = ;");
    expect(r.status).toBe("error");
    expect(errorOf(r.outputs)).toMatchObject({ ename: "SyntaxError", line: 2 });
    expect(errorOf(r.outputs)?.traceback[0]).toMatch(/line 2, column \d+/);
  });

  it("gives a clear error for a module that is not available", async () => {
    const k = createTestKernel();
    const r = await k.run('import _ from "lodash";\n_.chunk([1], 1)');
    expect(errorOf(r.outputs)?.evalue).toMatch(/can only import "@tensorflow\/tfjs"/);
    expect(errorOf(r.outputs)?.line).toBe(1);
  });

  it("provides assert and assertClose to cells", async () => {
    const k = createTestKernel();
    const r = await k.run("assertClose(tf.tensor([1, 2]).mul(2), [2, 4.0001], 1e-3);\nassert(1 + 1 === 3, 'math is broken');");
    expect(errorOf(r.outputs)).toMatchObject({ ename: "AssertionError", evalue: "math is broken", line: 2 });
  });

  it("runs a trivial cell in well under 5 ms", async () => {
    const k = createTestKernel();
    await k.run("1 + 1");
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      await k.run("const a = 1;\na + 1");
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    expect(times[10]).toBeLessThan(5);
  });

  it("reset() empties the scope", async () => {
    const k = createTestKernel();
    await k.run("const t = tf.ones([3]);\nconst n = 1;");
    k.core.reset();
    expect(Object.keys(k.core.scope)).toEqual([]);
    const r = await k.run("typeof n");
    expect(resultOf(r.outputs)).toMatchObject({ repr: '"undefined"' });
  });
});
