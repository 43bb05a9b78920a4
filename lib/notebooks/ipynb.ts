/**
 * Jupyter's notebook format (nbformat 4.5), out and in. Browser-safe and pure: the playground calls
 * it to download and open .ipynb files. The kernelspec names Deno's Jupyter kernel, which runs
 * TypeScript (`deno jupyter`); our `tf`, `display` and `datasets` globals are this platform's own,
 * so a notebook opened there needs `import * as tf from "npm:@tensorflow/tfjs"` to run.
 */
import { z } from "zod/mini";
import { formatInspect } from "@/lib/kernel/core/format-inspect";
import type { DisplayData, Output } from "@/lib/kernel/outputs";

export interface NotebookCell {
  source: string;
  outputs: readonly Output[];
  executionCount: number | null;
}

/** What an image output becomes: base64 PNG (the browser passes a canvas encoder; without one, text only). */
export type PngEncoder = (image: { width: number; height: number; pixels: Uint8ClampedArray }) => string | null;

type Json = Record<string, unknown>;

export const IPYNB_LIMITS = { maxBytes: 5 * 1024 * 1024, maxCells: 500, maxCellChars: 200_000 } as const;

const METADATA = {
  kernelspec: { name: "deno", display_name: "Deno", language: "typescript" },
  language_info: { name: "typescript", file_extension: ".ts", mimetype: "text/x.typescript", codemirror_mode: "typescript", pygments_lexer: "typescript" },
};

/** nbformat keeps source and text as lists of lines, each but the last ending in "\n". */
function lines(text: string): string[] {
  return text.split(/(?<=\n)/).filter((line, i, all) => line !== "" || all.length === 1);
}

function tableText(data: Extract<DisplayData, { kind: "table" }>): string {
  const rows = [data.columns, ...data.rows.map((row) => row.map((cell) => (cell === null ? "" : String(cell))))];
  return rows.map((row) => row.join("\t")).join("\n") + (data.truncated ? "\n…" : "");
}

function displayBundle(data: DisplayData, png: PngEncoder | undefined): Json | null {
  switch (data.kind) {
    case "value":
      return { "text/plain": lines(formatInspect(data.value)) };
    case "table":
      return { "text/plain": lines(tableText(data)) };
    case "image": {
      const encoded = png?.(data);
      return { ...(encoded ? { "image/png": encoded } : {}), "text/plain": [`<image ${data.width}×${data.height}${data.label ? `: ${data.label}` : ""}>`] };
    }
    case "images":
      return { "text/plain": [`<${data.images.length} images, ${data.width}×${data.height} each>`] };
    case "chart":
      return { "application/json": data.spec as unknown as Json, "text/plain": [`<${data.spec.type} chart${data.spec.title ? `: ${data.spec.title}` : ""}>`] };
    case "chart-update":
      return null;
  }
}

/** Live chart updates folded into their chart, so the file holds the final curves. */
function foldCharts(outputs: readonly Output[]): Output[] {
  const folded: Output[] = [];
  const charts = new Map<string, Extract<DisplayData, { kind: "chart" }>>();
  for (const output of outputs) {
    if (output.type === "display" && output.data.kind === "chart") {
      const copy = { ...output.data, spec: { ...output.data.spec, series: output.data.spec.series.map((s) => ({ ...s, x: s.x ? [...s.x] : undefined, y: [...s.y] })) } };
      charts.set(copy.chartId, copy);
      folded.push({ type: "display", data: copy });
    } else if (output.type === "display" && output.data.kind === "chart-update") {
      const chart = charts.get(output.data.chartId);
      for (const point of output.data.points) {
        const series = chart?.spec.series.find((s) => s.name === point.series);
        if (!series) continue;
        (series.x ??= series.y.map((_, i) => i)).push(point.x);
        series.y.push(point.y);
      }
    } else folded.push(output);
  }
  return folded;
}

function toOutput(output: Output, executionCount: number | null, png: PngEncoder | undefined): Json | null {
  switch (output.type) {
    case "stream":
      return { output_type: "stream", name: output.name, text: lines(output.text) };
    case "result":
      return { output_type: "execute_result", execution_count: executionCount, data: { "text/plain": lines(formatInspect(output.value)) }, metadata: {} };
    case "display": {
      const data = displayBundle(output.data, png);
      return data ? { output_type: "display_data", data, metadata: {} } : null;
    }
    case "error":
      return { output_type: "error", ename: output.ename, evalue: output.evalue, traceback: output.traceback };
    case "notice":
      // The kernel's own remarks (a tensor leak, a library warning) are for this page, not the file.
      return null;
  }
}

