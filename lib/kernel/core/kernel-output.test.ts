import { beforeAll, describe, expect, it } from "vitest";
import { LIBRARY_WARNING_PREFIX, OUTPUT_LIMITS } from "../outputs.ts";
import { createTestKernel, notices, resultOf, streamText, useCpuBackend } from "./test-helpers.ts";

beforeAll(useCpuBackend);

describe("KernelCore: console capture", () => {
  it("sends log/info/debug to stdout and warn/error to stderr, formatted like a console", async () => {
    const k = createTestKernel();
    const r = await k.run("console.log('n=%d', 3.7, { a: [1, 2] });\nconsole.info('info');\nconsole.debug('debug');\nconsole.warn('careful');\nconsole.error(new Error('bad'));");
    expect(streamText(r.outputs)).toBe("n=3 { a: [ 1, 2 ] }\ninfo\ndebug\n");
    expect(streamText(r.outputs, "stderr")).toBe("careful\nError: bad\n");
  });

  it("captures tensor.print() and model.summary(), which tfjs sends to the real console", async () => {
    const k = createTestKernel();
    const r = await k.run("tf.tensor([1, 2]).print();\ntf.sequential({ layers: [tf.layers.dense({ units: 2, inputShape: [3] })] }).summary();");
    const text = streamText(r.outputs);
    expect(text).toMatch(/^Tensor\n {4}\[1, 2\]\n/);
    expect(text).toMatch(/Total params: 8/);
  });

  it("shows a warning TensorFlow.js prints during a run under that cell, once", async () => {
    const k = createTestKernel();
    const source = [
      "const layer = tf.layers.dense({ units: 1, inputShape: [1] });",
      "const model = tf.sequential({ layers: [layer] });",
      "layer.trainable = false;",
      "model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });",
      "layer.trainable = true;",
      "const x = tf.ones([4, 1]);",
      "await model.fit(x, x, { epochs: 3, batchSize: 2 });",
      "x.dispose(); model.dispose();",
    ].join("\n");
    const r = await k.run(source);
    const warnings = notices(r.outputs).filter((text) => text.startsWith(LIBRARY_WARNING_PREFIX));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/Discrepancy between trainableweights and collected trainable weights/);
    // The next run starts clean: the warning belonged to the run that caused it.
    expect(notices((await k.run("1 + 1")).outputs)).toEqual([]);
  });

  it("merges consecutive chunks into one stream output", async () => {
    const k = createTestKernel();
    const r = await k.run("for (let i = 0; i < 50; i++) console.log(i);");
    const streams = r.outputs.filter((o) => o.type === "stream");
    expect(streams).toHaveLength(1);
    expect(streamText(r.outputs).split("\n")).toHaveLength(51);
  });

  it("flushes merged output during a long synchronous cell", async () => {
    const k = createTestKernel();
    const r = await k.run("for (let i = 0; i < 3; i++) { console.log(i); const t = Date.now(); while (Date.now() - t < 60) {} }");
    expect(r.outputs.filter((o) => o.type === "stream").length).toBeGreaterThanOrEqual(2);
    expect(streamText(r.outputs)).toBe("0\n1\n2\n");
  });
});

describe("KernelCore: output caps", () => {
  it("caps a flood of console output with one notice", async () => {
    const k = createTestKernel();
    const start = performance.now();
    const r = await k.run("for (let i = 0; i < 1_000_000; i++) console.log('line', i);");
    expect(r.status).toBe("ok");
    expect(streamText(r.outputs).length).toBe(OUTPUT_LIMITS.maxStreamChars);
    expect(notices(r.outputs)).toEqual([expect.stringMatching(/^Output truncated after 200,000 characters/)]);
    expect(performance.now() - start).toBeLessThan(3_000);
  });

  it("caps the number of messages", async () => {
    const k = createTestKernel();
    const r = await k.run("for (let i = 0; i < 5_000; i++) display(i);\n'done'");
    expect(r.outputs.filter((o) => o.type === "display")).toHaveLength(OUTPUT_LIMITS.maxMessages);
    expect(notices(r.outputs)).toEqual([expect.stringMatching(/after 1,000 messages/)]);
    // The result is not output of the flood: it still shows.
    expect(resultOf(r.outputs)).toMatchObject({ repr: '"done"' });
  });

  it("cuts a single 50 MB string before emitting it", async () => {
    const k = createTestKernel();
    const r = await k.run("const big = 'x'.repeat(50_000_000);\nconsole.log(big);\nbig");
    const text = streamText(r.outputs);
    expect(text.length).toBe(OUTPUT_LIMITS.maxStreamChars);
    expect(notices(r.outputs)).toHaveLength(1);
    const result = resultOf(r.outputs);
    expect(result).toMatchObject({ kind: "primitive", jsType: "string" });
    expect((result as { repr: string }).repr.length).toBeLessThan(OUTPUT_LIMITS.maxStringChars + 100);
    expect((result as { repr: string }).repr).toMatch(/49,990,000 more characters/);
  });
});

