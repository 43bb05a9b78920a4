import { beforeAll, describe, expect, it } from "vitest";
import type { DisplayData, Output } from "../outputs.ts";
import { createTestKernel, errorOf, resultOf, useCpuBackend } from "./test-helpers.ts";

beforeAll(useCpuBackend);

function displays(outputs: Output[]): DisplayData[] {
  return outputs.flatMap((o) => (o.type === "display" ? [o.data] : []));
}

describe("display API", () => {
  it("shows a value with the inspector and returns nothing", async () => {
    const k = createTestKernel();
    const r = await k.run("display({ a: 1 })");
    expect(displays(r.outputs)).toEqual([{ kind: "value", value: { kind: "object", ctor: "Object", entries: [["a", { kind: "primitive", jsType: "number", repr: "1" }]], truncated: false } }]);
    expect(resultOf(r.outputs)).toBeUndefined();
  });

  it("builds tables from objects, arrays, { columns, rows } and rank-2 tensors", async () => {
    const k = createTestKernel();
    const r = await k.run([
      "display.table([{ name: 'a', n: 1 }, { name: 'b', extra: true }]);",
      "display.table({ columns: ['x', 'y'], rows: [[1, 2]] });",
      "display.table(tf.tensor2d([[1, 2], [3, 4]]));",
    ].join("\n"));
    expect(displays(r.outputs)).toEqual([
      { kind: "table", columns: ["name", "n", "extra"], rows: [["a", 1, null], ["b", null, true]], truncated: false },
      { kind: "table", columns: ["x", "y"], rows: [[1, 2]], truncated: false },
      { kind: "table", columns: ["0", "1"], rows: [[1, 2], [3, 4]], truncated: false },
    ]);
  });

  it("turns a [h, w] tensor in 0–1 into RGBA pixels", async () => {
    const k = createTestKernel();
    const r = await k.run("display.image(tf.tensor2d([[0, 1], [0.5, 2]]), { label: 'four', scale: 3 })");
    const [image] = displays(r.outputs);
    expect(image).toMatchObject({ kind: "image", width: 2, height: 2, scale: 3, label: "four" });
    const pixels = Array.from((image as { pixels: Uint8ClampedArray }).pixels);
    expect(pixels).toEqual([0, 0, 0, 255, 255, 255, 255, 255, 128, 128, 128, 255, 255, 255, 255, 255]);
  });

  it("shows an RGB image", async () => {
    const k = createTestKernel();
    const r = await k.run("display.image(tf.tensor3d([[[1, 0, 0]]]))");
    expect(Array.from((displays(r.outputs)[0] as { pixels: Uint8ClampedArray }).pixels)).toEqual([255, 0, 0, 255]);
  });

  it("shows a grid of digits with labels", async () => {
    const k = createTestKernel();
    const r = await k.run("const d = await datasets.digits(12);\ndisplay.images(d.images, { labels: d.labels, cols: 4 })");
    const [grid] = displays(r.outputs);
    expect(grid).toMatchObject({ kind: "images", width: 28, height: 28, cols: 4 });
    const images = (grid as { images: Array<{ pixels: Uint8ClampedArray; label?: string }> }).images;
    expect(images).toHaveLength(12);
    expect(images[0]?.pixels.length).toBe(28 * 28 * 4);
    expect(images.every((img) => /^[0-9]$/.test(img.label ?? ""))).toBe(true);
  });

  it("sends a chart spec and rejects a malformed one clearly", async () => {
    const k = createTestKernel();
    const r = await k.run("display.chart({ type: 'scatter', title: 't', series: [{ name: 's', x: [1, 2], y: tf.tensor([3, 4]) }] })");
    expect(displays(r.outputs)[0]).toMatchObject({ kind: "chart", spec: { type: "scatter", title: "t", series: [{ name: "s", x: [1, 2], y: [3, 4] }] } });
    const bad = await k.run("display.chart({ type: 'pie', series: [] })");
    expect(errorOf(bad.outputs)?.evalue).toMatch(/type should be "line", "scatter" or "bar"/);
  });

  it("fitCallbacks adds batch points for long epochs and validation curves", async () => {
    const k = createTestKernel();
    const r = await k.run([
      "const xs = tf.randomUniform([400, 2]);",
      "const ys = xs.sum(1, true);",
      "const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [2] })] });",
      "model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });",
      "await model.fit(xs, ys, { epochs: 2, batchSize: 10, validationSplit: 0.25, callbacks: display.fitCallbacks() });",
    ].join("\n"));
    const [chart, ...updates] = displays(r.outputs);
    expect(chart).toMatchObject({ kind: "chart", spec: { series: [{ name: "loss" }, { name: "val_loss" }] } });
    const points = updates.flatMap((u) => (u.kind === "chart-update" ? u.points : []));
    const epochEnds = points.filter((p) => Number.isInteger(p.x));
    expect(points.filter((p) => p.series === "val_loss").map((p) => p.x)).toEqual([1, 2]);
    expect(points.filter((p) => p.series === "loss" && !Number.isInteger(p.x)).length).toBeGreaterThanOrEqual(10);
    expect(epochEnds.length).toBeGreaterThanOrEqual(4);
  });
});
