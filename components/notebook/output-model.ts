/**
 * How a cell's output list grows: consecutive chunks of one stream merge (nbformat), a
 * chart-update appends points to its chart, and the list is capped as a last line of defence
 * (the kernel caps output where it is produced).
 */
import { OUTPUT_LIMITS, type DisplayData, type Output } from "@/lib/kernel/outputs";

type Chart = Extract<DisplayData, { kind: "chart" }>;
type ChartUpdate = Extract<DisplayData, { kind: "chart-update" }>;

const MAX_ITEMS = OUTPUT_LIMITS.maxMessages + 10;
const MAX_STREAM_CHARS = OUTPUT_LIMITS.maxStreamChars * 2;
export const UI_TRUNCATION_NOTICE = "Output truncated: this cell printed too much to show.";

export function appendOutputs(items: readonly Output[], incoming: readonly Output[]): Output[] {
  const next = [...items];
  for (const output of incoming) {
    if (next.some((item) => item.type === "notice" && item.text === UI_TRUNCATION_NOTICE)) break;
    if (output.type === "display" && output.data.kind === "chart-update") {
      applyChartUpdate(next, output.data);
      continue;
    }
    const last = next[next.length - 1];
    if (output.type === "stream" && last?.type === "stream" && last.name === output.name) {
      next[next.length - 1] = { ...last, text: last.text + output.text };
    } else {
      next.push(output);
    }
    if (next.length > MAX_ITEMS || streamChars(next) > MAX_STREAM_CHARS) {
      next.push({ type: "notice", level: "warning", text: UI_TRUNCATION_NOTICE });
    }
  }
  return next;
}

function streamChars(items: readonly Output[]): number {
  let total = 0;
  for (const item of items) if (item.type === "stream") total += item.text.length;
  return total;
}

function applyChartUpdate(items: Output[], update: ChartUpdate): void {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item?.type !== "display" || item.data.kind !== "chart" || item.data.chartId !== update.chartId) continue;
    items[i] = { type: "display", data: appendPoints(item.data, update) };
    return;
  }
}

function appendPoints(chart: Chart, update: ChartUpdate): Chart {
  const series = chart.spec.series.map((s) => ({ ...s, x: s.x ? [...s.x] : undefined, y: [...s.y] }));
  for (const point of update.points) {
    let target = series.find((s) => s.name === point.series);
    if (!target) {
      target = { name: point.series, x: [], y: [] };
      series.push(target);
    }
    // A series without explicit x uses 0..n-1; materialise it before appending a real x.
    target.x ??= target.y.map((_, index) => index);
    target.x.push(point.x);
    target.y.push(point.y);
  }
  return { ...chart, spec: { ...chart.spec, series } };
}

/** The first error output's line in the cell, for highlighting. */
export function errorLine(items: readonly Output[]): number | null {
  for (const item of items) if (item.type === "error" && item.line !== undefined) return item.line;
  return null;
}