describe("KernelCore: results and memory", () => {
  it("shows a tensor result with shape, dtype and values, and reports tensor counts", async () => {
    const k = createTestKernel();
    const r = await k.run("const t = tf.tensor2d([[1, 2], [3, 4]]);\nt");
    expect(resultOf(r.outputs)).toEqual({ kind: "tensor", shape: [2, 2], dtype: "float32", size: 4, preview: "[[1, 2],\n [3, 4]]", truncated: false });
    expect(r.tensorDelta).toBe(1);
    expect(r.numTensors).toBeGreaterThanOrEqual(1);
  });

  it("warns about tensors no top-level name holds", async () => {
    const k = createTestKernel();
    const r = await k.run("tf.ones([2]).add(1);\nconst kept = tf.zeros([3]);\nconst holder = { inner: { deep: tf.ones([1]) } };");
    expect(r.tensorDelta).toBe(4);
    expect(notices(r.outputs)).toEqual([expect.stringMatching(/^2 tensors created by this cell are still in memory.*tf\.tidy/)]);
  });

  it("does not warn when temporaries are tidied or disposed", async () => {
    const k = createTestKernel();
    const r = await k.run("const y = tf.tidy(() => tf.ones([2]).add(1).square());\nconst tmp = tf.ones([2]);\ntmp.dispose();\nconst items = [tf.scalar(1), tf.scalar(2)];");
    expect(notices(r.outputs)).toEqual([]);
    expect(r.tensorDelta).toBe(3);
  });

  it("disposes a tensor when its name is rebound by a re-run", async () => {
    const k = createTestKernel();
    const first = await k.run("const weights = tf.randomNormal([100, 100]);", { cellId: "w" });
    const old = k.core.scope.weights as { isDisposed: boolean };
    const second = await k.run("const weights = tf.randomNormal([100, 100]);", { cellId: "w" });
    expect(old.isDisposed).toBe(true);
    expect(second.tensorDelta).toBe(0);
    expect(second.numTensors).toBe(first.numTensors);
  });

  it("keeps a rebound tensor that another name still holds", async () => {
    const k = createTestKernel();
    await k.run("let a = tf.ones([2]);\nconst b = a;");
    const old = k.core.scope.a as { isDisposed: boolean };
    await k.run("a = tf.zeros([2]);");
    expect(old.isDisposed).toBe(false);
  });

  it("trains a model with live curves and no leak warning", async () => {
    const k = createTestKernel();
    const source = [
      "const { x, y } = datasets.xor();",
      "const model = tf.sequential({ layers: [tf.layers.dense({ units: 4, inputShape: [2], activation: 'relu' }), tf.layers.dense({ units: 1 })] });",
      "model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });",
      "const history = await model.fit(x, y, { epochs: 5, callbacks: display.fitCallbacks({ title: 'XOR' }) });",
      "model",
    ].join("\n");
    const r = await k.run(source);
    expect(r.status).toBe("ok");
    expect(notices(r.outputs)).toEqual([]);
    const chart = r.outputs.find((o) => o.type === "display" && o.data.kind === "chart");
    expect(chart).toMatchObject({ data: { spec: { title: "XOR", series: [{ name: "loss" }] } } });
    const points = r.outputs.flatMap((o) => (o.type === "display" && o.data.kind === "chart-update" ? o.data.points : []));
    expect(points.map((p) => p.x)).toEqual([1, 2, 3, 4, 5]);
    expect(resultOf(r.outputs)).toMatchObject({ kind: "model", summary: expect.arrayContaining([expect.stringMatching(/Total params: 17/)]) });
  });
});
