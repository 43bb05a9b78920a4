/**
 * Turns a kernel ChartSpec into a chart.js configuration (pure, so it is unit-tested).
 * Line and scatter series are {x, y} points on a linear x axis; bar series share category labels.
 */
import type { ChartSpec } from "@/lib/kernel/outputs";

/** Colour-blind-safe palette (Okabe–Ito). */
const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"];

export interface ChartConfig {
  type: "line" | "scatter" | "bar";
  data: { labels?: Array<string | number>; datasets: Array<Record<string, unknown>> };
  options: Record<string, unknown>;
}

export function chartConfig(spec: ChartSpec): ChartConfig {
  const datasets = spec.series.map((series, index) => {
    const color = PALETTE[index % PALETTE.length];
    const base = { label: series.name, borderColor: color, backgroundColor: color };
    if (spec.type === "bar") return { ...base, data: series.y };
    const data = series.y.map((y, i) => ({ x: Number(series.x?.[i] ?? i), y }));
    return { ...base, data, showLine: spec.type === "line", pointRadius: spec.type === "line" ? 0 : 3, borderWidth: 2 };
  });
  const axis = (title: string | undefined, type?: string) => ({ ...(type ? { type } : {}), title: { display: Boolean(title), text: title ?? "" } });
  return {
    type: spec.type === "bar" ? "bar" : "scatter",
    data: spec.type === "bar" ? { labels: spec.series[0]?.x ?? spec.series[0]?.y.map((_, i) => i) ?? [], datasets } : { datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      parsing: spec.type === "bar" ? undefined : false,
      plugins: { title: { display: Boolean(spec.title), text: spec.title ?? "" }, legend: { display: spec.series.length > 1 } },
      scales: { x: axis(spec.xLabel, spec.type === "bar" ? undefined : "linear"), y: axis(spec.yLabel) },
    },
  };
}