/** A notebook as nbformat 4.5 JSON text. Cell ids are stable per position (nbformat needs them unique). */
export function toIpynb(cells: readonly NotebookCell[], png?: PngEncoder): string {
  const notebook = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: METADATA,
    cells: cells.map((cell, i) => ({
      id: `cell-${i + 1}`,
      cell_type: "code",
      metadata: {},
      execution_count: cell.executionCount,
      source: lines(cell.source),
      outputs: foldCharts(cell.outputs).flatMap((o) => toOutput(o, cell.executionCount, png) ?? []),
    })),
  };
  return JSON.stringify(notebook, null, 1) + "\n";
}

const text = z.union([z.string(), z.array(z.string())]);
const IpynbSchema = z.object({
  nbformat: z.literal(4),
  nbformat_minor: z.number(),
  cells: z.array(z.object({ cell_type: z.string(), source: text })),
});

export type ImportResult =
  | { ok: true; sources: string[]; skipped: string | null }
  | { ok: false; error: string };

const join = (value: string | string[]) => (Array.isArray(value) ? value.join("") : value);

/**
 * The code of an .ipynb file, one string per cell. Markdown cells come in as comment cells (the
 * playground has no markdown cells yet) and raw cells are left out; `skipped` says so. Outputs are
 * not imported: they belong to the kernel that made them. Refuses with a message naming the problem.
 */
/** Why a file of this size is refused, or null: checked before reading a file, and again on its text. */
export function tooLarge(bytes: number): string | null {
  return bytes > IPYNB_LIMITS.maxBytes ? `This file is ${(bytes / 1024 / 1024).toFixed(1)} MB; notebooks up to ${IPYNB_LIMITS.maxBytes / 1024 / 1024} MB can be opened.` : null;
}

export function fromIpynb(fileText: string): ImportResult {
  const size = tooLarge(fileText.length);
  if (size) return { ok: false, error: size };
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch {
    return { ok: false, error: "This is not a Jupyter notebook: the file is not valid JSON." };
  }
  const version = (json as { nbformat?: unknown } | null)?.nbformat;
  if (typeof version === "number" && version !== 4) return { ok: false, error: `This notebook is in nbformat ${version}; only nbformat 4 can be opened (Jupyter converts older ones: File → Save).` };
  const parsed = IpynbSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `This is not a Jupyter notebook (nbformat 4): ${issue ? `${issue.path.join(".") || "the file"}: ${issue.message}` : "unexpected structure"}.` };
  }
  const cells = parsed.data.cells;
  if (cells.length > IPYNB_LIMITS.maxCells) return { ok: false, error: `This notebook has ${cells.length} cells; up to ${IPYNB_LIMITS.maxCells} can be opened.` };
  const sources: string[] = [];
  let markdown = 0;
  let raw = 0;
  for (const [i, cell] of cells.entries()) {
    const source = join(cell.source);
    if (source.length > IPYNB_LIMITS.maxCellChars) return { ok: false, error: `Cell ${i + 1} has ${source.length.toLocaleString("en-US")} characters; up to ${IPYNB_LIMITS.maxCellChars.toLocaleString("en-US")} per cell can be opened.` };
    if (cell.cell_type === "code") sources.push(source);
    else if (cell.cell_type === "markdown") {
      markdown++;
      sources.push(source.split("\n").map((line) => `// ${line}`.trimEnd()).join("\n"));
    } else raw++;
  }
  const notes = [markdown > 0 ? `${markdown} markdown cell${markdown === 1 ? "" : "s"} came in as comments` : "", raw > 0 ? `${raw} raw cell${raw === 1 ? " was" : "s were"} left out` : ""].filter(Boolean);
  if (sources.length === 0) return { ok: false, error: "This notebook has no code or markdown cells to open." };
  return { ok: true, sources, skipped: notes.length > 0 ? `${notes.join("; ")}.` : null };
}
