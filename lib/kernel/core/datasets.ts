// zod/mini keeps the worker bundle small (full zod adds ~450 kB), as lib/kernel/protocol.ts does.
import * as z from "zod/mini";
import { decodeDigits, type DigitsData } from "./digits-format.ts";
import { gaussian, mulberry32 } from "./prng.ts";
import type { AssetLoader, TF } from "./types.ts";

/**
 * `datasets` in cells (docs/authoring.md). digits and iris load a file once through the host's
 * loader (and are async); the generated sets are deterministic for a given seed.
 */
const irisFile = z.object({
  features: z.array(z.array(z.number()).check(z.length(4))),
  labels: z.array(z.int().check(z.minimum(0))),
  classNames: z.array(z.string()),
});

export type IrisFile = z.infer<typeof irisFile>;

function positiveInt(value: unknown, name: string, fallback: number): number {
  const n = value === undefined ? fallback : value;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1) throw new Error(`${name} should be a positive whole number, got ${String(value)}`);
  return n;
}

function nonNegative(value: unknown, name: string, fallback: number): number {
  const n = value === undefined ? fallback : value;
  if (typeof n !== "number" || !Number.isFinite(n) || n < 0) throw new Error(`${name} should be a number ≥ 0, got ${String(value)}`);
  return n;
}

/** Which dataset files a cell's source refers to, so they can be loaded before it runs. */
function datasetFilesUsedBy(source: string): Array<"digits" | "iris"> {
  return (["digits", "iris"] as const).filter((name) => new RegExp(`\\b${name}\\s*\\(`).test(source));
}

/**
 * digits and iris come from files. The kernel preloads the files a cell mentions before running it
 * (`preload`), so `datasets.digits(500)` works with or without `await`; a call the preload could not
 * foresee returns a promise instead.
 */
export function createDatasets(tf: TF, loadAsset?: AssetLoader) {
  let digitsFile: Promise<DigitsData> | null = null;
  let irisData: Promise<IrisFile> | null = null;
  let digitsReady: DigitsData | null = null;
  let irisReady: IrisFile | null = null;

  const load = (name: string): Promise<ArrayBuffer> => {
    if (!loadAsset) return Promise.reject(new Error(`The dataset file ${name} is not available in this kernel`));
    return loadAsset(name);
  };
  const retryable = <T>(promise: Promise<T>, reset: () => void) =>
    promise.catch((error: unknown) => {
      reset();
      throw error;
    });
  const loadDigits = () => {
    digitsFile ??= retryable(load("digits.bin").then(decodeDigits), () => (digitsFile = null));
    return digitsFile.then((file) => (digitsReady = file));
  };
  const loadIris = () => {
    irisData ??= retryable(
      load("iris.json").then((buffer) => irisFile.parse(JSON.parse(new TextDecoder().decode(buffer)))),
      () => (irisData = null),
    );
    return irisData.then((data) => (irisReady = data));
  };

  const digitsFrom = (file: DigitsData, count?: number) => {
    const n = positiveInt(count, "datasets.digits(count): count", file.count);
    if (n > file.count) throw new Error(`datasets.digits has ${file.count} samples; asked for ${n}`);
    const size = file.rows * file.cols;
    const pixels = new Float32Array(n * size);
    for (let i = 0; i < pixels.length; i++) pixels[i] = (file.pixels[i] ?? 0) / 255;
    return {
      images: tf.tensor2d(pixels, [n, size]),
      labels: tf.tensor1d(Int32Array.from(file.labels.subarray(0, n)), "int32"),
    };
  };
  const irisFrom = (data: IrisFile) => ({
    features: tf.tensor2d(data.features),
    labels: tf.tensor1d(data.labels, "int32"),
    classNames: [...data.classNames],
  });
  type Digits = ReturnType<typeof digitsFrom>;
  type Iris = ReturnType<typeof irisFrom>;

  return {
    /** Loads the dataset files a cell's source mentions (called by the kernel before each run). */
    async preload(source: string): Promise<void> {
      const used = datasetFilesUsedBy(source);
      await Promise.all(used.map((name) => (name === "digits" ? loadDigits() : loadIris())));
    },

    /** Handwritten digits: images [n, 784] in 0–1 and int32 labels, up to 5,000 samples. */
    digits(count?: number): Digits {
      if (digitsReady) return digitsFrom(digitsReady, count);
      return loadDigits().then((file) => digitsFrom(file, count)) as unknown as Digits;
    },

    /** Fisher's iris: features [150, 4], int32 labels, and the three class names. */
    iris(): Iris {
      if (irisReady) return irisFrom(irisReady);
      return loadIris().then(irisFrom) as unknown as Iris;
    },

    /** Interleaved spirals, one arm per class (the classic non-linear classification set). */
    spirals(options: { count?: number; classes?: number; noise?: number; seed?: number } = {}) {
      const count = positiveInt(options.count, "spirals count", 300);
      const classes = positiveInt(options.classes, "spirals classes", 3);
      const noise = nonNegative(options.noise, "spirals noise", 0.2);
      const normal = gaussian(mulberry32(options.seed ?? 42));
      const perClass = Math.ceil(count / classes);
      const points: number[] = [];
      const labels: number[] = [];
      for (let i = 0; i < count; i++) {
        const k = i % classes;
        const j = Math.floor(i / classes);
        const r = perClass > 1 ? j / (perClass - 1) : 0;
        const t = (k * 4) + 4 * r + normal() * noise;
        points.push(r * Math.sin(t), r * Math.cos(t));
        labels.push(k);
      }
      return { points: tf.tensor2d(points, [count, 2]), labels: tf.tensor1d(labels, "int32") };
    },

    /** y = sin(x) plus Gaussian noise, x sorted over [-π, π]. */
    sine(options: { count?: number; noise?: number; seed?: number } = {}) {
      const count = positiveInt(options.count, "sine count", 200);
      const noise = nonNegative(options.noise, "sine noise", 0.1);
      const random = mulberry32(options.seed ?? 42);
      const normal = gaussian(random);
      const xs = Array.from({ length: count }, () => (random() * 2 - 1) * Math.PI).sort((a, b) => a - b);
      const ys = xs.map((x) => Math.sin(x) + normal() * noise);
      return { x: tf.tensor2d(xs, [count, 1]), y: tf.tensor2d(ys, [count, 1]) };
    },

    /** The four XOR points. */
    xor() {
      return {
        x: tf.tensor2d([[0, 0], [0, 1], [1, 0], [1, 1]]),
        y: tf.tensor2d([[0], [1], [1], [0]]),
      };
    },
  };
}

export type Datasets = ReturnType<typeof createDatasets>;
