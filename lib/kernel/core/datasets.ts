// zod/mini keeps the worker bundle small (full zod adds ~450 kB), as lib/kernel/protocol.ts does.
import * as z from "zod/mini";
import { decodeDigits, type DigitsData } from "./digits-format.ts";
import { positiveInt } from "./dataset-args.ts";
import { createSyntheticDatasets } from "./synthetic-datasets.ts";
import type { AssetLoader, TF } from "./types.ts";

/**
 * `datasets` in cells (docs/authoring.md). digits, iris and cars load a file once through the host's
 * loader (and are async); the generated sets are deterministic for a given seed.
 */
const irisFile = z.object({
  features: z.array(z.array(z.number()).check(z.length(4))),
  labels: z.array(z.int().check(z.minimum(0))),
  classNames: z.array(z.string()),
});

export type IrisFile = z.infer<typeof irisFile>;

/** One car as vega-datasets publishes it: missing values are null, the year is a date string. */
const carRow = z.object({
  Name: z.string(),
  Miles_per_Gallon: z.nullable(z.number()),
  Cylinders: z.number(),
  Displacement: z.number(),
  Horsepower: z.nullable(z.number()),
  Weight_in_lbs: z.number(),
  Acceleration: z.number(),
  Year: z.string(),
  Origin: z.string(),
});
const carsFile = z.array(carRow);

export type CarRow = z.infer<typeof carRow>;

/** The course's own corpus (lessons/datasets/sentences.tsv), as scripts/build-datasets.ts writes it. */
const sentencesFile = z
  .object({
    texts: z.array(z.string()),
    labels: z.array(z.int().check(z.minimum(0))),
    classNames: z.array(z.string()),
  })
  .check(z.refine((f) => f.texts.length === f.labels.length && f.labels.every((l) => l < f.classNames.length), "texts and labels disagree"));

export type SentencesFile = z.infer<typeof sentencesFile>;

/** Which dataset files a cell's source refers to, so they can be loaded before it runs. */
const datasetFiles = ["digits", "iris", "cars", "sentences"] as const;
function datasetFilesUsedBy(source: string): Array<(typeof datasetFiles)[number]> {
  return datasetFiles.filter((name) => new RegExp(`\\b${name}\\s*\\(`).test(source));
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
  let carsData: Promise<CarRow[]> | null = null;
  let carsReady: CarRow[] | null = null;
  let sentencesData: Promise<SentencesFile> | null = null;
  let sentencesReady: SentencesFile | null = null;

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
  const loadCars = () => {
    carsData ??= retryable(
      load("cars.json").then((buffer) => carsFile.parse(JSON.parse(new TextDecoder().decode(buffer)))),
      () => (carsData = null),
    );
    return carsData.then((rows) => (carsReady = rows));
  };
  const loadSentences = () => {
    sentencesData ??= retryable(
      load("sentences.json").then((buffer) => sentencesFile.parse(JSON.parse(new TextDecoder().decode(buffer)))),
      () => (sentencesData = null),
    );
    return sentencesData.then((data) => (sentencesReady = data));
  };
  const sentencesFrom = (data: SentencesFile) => ({ texts: [...data.texts], labels: [...data.labels], classNames: [...data.classNames] });
  // Each call gets its own copy: a cell that cleans the rows in place cannot change the next call's.
  const carsFrom = (rows: CarRow[]) => rows.map((row) => ({ ...row }));

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
      const loaders = { digits: loadDigits, iris: loadIris, cars: loadCars, sentences: loadSentences };
      await Promise.all(used.map((name) => loaders[name]()));
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

    /** 406 real cars (vega-datasets), raw: mpg and horsepower are null where unknown, Year is "1970-01-01". */
    cars(): CarRow[] {
      if (carsReady) return carsFrom(carsReady);
      return loadCars().then(carsFrom) as unknown as CarRow[];
    },

    /** 640 short English sentences written for the course, 160 each about weather, sport, food and technology. */
    sentences(): { texts: string[]; labels: number[]; classNames: string[] } {
      if (sentencesReady) return sentencesFrom(sentencesReady);
      return loadSentences().then(sentencesFrom) as unknown as ReturnType<typeof sentencesFrom>;
    },

    ...createSyntheticDatasets(tf),
  };
}

export type Datasets = ReturnType<typeof createDatasets>;
