import type { ChartSeries, ChartSpec, ChartType } from "../outputs.ts";
import { isTensorLike } from "./tensor-format.ts";

/** Validates a learner's chart spec into plain data. Tensors and typed arrays become numbers. */
const MAX_POINTS = 10_000;
const TYPES: ChartType[] = ["line", "scatter", "bar"];

function toList(value: unknown, what: string): unknown[] {
  if (isTensorLike(value)) return Array.from(value.dataSync());
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value;
  throw new Error(`display.chart: ${what} should be an array, a typed array or a tensor`);
}

function toSeries(raw: unknown, index: number): ChartSeries {
  if (typeof raw !== "object" || raw === null) throw new Error(`display.chart: series[${index}] should be { name, x?, y }`);
  const { name, x, y } = raw as { name?: unknown; x?: unknown; y?: unknown };
  const ys = toList(y, `series[${index}].y`).slice(0, MAX_POINTS).map(Number);
  const series: ChartSeries = { name: typeof name === "string" ? name : `series ${index + 1}`, y: ys };
  if (x !== undefined) {
    series.x = toList(x, `series[${index}].x`).slice(0, MAX_POINTS).map((v) => (typeof v === "string" ? v : Number(v)));
  }
  return series;
}

export function toChartSpec(input: unknown): ChartSpec {
  if (typeof input !== "object" || input === null) throw new Error("display.chart needs { type, series: [{ name, x?, y }] }");
  const { type = "line", title, xLabel, yLabel, series } = input as Record<string, unknown>;
  if (!TYPES.includes(type as ChartType)) throw new Error(`display.chart: type should be "line", "scatter" or "bar", not ${JSON.stringify(type)}`);
  if (!Array.isArray(series) || series.length === 0) throw new Error("display.chart: series should be a non-empty array of { name, x?, y }");
  const spec: ChartSpec = { type: type as ChartType, series: series.map(toSeries) };
  if (typeof title === "string") spec.title = title;
  if (typeof xLabel === "string") spec.xLabel = xLabel;
  if (typeof yLabel === "string") spec.yLabel = yLabel;
  return spec;
}
