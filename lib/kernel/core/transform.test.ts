import { describe, expect, it } from "vitest";
import { CellSyntaxError } from "./errors.ts";
import { LOOP_GUARD } from "./loop-guards.ts";
import { transformCell } from "./transform.ts";

const fakeTf = { tensor: "tensor-fn", zeros: "zeros-fn" };

/** Runs a transformed cell against a plain scope, as KernelCore does (without the stop machinery). */
async function evaluate(source: string, scope: Record<string, unknown> = Object.create(null), globals: Record<string, unknown> = {}) {
  const { code } = transformCell(source);
  const indirectEval = eval;
  const fn = indirectEval(code) as (s: unknown, g: unknown, k: unknown) => Promise<unknown[] | undefined>;
  let checks = 0;
  const runtime = {
    check: () => void checks++,
    named: (f: object, name: string) => Object.defineProperty(f, "name", { value: name }),
    import: (spec: string) => {
      if (spec === "@tensorflow/tfjs") return fakeTf;
      throw new Error(`Cannot import "${spec}"`);
    },
    importDefault: (m: { default?: unknown }) => m.default ?? m,
    importNamed: (m: Record<string, unknown>, _spec: string, name: string) => m[name],
    dynamicImport: async (spec: string) => runtime.import(spec),
  };
  const returned = await fn(scope, globals, runtime);
  return { scope, value: returned?.[0], checks: () => checks };
}

describe("transformCell: declarations persist in the scope", () => {
  it("binds const, let and var", async () => {
    const { scope } = await evaluate("const a: number = 1;\nlet b = a + 1;\nvar c = b * 2;");
    expect({ ...scope }).toEqual({ a: 1, b: 2, c: 4 });
  });

  it("binds object and array destructuring with defaults and rest", async () => {
    const source = "const { a, b: [c, d = 9], e = 5, ...rest } = { a: 1, b: [2], x: 7, y: 8 };\nconst [p, , q = 3, ...others] = [10, 11, undefined, 12, 13];";
    const { scope } = await evaluate(source);
    expect({ ...scope }).toEqual({ a: 1, c: 2, d: 9, e: 5, rest: { x: 7, y: 8 }, p: 10, q: 3, others: [12, 13] });
  });

  it("hoists function declarations to the top of the cell", async () => {
    const { scope, value } = await evaluate("const r = double(21);\nfunction double(n: number): number { return n * 2; }\nr");
    expect(value).toBe(42);
    expect((scope.double as (n: number) => number)(2)).toBe(4);
    expect((scope.double as { name: string }).name).toBe("double");
  });

  it("binds classes", async () => {
    const { scope } = await evaluate("class Point { constructor(public x: number) {} norm() { return Math.abs(this.x); } }\nconst p = new Point(-3);");
    expect((scope.p as { norm(): number }).norm()).toBe(3);
    expect((scope.Point as { name: string }).name).toBe("Point");
  });

  it("binds default, named and namespace imports and strips exports", async () => {
    const source = [
      'import * as tfns from "@tensorflow/tfjs";',
      'import tfdef from "@tensorflow/tfjs";',
      'import { tensor, zeros as z } from "@tensorflow/tfjs";',
      "export const used = [tfns, tfdef, tensor, z];",
      "export function exported() { return 1; }",
    ].join("\n");
    const { scope } = await evaluate(source);
    expect(scope.tensor).toBe("tensor-fn");
    expect(scope.z).toBe("zeros-fn");
    expect(scope.tfns).toBe(fakeTf);
    expect(scope.tfdef).toBe(fakeTf);
    expect(typeof scope.exported).toBe("function");
  });

  it("reports an unknown module when the import runs", async () => {
    await expect(evaluate('import { x } from "lodash";\nconsole.log(x);')).rejects.toThrow('Cannot import "lodash"');
  });

  it("rebinds a const declared again, REPL-style", async () => {
    const scope = Object.create(null) as Record<string, unknown>;
    await evaluate("const x = 1;", scope);
    await evaluate("const x = 2;\nconst x2 = x;", scope);
    expect(scope.x).toBe(2);
    expect(scope.x2).toBe(2);
  });

  it("keeps bindings made before a throw", async () => {
    const scope = Object.create(null) as Record<string, unknown>;
    await expect(evaluate("const kept = 1;\nthrow new Error('boom');\nconst lost = 2;", scope)).rejects.toThrow("boom");
    expect(scope.kept).toBe(1);
    expect("lost" in scope).toBe(false);
  });

  it("lists the declared names", () => {
    const { declared } = transformCell("const a = 1, { b, c: [d] } = o;\nfunction f() {}\nclass K {}\nimport { tensor } from '@tensorflow/tfjs';\ntensor;");
    expect(declared.sort()).toEqual(["K", "a", "b", "d", "f", "tensor"]);
  });
});

