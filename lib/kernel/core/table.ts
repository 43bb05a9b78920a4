import { OUTPUT_LIMITS, type DisplayData } from "../outputs.ts";
import { formatInspect } from "./format-inspect.ts";
import { inspect } from "./serialise.ts";
import { isTensorLike } from "./tensor-format.ts";

/** `display.table`: rows of objects, rows of arrays, `{ columns, rows }`, or a rank-2 tensor. */
type Cell = string | number | boolean | null;
const MAX_CELL_CHARS = 1_000;

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  const text = typeof value === "string" ? value : formatInspect(inspect(value));
  return text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS)}…` : text;
}

function fromRows(rows: unknown[], givenColumns?: string[]): Extract<DisplayData, { kind: "table" }> {
  const shown = rows.slice(0, OUTPUT_LIMITS.maxTableRows);
  const truncated = rows.length > shown.length;
  if (shown.every((row) => Array.isArray(row))) {
    const width = Math.max(0, ...shown.map((row) => (row as unknown[]).length));
    const columns = givenColumns ?? Array.from({ length: width }, (_, i) => String(i));
    return { kind: "table", columns, rows: shown.map((row) => columns.map((_, i) => toCell((row as unknown[])[i]))), truncated };
  }
  const columns = givenColumns ?? [];
  if (!givenColumns) {
    const seen = new Set<string>();
    for (const row of shown) {
      if (typeof row !== "object" || row === null) continue;
      for (const key of Object.keys(row)) {
        if (seen.has(key)) continue;
        seen.add(key);
        columns.push(key);
      }
    }
  }
  const cells = shown.map((row) =>
    typeof row === "object" && row !== null ? columns.map((c) => toCell((row as Record<string, unknown>)[c])) : [toCell(row)],
  );
  return { kind: "table", columns: columns.length > 0 ? columns : ["value"], rows: cells, truncated };
}

export function toTable(input: unknown): Extract<DisplayData, { kind: "table" }> {
  if (isTensorLike(input)) {
    if (input.shape.length !== 2) throw new Error(`display.table needs a rank-2 tensor, got shape [${input.shape.join(", ")}]`);
    const [rows = 0, cols = 0] = input.shape;
    const values = input.dataSync();
    const shownRows = Math.min(rows, OUTPUT_LIMITS.maxTableRows);
    return {
      kind: "table",
      columns: Array.from({ length: cols }, (_, i) => String(i)),
      rows: Array.from({ length: shownRows }, (_, r) => Array.from({ length: cols }, (_, c) => toCell(values[r * cols + c]))),
      truncated: rows > shownRows,
    };
  }
  if (Array.isArray(input)) return fromRows(input);
  if (typeof input === "object" && input !== null && Array.isArray((input as { rows?: unknown }).rows)) {
    const { columns, rows } = input as { columns?: unknown; rows: unknown[] };
    return fromRows(rows, Array.isArray(columns) ? columns.map(String) : undefined);
  }
  throw new Error("display.table needs an array of objects, an array of arrays, { columns, rows } or a rank-2 tensor");
}
