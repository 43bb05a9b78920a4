import { beforeAll, describe, expect, it } from "vitest";
import { OUTPUT_LIMITS } from "../outputs.ts";
import { formatInspect } from "./format-inspect.ts";
import { inspect } from "./serialise.ts";
import { tf, useCpuBackend } from "./test-helpers.ts";

beforeAll(useCpuBackend);

describe("inspect", () => {
  it("describes primitives", () => {
    expect(inspect("hi")).toEqual({ kind: "primitive", jsType: "string", repr: '"hi"' });
    expect(inspect(-0)).toMatchObject({ repr: "-0" });
    expect(inspect(10n)).toMatchObject({ jsType: "bigint", repr: "10n" });
    expect(inspect(null)).toMatchObject({ jsType: "null" });
    expect(inspect(undefined)).toMatchObject({ jsType: "undefined" });
    expect(inspect(Symbol("s"))).toMatchObject({ repr: "Symbol(s)" });
  });

  it("caps arrays with a trailing 'more' item", () => {
    const value = inspect(Array.from({ length: 250 }, (_, i) => i));
    expect(value).toMatchObject({ kind: "array", length: 250, truncated: true });
    const items = (value as { items: unknown[] }).items;
    expect(items).toHaveLength(OUTPUT_LIMITS.maxItems + 1);
    expect(items.at(-1)).toEqual({ kind: "more", count: 150 });
  });

  it("names typed arrays, class instances, maps, sets, dates, errors and functions", () => {
    class Point { constructor(public x: number) {} }
    expect(inspect(new Float32Array([1.5, 2]))).toMatchObject({ kind: "array", ctor: "Float32Array", length: 2 });
    expect(inspect(new Point(1))).toEqual({ kind: "object", ctor: "Point", entries: [["x", { kind: "primitive", jsType: "number", repr: "1" }]], truncated: false });
    expect(inspect(new Map([["a", 1]]))).toMatchObject({ kind: "map", size: 1 });
    expect(inspect(new Set([1, 2]))).toMatchObject({ kind: "set", size: 2 });
    expect(inspect(new Date(0))).toEqual({ kind: "date", iso: "1970-01-01T00:00:00.000Z" });
    expect(inspect(new TypeError("nope"))).toEqual({ kind: "error", name: "TypeError", message: "nope" });
    expect(inspect(function train() {})).toEqual({ kind: "function", name: "train" });
  });

  it("marks circular references and stops at the depth limit", () => {
    const loop: Record<string, unknown> = { name: "loop" };
    loop.self = loop;
    expect(inspect(loop)).toMatchObject({ entries: [["name", expect.anything()], ["self", { kind: "circular" }]] });
    const deep = inspect({ a: { b: { c: { d: 1 } } } });
    expect(formatInspect(deep)).toBe("{ a: { b: { c: [Object] } } }");
  });

  it("survives getters that throw", () => {
    const tricky = { get bad() { throw new Error("getter"); } };
    expect(inspect(tricky)).toMatchObject({ entries: [["bad", { kind: "error", message: "getter" }]] });
  });

  it("previews a tensor like tfjs print, capped for large tensors", () => {
    const small = tf.tensor([[1, 2.5], [3, 4]]);
    expect(inspect(small)).toMatchObject({ kind: "tensor", shape: [2, 2], dtype: "float32", preview: "[[  1, 2.5],\n [  3,   4]]" });
    const big = tf.range(0, 10_000).reshape([100, 100]);
    const value = inspect(big) as { preview: string; truncated: boolean; size: number };
    expect(value.truncated).toBe(true);
    expect(value.size).toBe(10_000);
    expect(value.preview.split("\n")).toHaveLength(7);
    expect(value.preview).toContain("...");
    expect(value.preview.startsWith("[[   0,    1,    2, ..., ")).toBe(true);
    tf.dispose([small, big]);
  });

  it("handles disposed tensors, int and bool dtypes, and scalars", () => {
    const t = tf.tensor([1, 2]);
    t.dispose();
    expect(inspect(t)).toMatchObject({ kind: "tensor", disposed: true, preview: "(disposed)" });
    expect(inspect(tf.tensor([1, 2], [2], "int32"))).toMatchObject({ dtype: "int32", preview: "[1, 2]" });
    expect(inspect(tf.tensor([true, false], [2], "bool"))).toMatchObject({ preview: "[ true, false]" });
    expect(inspect(tf.scalar(0.333333))).toMatchObject({ shape: [], preview: "0.3333" });
  });

  it("summarises a model", () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ units: 3, inputShape: [4] })] });
    const value = inspect(model);
    expect(value).toMatchObject({ kind: "model", name: model.name });
    expect((value as { summary: string[] }).summary.join("\n")).toMatch(/Total params: 15/);
    model.dispose();
  });
});

describe("formatInspect", () => {
  it("prints values the way a console does", () => {
    expect(formatInspect(inspect([1, "a", { b: true }]))).toBe('[ 1, "a", { b: true } ]');
    expect(formatInspect(inspect(new Map([["k", 1]])))).toBe('Map(1) { "k" => 1 }');
    expect(formatInspect(inspect(new Uint8Array([1, 2])))).toBe("Uint8Array(2) [ 1, 2 ]");
    const t = tf.tensor([1, 2]);
    expect(formatInspect(inspect(t))).toBe("Tensor float32 [2]\n[1, 2]");
    t.dispose();
  });
});
