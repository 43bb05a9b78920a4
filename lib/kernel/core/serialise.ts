import { OUTPUT_LIMITS, type InspectValue } from "../outputs.ts";
import { formatTensorValues, isTensorLike, type TensorLike } from "./tensor-format.ts";

/**
 * Turns any value into an InspectValue: plain, structured-clone-safe data, capped in depth,
 * items and string length where it is produced (OUTPUT_LIMITS), so a huge value costs little.
 */
const limits = OUTPUT_LIMITS;
const MAX_SUMMARY_LINES = 200;

interface ModelLike {
  name: string;
  layers: unknown[];
  summary(lineLength?: number, positions?: number[], printFn?: (...message: unknown[]) => void): void;
}

function isModelLike(value: object): value is ModelLike {
  const v = value as Partial<ModelLike>;
  return typeof v.summary === "function" && Array.isArray(v.layers) && typeof (value as { predict?: unknown }).predict === "function";
}

function quoteString(value: string): string {
  if (value.length <= limits.maxStringChars) return JSON.stringify(value);
  // Cut before quoting: quoting a 50 MB string would copy it.
  const more = value.length - limits.maxStringChars;
  return `${JSON.stringify(value.slice(0, limits.maxStringChars))}… (${more.toLocaleString("en-US")} more characters)`;
}

function primitive(value: unknown): InspectValue | null {
  switch (typeof value) {
    case "string": return { kind: "primitive", jsType: "string", repr: quoteString(value) };
    case "number": return { kind: "primitive", jsType: "number", repr: Object.is(value, -0) ? "-0" : String(value) };
    case "boolean": return { kind: "primitive", jsType: "boolean", repr: String(value) };
    case "undefined": return { kind: "primitive", jsType: "undefined", repr: "undefined" };
    case "bigint": return { kind: "primitive", jsType: "bigint", repr: `${value}n` };
    case "symbol": return { kind: "primitive", jsType: "symbol", repr: value.toString() };
    case "function": return { kind: "function", name: value.name || "(anonymous)" };
    default: return value === null ? { kind: "primitive", jsType: "null", repr: "null" } : null;
  }
}

function inspectTensor(tensor: TensorLike): InspectValue {
  const base = { kind: "tensor" as const, shape: [...tensor.shape], dtype: tensor.dtype, size: tensor.size };
  if (tensor.isDisposed) return { ...base, preview: "(disposed)", truncated: false, disposed: true };
  try {
    const { text, truncated } = formatTensorValues(tensor.dataSync(), tensor.shape, tensor.dtype, limits.maxTensorValues);
    return { ...base, preview: text, truncated };
  } catch (error) {
    return { ...base, preview: `(values unavailable: ${(error as Error).message})`, truncated: false };
  }
}

function inspectModel(model: ModelLike): InspectValue {
  const summary: string[] = [];
  try {
    model.summary(undefined, undefined, (...message: unknown[]) => {
      if (summary.length < MAX_SUMMARY_LINES) summary.push(message.map(String).join(" "));
    });
  } catch (error) {
    summary.push((error as Error).message);
  }
  return { kind: "model", name: String(model.name), summary };
}

function ctorName(value: object): string {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null) return "Object";
  const ctor = (proto as { constructor?: { name?: unknown } }).constructor;
  return typeof ctor?.name === "string" && ctor.name ? ctor.name : "Object";
}

function readProperty(value: object, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch (error) {
    return error;
  }
}

function listItems(values: Iterable<unknown>, total: number, walk: (v: unknown) => InspectValue): { items: InspectValue[]; truncated: boolean } {
  const items: InspectValue[] = [];
  for (const item of values) {
    if (items.length >= limits.maxItems) break;
    items.push(walk(item));
  }
  const truncated = total > items.length;
  if (truncated) items.push({ kind: "more", count: total - items.length });
  return { items, truncated };
}

function inspectObject(value: object, depth: number, seen: Set<object>): InspectValue {
  const walk = (v: unknown) => inspectAt(v, depth + 1, seen);
  const deep = depth >= limits.maxDepth;
  if (Array.isArray(value)) {
    if (deep) return { kind: "array", length: value.length, items: [], truncated: value.length > 0 };
    return { kind: "array", length: value.length, ...listItems(value, value.length, walk) };
  }
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const typed = value as unknown as ArrayLike<unknown> & Iterable<unknown>;
    const ctor = ctorName(value);
    if (deep) return { kind: "array", ctor, length: typed.length, items: [], truncated: typed.length > 0 };
    return { kind: "array", ctor, length: typed.length, ...listItems(Array.from({ length: Math.min(typed.length, limits.maxItems) }, (_, i) => typed[i]), typed.length, walk) };
  }
  if (value instanceof Map) {
    const entries: Array<[InspectValue, InspectValue]> = [];
    if (!deep) {
      for (const [k, v] of value) {
        if (entries.length >= limits.maxItems) break;
        entries.push([walk(k), walk(v)]);
      }
    }
    return { kind: "map", size: value.size, entries, truncated: value.size > entries.length };
  }
  if (value instanceof Set) {
    if (deep) return { kind: "set", size: value.size, items: [], truncated: value.size > 0 };
    return { kind: "set", size: value.size, ...listItems(value, value.size, walk) };
  }
  const keys = Object.keys(value);
  const entries: Array<[string, InspectValue]> = [];
  if (!deep) {
    for (const key of keys) {
      if (entries.length >= limits.maxItems) break;
      entries.push([key, walk(readProperty(value, key))]);
    }
  }
  return { kind: "object", ctor: ctorName(value), entries, truncated: keys.length > entries.length };
}

function inspectAt(value: unknown, depth: number, seen: Set<object>): InspectValue {
  const simple = primitive(value);
  if (simple) return simple;
  const object = value as object;
  if (seen.has(object)) return { kind: "circular" };
  if (isTensorLike(object)) return inspectTensor(object);
  if (isModelLike(object)) return inspectModel(object);
  if (object instanceof Error) return { kind: "error", name: object.name, message: object.message };
  if (object instanceof Date) {
    return { kind: "date", iso: Number.isNaN(object.getTime()) ? "Invalid Date" : object.toISOString() };
  }
  seen.add(object);
  try {
    return inspectObject(object, depth, seen);
  } finally {
    seen.delete(object);
  }
}

/** The inspector: any value to capped, plain data. Never throws. */
export function inspect(value: unknown): InspectValue {
  try {
    return inspectAt(value, 0, new Set());
  } catch (error) {
    return { kind: "error", name: "InspectError", message: `Could not inspect the value: ${(error as Error).message}` };
  }
}
