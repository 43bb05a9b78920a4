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

/** A dataset file, fetched once through the host's loader on first use; a failed load is retried next time. */
interface LazyFile<T> {
  load(): Promise<T>;
  /** The decoded file once loaded, for calls that can answer without `await`. */
  ready: T | null;
}

const jsonOf =
  <T>(schema: { parse(value: unknown): T }) =>
  (buffer: ArrayBuffer): T =>
    schema.parse(JSON.parse(new TextDecoder().decode(buffer)));

/**
 * digits, iris, cars and sentences come from files. The kernel preloads the files a cell mentions
 * before running it (`preload`), so `datasets.digits(500)` works with or without `await`; a call the
 * preload could not foresee returns a promise instead.
 */
export function createDatasets(tf: TF, loadAsset?: AssetLoader) {
  const lazyFile = <T>(name: string, decode: (buffer: ArrayBuffer) => T): LazyFile<T> => {
    let pending: Promise<T> | null = null;
    const file: LazyFile<T> = {
      ready: null,
      load() {
        if (!loadAsset) return Promise.reject(new Error(`The dataset file ${name} is not available in this kernel`));
        pending ??= loadAsset(name)
          .then(decode)
          .catch((error: unknown) => {
            pending = null;
            throw error;
          });
        return pending.then((value) => (file.ready = value));
      },
    };
    return file;
  };
  /** build(file) at once when the file is loaded, otherwise a promise of it (typed as the value: see preload). */
  const fromFile = <T, R>(file: LazyFile<T>, build: (value: T) => R): R =>
    file.ready ? build(file.ready) : (file.load().then(build) as unknown as R);

  const files = {
    digits: lazyFile("digits.bin", decodeDigits),
    iris: lazyFile("iris.json", jsonOf(irisFile)),
    cars: lazyFile("cars.json", jsonOf(carsFile)),
    sentences: lazyFile("sentences.json", jsonOf(sentencesFile)),
  };
  /** The file-backed datasets a cell's source calls, so they can be loaded before it runs. */
  const usedBy = (source: string) => (Object.keys(files) as Array<keyof typeof files>).filter((name) => new RegExp(`\\b${name}\\s*\\(`).test(source));

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
  // Each call gets its own copy: a cell that cleans the rows in place cannot change the next call's.
  const carsFrom = (rows: CarRow[]) => rows.map((row) => ({ ...row }));
  const sentencesFrom = (data: SentencesFile) => ({ texts: [...data.texts], labels: [...data.labels], classNames: [...data.classNames] });

  return {
    /** Loads the dataset files a cell's source mentions (called by the kernel before each run). */
    async preload(source: string): Promise<void> {
      await Promise.all(usedBy(source).map((name) => files[name].load()));
    },

    /** Handwritten digits: images [n, 784] in 0–1 and int32 labels, up to 5,000 samples. */
    digits(count?: number) {
      return fromFile(files.digits, (file) => digitsFrom(file, count));
    },

    /** Fisher's iris: features [150, 4], int32 labels, and the three class names. */
    iris() {
      return fromFile(files.iris, irisFrom);
    },

    /** 406 real cars (vega-datasets), raw: mpg and horsepower are null where unknown, Year is "1970-01-01". */
    cars(): CarRow[] {
      return fromFile(files.cars, carsFrom);
    },

    /** 640 short English sentences written for the course, 160 each about weather, sport, food and technology. */
    sentences() {
      return fromFile(files.sentences, sentencesFrom);
    },

    ...createSyntheticDatasets(tf),
  };
}

export type Datasets = ReturnType<typeof createDatasets>;
