import { OUTPUT_LIMITS, type Output } from "../outputs.ts";
import { toChartSpec } from "./chart-spec.ts";
import { createFitCallbacks, type FitCallbackDeps } from "./fit-callbacks.ts";
import { defaultScale, imageGeometry, tensorImage, toRgba } from "./images.ts";
import { inspect } from "./serialise.ts";
import { toTable } from "./table.ts";
import { isTensorLike } from "./tensor-format.ts";

/**
 * The display API cells use (docs/authoring.md). Every function returns undefined, so a
 * `display…(…)` on a cell's last line does not also show a result.
 */
export type DisplayDeps = FitCallbackDeps;

interface ImagesOptions {
  cols?: number;
  labels?: unknown;
  scale?: number;
  width?: number;
  height?: number;
}

function labelList(labels: unknown): string[] | undefined {
  if (labels === undefined || labels === null) return undefined;
  if (isTensorLike(labels)) return Array.from(labels.dataSync(), String);
  if (Array.isArray(labels) || ArrayBuffer.isView(labels)) return Array.from(labels as ArrayLike<unknown>, String);
  throw new Error("display.images: labels should be an array or a tensor");
}

function imagesData(value: unknown, options: ImagesOptions): Output {
  if (!isTensorLike(value) || value.shape.length < 2) {
    throw new Error("display.images needs a tensor [n, h, w], [n, h, w, c] or [n, h*w] with values in 0–1");
  }
  const [count = 0, ...one] = value.shape;
  const { width, height, channels } = imageGeometry(one, options);
  const n = Math.min(count, OUTPUT_LIMITS.maxImages);
  const values = value.dataSync() as ArrayLike<number>;
  const labels = labelList(options.labels);
  const stride = width * height * channels;
  const images = Array.from({ length: n }, (_, i) => {
    const label = labels?.[i];
    const pixels = toRgba(values, i * stride, width, height, channels);
    return label === undefined ? { pixels } : { pixels, label };
  });
  const cols = Math.max(1, Math.min(options.cols ?? 10, n || 1));
  const scale = options.scale ?? defaultScale(width, height);
  return { type: "display", data: { kind: "images", width, height, images, cols, scale } };
}

export function createDisplay(deps: DisplayDeps) {
  const emit = (data: Extract<Output, { type: "display" }>["data"]) => deps.emit({ type: "display", data });
  const display = (value: unknown): void => {
    emit({ kind: "value", value: inspect(value) });
  };
  display.table = (rows: unknown): void => {
    emit(toTable(rows));
  };
  display.image = (tensor: unknown, options: { scale?: number; label?: string } = {}): void => {
    const { width, height, pixels } = tensorImage(tensor);
    const image = { kind: "image" as const, width, height, pixels, scale: options.scale ?? defaultScale(width, height) };
    emit(options.label === undefined ? image : { ...image, label: String(options.label) });
  };
  display.images = (tensor: unknown, options: ImagesOptions = {}): void => {
    deps.emit(imagesData(tensor, options));
  };
  display.chart = (spec: unknown): void => {
    emit({ kind: "chart", chartId: deps.nextChartId(), spec: toChartSpec(spec) });
  };
  display.fitCallbacks = (options: { metrics?: string[]; title?: string } = {}) => createFitCallbacks(deps, options);
  return display;
}

