import { formatInspect } from "@/lib/kernel/core/format-inspect";
import type { DisplayData, Output } from "@/lib/kernel/outputs";

/** Rows of a table `--outputs` prints before it says how many more there are. */
const TABLE_ROWS = 12;

function textTable(table: Extract<DisplayData, { kind: "table" }>): string[] {
  const shown = table.rows.slice(0, TABLE_ROWS).map((row) => row.map((cell) => (cell === null ? "" : String(cell))));
  const widths = table.columns.map((column, i) => Math.min(40, Math.max(column.length, ...shown.map((row) => (row[i] ?? "").length))));
  const line = (cells: string[]) => cells.map((cell, i) => cell.slice(0, 40).padEnd(widths[i]!)).join("  ").trimEnd();
  const lines = [line(table.columns), widths.map((w) => "-".repeat(w)).join("  "), ...shown.map(line)];
  const hidden = table.rows.length - shown.length;
  if (hidden > 0 || table.truncated) lines.push(`(${hidden > 0 ? `${hidden} more rows` : "more rows"} not shown)`);
  return lines;
}

const lastValue = (y: readonly number[]) => {
  const last = y.at(-1);
  return last === undefined ? "no points" : `last ${Number(last.toPrecision(4))} (${y.length} point${y.length === 1 ? "" : "s"})`;
};

/**
 * A run's outputs as plain text lines, the way `npm run lessons:check -- --outputs` prints them:
 * streams as written, values and tensors as the console shows them, tables as text tables, images
 * as their size, charts as each series' last value (live updates folded in), errors with the file
 * line when `firstLine` (the snippet's first code line) is given.
 */
export function outputLines(outputs: readonly Output[], firstLine?: number): string[] {
  const lines: string[] = [];
  const charts = new Map<string, { at: number; title: string; series: Map<string, number[]> }>();
  for (const output of outputs) {
    switch (output.type) {
      case "stream": {
        const text = output.text.replace(/\n$/, "");
        lines.push(...text.split("\n").map((l) => (output.name === "stderr" ? `stderr: ${l}` : l)));
        break;
      }
      case "result":
        lines.push(...`→ ${formatInspect(output.value)}`.split("\n"));
        break;
      case "notice":
        lines.push(`${output.level === "warning" ? "⚠" : "ℹ"} ${output.text}`);
        break;
      case "error": {
        const where = output.line !== undefined && firstLine !== undefined ? ` (line ${firstLine + output.line})` : "";
        lines.push(`✗ ${output.ename}: ${output.evalue}${where}`);
        break;
      }
      case "display": {
        const data = output.data;
        if (data.kind === "value") lines.push(...formatInspect(data.value).split("\n"));
        else if (data.kind === "table") lines.push(...textTable(data));
        else if (data.kind === "image") lines.push(`[image ${data.width}×${data.height}${data.label ? ` "${data.label}"` : ""}]`);
        else if (data.kind === "images") lines.push(`[${data.images.length} images ${data.width}×${data.height}]`);
        else if (data.kind === "chart") {
          const series = new Map(data.spec.series.map((s) => [s.name, [...s.y]]));
          charts.set(data.chartId, { at: lines.length, title: data.spec.title ?? data.spec.type, series });
          lines.push(""); // filled in below, once every update is in
        } else {
          const chart = charts.get(data.chartId);
          for (const point of data.points) {
            if (!chart) break;
            const ys = chart.series.get(point.series) ?? [];
            ys.push(point.y);
            chart.series.set(point.series, ys);
          }
        }
        break;
      }
    }
  }
  for (const chart of charts.values()) {
    const series = [...chart.series].map(([name, y]) => `${name} ${lastValue(y)}`).join("; ");
    lines[chart.at] = `[chart "${chart.title}": ${series || "no series"}]`;
  }
  return lines;
}
