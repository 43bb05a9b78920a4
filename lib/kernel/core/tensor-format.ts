/**
 * A tensor's values as text, laid out like tfjs's `print()` ([[1, 2],\n [3, 4]]), but capped:
 * past `maxValues` every axis shows only its first and last few entries, like numpy.
 */
export interface TensorLike {
  shape: number[];
  dtype: string;
  size: number;
  isDisposed: boolean;
  dataSync(): ArrayLike<number | string | boolean>;
}

export function isTensorLike(value: unknown): value is TensorLike {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<TensorLike>;
  return Array.isArray(v.shape) && typeof v.dtype === "string" && typeof v.dataSync === "function" && typeof v.size === "number";
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e6) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e6 || abs < 1e-4)) return value.toExponential(3);
  return String(Number(value.toFixed(4)));
}

function elementFormatter(values: ArrayLike<number | string | boolean>, dtype: string): (index: number) => string {
  if (dtype === "string") return (i) => JSON.stringify(String(values[i]));
  if (dtype === "bool") return (i) => (values[i] ? "true" : "false");
  if (dtype === "int32") return (i) => String(values[i]);
  if (dtype === "complex64") {
    return (i) => `${formatNumber(Number(values[2 * i]))} + ${formatNumber(Number(values[2 * i + 1]))}j`;
  }
  return (i) => formatNumber(Number(values[i]));
}

/** Indices shown along one axis; -1 marks the elided middle. */
function axisIndices(dim: number, edge: number): number[] {
  if (edge <= 0 || dim <= 2 * edge) return Array.from({ length: dim }, (_, i) => i);
  const head = Array.from({ length: edge }, (_, i) => i);
  const tail = Array.from({ length: edge }, (_, i) => dim - edge + i);
  return [...head, -1, ...tail];
}

function edgeItems(shape: number[], maxValues: number): number {
  let edge = 3;
  while (edge > 1 && Math.pow(2 * edge, shape.length) > maxValues) edge--;
  return edge;
}

export function formatTensorValues(
  values: ArrayLike<number | string | boolean>,
  shape: number[],
  dtype: string,
  maxValues: number,
): { text: string; truncated: boolean } {
  const size = shape.reduce((a, b) => a * b, 1);
  const format = elementFormatter(values, dtype);
  if (shape.length === 0) return { text: format(0), truncated: false };
  const truncated = size > maxValues;
  const edge = truncated ? edgeItems(shape, maxValues) : 0;
  const strides = shape.map((_, axis) => shape.slice(axis + 1).reduce((a, b) => a * b, 1));
  const cells = new Map<number, string>();
  let width = 0;
  // First pass: format the shown elements, to right-align them to one width.
  const collect = (axis: number, offset: number): void => {
    for (const i of axisIndices(shape[axis] ?? 0, edge)) {
      if (i < 0) continue;
      const at = offset + i * (strides[axis] ?? 1);
      if (axis === shape.length - 1) {
        const text = format(at);
        width = Math.max(width, text.length);
        cells.set(at, text);
      } else {
        collect(axis + 1, at);
      }
    }
  };
  collect(0, 0);
  const render = (axis: number, offset: number): string => {
    const parts = axisIndices(shape[axis] ?? 0, edge).map((i) => {
      if (i < 0) return "...";
      const at = offset + i * (strides[axis] ?? 1);
      return axis === shape.length - 1 ? (cells.get(at) ?? "").padStart(width) : render(axis + 1, at);
    });
    if (axis === shape.length - 1) return `[${parts.join(", ")}]`;
    const gap = ",\n" + "\n".repeat(Math.max(0, shape.length - axis - 2)) + " ".repeat(axis + 1);
    return `[${parts.join(gap)}]`;
  };
  return { text: render(0, 0), truncated };
}