describe("transformCell: results, await and loops", () => {
  it("returns the last expression statement, with or without a semicolon", async () => {
    expect((await evaluate("const a = 2;\na * 21")).value).toBe(42);
    expect((await evaluate("const a = 2;\na * 21;")).value).toBe(42);
    expect((await evaluate("const a = 2;")).value).toBeUndefined();
  });

  it("shows a promise as a promise instead of awaiting it", async () => {
    const { value } = await evaluate("Promise.resolve(5)");
    expect(value).toBeInstanceOf(Promise);
  });

  it("supports top-level await", async () => {
    const { scope, value } = await evaluate("const v = await new Promise((r) => setTimeout(() => r(7), 1));\nv + 1");
    expect(scope.v).toBe(7);
    expect(value).toBe(8);
  });

  it("guards every kind of loop at any depth", () => {
    const source = [
      "for (let i = 0; i < 1; i++) {}",
      "for (const k in {}) {}",
      "for (const v of []) {}",
      "while (false) {}",
      "do {} while (false)",
      "function f() { for (;;) break; }",
      "const g = () => { while (true) { for (const x of [1]) { break; } break; } };",
      "class C { m() { do x(); while (false); } }",
    ].join("\n");
    const { code } = transformCell(source);
    expect(code.split(LOOP_GUARD).length - 1).toBe(9);
  });

  it("keeps loops with unbraced bodies and labels working", async () => {
    const source = "let n = 0;\nouter: for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) { if (j === 1) continue outer; n++; }\nlet m = 0;\nwhile (m < 5) m++;\ndo m++; while (m < 7)\n[n, m]";
    expect((await evaluate(source)).value).toEqual([3, 7]);
  });

  it("keeps imports for later cells, including type-only names", async () => {
    const { code } = transformCell('import { Tensor2D, tensor } from "@tensorflow/tfjs";');
    expect(code).toContain('__scope.Tensor2D = __k.importNamed(__m, "@tensorflow/tfjs", "Tensor2D")');
    expect(code).toContain('__scope.tensor = ');
    const { scope } = await evaluate('import { tensor } from "@tensorflow/tfjs";\nimport type { Rank } from "@tensorflow/tfjs";');
    expect(scope.tensor).toBe("tensor-fn");
    expect("Rank" in scope).toBe(false);
  });

  it("calls the stop check every 4096 iterations", async () => {
    const { checks } = await evaluate("let n = 0;\nfunction spin() { for (let i = 0; i < 10000; i++) n++; }\nspin();");
    expect(checks()).toBe(2);
  });

  it("keeps every line of the TypeScript on the same line", () => {
    const source = "interface P { x: number }\nconst a: P = { x: 1 };\nfunction f(\n  n: number,\n): number {\n  while (n > 0) n--;\n  return n;\n}\nexport { a };\nimport {\n  tensor,\n} from '@tensorflow/tfjs';\ntensor";
    const { code } = transformCell(source);
    const lines = code.split("\n");
    expect(lines[1]).toContain("__scope.a = { x: 1 }");
    expect(lines[5]).toContain("while (n > 0)");
    expect(lines[6]).toContain("return n;");
    expect(lines[12]).toContain("return [(tensor)]");
  });
});

describe("transformCell: syntax errors", () => {
  it("reports the TypeScript line and column", () => {
    try {
      transformCell("const a = 1;\nconst b = ;");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CellSyntaxError);
      expect((error as CellSyntaxError).line).toBe(2);
      expect((error as CellSyntaxError).column).toBe(11);
      expect((error as CellSyntaxError).message).toMatch(/Unexpected token/);
    }
  });

  it("reports errors found by the JavaScript parser", () => {
    try {
      transformCell("let ok = 1;\n\nlet a = 1; let a = 2;");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CellSyntaxError);
      expect((error as CellSyntaxError).line).toBe(3);
      expect((error as CellSyntaxError).message).toMatch(/already been declared/);
    }
  });
});
