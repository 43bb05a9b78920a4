import { AssertionError } from "./errors.ts";
import { isTensorLike } from "./tensor-format.ts";

/** `assert` and `assertClose`, the checks exercises are written with. Messages name the element. */
export function assert(condition: unknown, message?: string): asserts condition {
  if (!condition) throw new AssertionError(message ?? "Assertion failed");
}

interface Numeric {
  shape: number[];
  values: number[];
}

function flattenNested(value: unknown[], what: string): Numeric {
  const shape: number[] = [];
  for (let level: unknown = value; Array.isArray(level); level = level[0]) shape.push(level.length);
  const values: number[] = [];
  const walk = (node: unknown, axis: number): void => {
    if (axis === shape.length) {
      if (typeof node !== "number" && typeof node !== "boolean") throw new AssertionError(`${what} contains ${JSON.stringify(node) ?? String(node)}, not a number`);
      values.push(Number(node));
      return;
    }
    if (!Array.isArray(node) || node.length !== shape[axis]) throw new AssertionError(`${what} is a ragged array (not rectangular)`);
    for (const item of node) walk(item, axis + 1);
  };
  walk(value, 0);
  return { shape, values };
}

function toNumeric(value: unknown, what: string): Numeric {
  if (typeof value === "number" || typeof value === "boolean") return { shape: [], values: [Number(value)] };
  if (isTensorLike(value)) {
    if (value.isDisposed) throw new AssertionError(`${what} is a disposed tensor`);
    return { shape: [...value.shape], values: Array.from(value.dataSync(), Number) };
  }
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const typed = value as unknown as ArrayLike<number | bigint>;
    return { shape: [typed.length], values: Array.from(typed, Number) };
  }
  if (Array.isArray(value)) return flattenNested(value, what);
  throw new AssertionError(`${what} should be a number, an array or a tensor, but is ${value === null ? "null" : typeof value}`);
}

function indexOf(flat: number, shape: number[]): string {
  const index: number[] = [];
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    const dim = shape[axis] ?? 1;
    index.unshift(flat % dim);
    flat = Math.floor(flat / dim);
  }
  return `[${index.join(", ")}]`;
}

/** Precise enough to show why two close numbers differ. */
function show(n: number): string {
  return String(Number(n.toPrecision(8)));
}

function sameShape(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

export function assertClose(actual: unknown, expected: unknown, tolerance?: number | string, message?: string): void {
  // Allow assertClose(a, b, "message") with the default tolerance.
  if (typeof tolerance === "string") [message, tolerance] = [tolerance, undefined];
  const tol = tolerance ?? 1e-6;
  const prefix = message ? `${message}: ` : "";
  const a = toNumeric(actual, `${prefix}the actual value`);
  const e = toNumeric(expected, `${prefix}the expected value`);
  // A scalar expectation applies to every element.
  const broadcast = e.shape.length === 0;
  if (!broadcast && !sameShape(a.shape, e.shape)) {
    throw new AssertionError(`${prefix}shape [${a.shape.join(", ")}] does not match the expected shape [${e.shape.join(", ")}]`);
  }
  for (let i = 0; i < a.values.length; i++) {
    const got = a.values[i] ?? Number.NaN;
    const want = broadcast ? (e.values[0] ?? Number.NaN) : (e.values[i] ?? Number.NaN);
    const close = Math.abs(got - want) <= tol || (Number.isNaN(got) && Number.isNaN(want)) || got === want;
    if (!close) {
      const where = a.shape.length === 0 ? "got" : `element ${indexOf(i, a.shape)} is`;
      throw new AssertionError(`${prefix}${where} ${show(got)}, expected ${show(want)} (tolerance ${tol})`);
    }
  }
}
