import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { datasetFileNames } from "./dataset-files.ts";
import { createDatasets } from "./datasets.ts";
import { createNodeAssetLoader } from "./node-assets.ts";
import { createTestKernel, datasetDir, resultOf, tf, useCpuBackend } from "./test-helpers.ts";

beforeAll(async () => {
  await useCpuBackend();
  // The files are build output (gitignored); make them when a fresh checkout lacks them.
  if (!datasetFileNames.every((file) => existsSync(path.join(datasetDir, file)))) {
    execFileSync("npx", ["tsx", "scripts/build-datasets.ts"], { cwd: path.resolve(datasetDir, "../../..") });
  }
});

const datasets = () => createDatasets(tf, createNodeAssetLoader(datasetDir));

describe("datasets", () => {
  it("loads digits as [n, 784] in 0–1 with a fair mix of int32 labels", async () => {
    const { images, labels } = await datasets().digits(200);
    expect(images.shape).toEqual([200, 784]);
    expect(labels.dtype).toBe("int32");
    expect(images.max().dataSync()[0]).toBeLessThanOrEqual(1);
    expect(images.min().dataSync()[0]).toBeGreaterThanOrEqual(0);
    const counts = tf.oneHot(labels, 10).sum(0).dataSync();
    expect(Math.min(...counts)).toBeGreaterThan(5);
    expect((await datasets().digits()).images.shape).toEqual([5000, 784]);
  });

  it("rejects a bad digits count", async () => {
    await expect(datasets().digits(0)).rejects.toThrow(/positive whole number/);
    await expect(datasets().digits(6000)).rejects.toThrow(/has 5000 samples/);
  });

  it("loads the course's sentences with their topics, a fresh copy each call", async () => {
    const source = datasets();
    const { texts, labels, classNames } = await source.sentences();
    expect(classNames).toEqual(["weather", "sport", "food", "technology"]);
    expect(texts).toHaveLength(640);
    expect(labels).toHaveLength(640);
    for (let c = 0; c < 4; c++) expect(labels.filter((l) => l === c)).toHaveLength(160);
    // Every block of 40 rows holds 10 of each topic, so a split by position is balanced (docs/authoring.md).
    for (let block = 0; block < 640; block += 40) {
      for (let c = 0; c < 4; c++) expect(labels.slice(block, block + 40).filter((l) => l === c)).toHaveLength(10);
    }
    expect(texts[0]).toBe("The smart fridge tells you when the milk is running low.");
    texts[0] = "changed";
    labels[0] = 99;
    const again = await source.sentences();
    expect([again.texts[0], again.labels[0]]).toEqual(["The smart fridge tells you when the milk is running low.", 3]);
  });

  it("loads the cars raw, missing values and all, and gives every call its own copy", async () => {
    const source = datasets();
    const cars = await source.cars();
    expect(cars).toHaveLength(406);
    expect(cars[0]).toEqual({
      Name: "chevrolet chevelle malibu", Miles_per_Gallon: 18, Cylinders: 8, Displacement: 307, Horsepower: 130,
      Weight_in_lbs: 3504, Acceleration: 12, Year: "1970-01-01", Origin: "USA",
    });
    expect(cars.filter((c) => c.Horsepower === null)).toHaveLength(6);
    expect(cars.filter((c) => c.Miles_per_Gallon === null)).toHaveLength(8);
    expect(new Set(cars.map((c) => c.Origin))).toEqual(new Set(["USA", "Europe", "Japan"]));
    cars[0]!.Horsepower = -1;
    expect((await source.cars())[0]!.Horsepower).toBe(130);
  });

  it("loads iris", async () => {
    const { features, labels, classNames } = await datasets().iris();
    expect(features.shape).toEqual([150, 4]);
    expect(labels.shape).toEqual([150]);
    expect(classNames).toEqual(["setosa", "versicolor", "virginica"]);
  });

  it("says clearly when no loader is available", async () => {
    await expect(createDatasets(tf).iris()).rejects.toThrow(/iris.json is not available/);
  });

  it("generates deterministic spirals, sine and xor", () => {
    const a = datasets().spirals({ count: 90, classes: 3, seed: 7 });
    const b = datasets().spirals({ count: 90, classes: 3, seed: 7 });
    const c = datasets().spirals({ count: 90, classes: 3, seed: 8 });
    expect(a.points.shape).toEqual([90, 2]);
    expect(Array.from(a.points.dataSync())).toEqual(Array.from(b.points.dataSync()));
    expect(Array.from(a.points.dataSync())).not.toEqual(Array.from(c.points.dataSync()));
    expect(Array.from(a.labels.dataSync()).slice(0, 4)).toEqual([0, 1, 2, 0]);
    const sine = datasets().sine({ count: 50, noise: 0 });
    expect(sine.x.shape).toEqual([50, 1]);
    const xs = sine.x.dataSync();
    expect(sine.y.dataSync()[10]).toBeCloseTo(Math.sin(xs[10] ?? 0), 5);
    expect(datasets().xor().y.dataSync()).toEqual(new Float32Array([0, 1, 1, 0]));
  });

  it("lets cells call digits and iris with or without await, since the kernel preloads what a cell mentions", async () => {
    const kernel = createTestKernel();
    const plain = await kernel.run("const d = datasets.digits(12);\nd.images.shape.join('x')");
    expect(plain.status).toBe("ok");
    expect(resultOf(plain.outputs)).toEqual({ kind: "primitive", jsType: "string", repr: '"12x784"' });
    const awaited = await kernel.run("const { features } = await datasets.iris();\nfeatures.shape.join('x')");
    expect(resultOf(awaited.outputs)).toEqual({ kind: "primitive", jsType: "string", repr: '"150x4"' });
  });
});
