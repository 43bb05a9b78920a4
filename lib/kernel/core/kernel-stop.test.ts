import { beforeAll, describe, expect, it } from "vitest";
import { createTestKernel, errorOf, notices, resultOf, useCpuBackend } from "./test-helpers.ts";

beforeAll(useCpuBackend);

const xorModel = [
  "const model = tf.sequential();",
  "model.add(tf.layers.dense({ units: 8, inputShape: [2], activation: 'tanh' }));",
  "model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));",
  "model.compile({ optimizer: 'adam', loss: 'binaryCrossentropy' });",
  "const xs = tf.tensor2d([[0, 0], [0, 1], [1, 0], [1, 1]]);",
  "const ys = tf.tensor2d([[0], [1], [1], [0]]);",
].join("\n");

describe("KernelCore: stopping a cell keeps the kernel's state", () => {
  it("stops a sync infinite loop when host.shouldStop() says so", async () => {
    const k = createTestKernel();
    const start = performance.now();
    k.setShouldStop(() => performance.now() - start > 100);
    const r = await k.run("let spins = 0;\nwhile (true) { spins++; }");
    expect(r.status).toBe("interrupted");
    expect(notices(r.outputs)).toEqual(["Interrupted — the kernel's state is kept."]);
    expect(performance.now() - start).toBeLessThan(1_000);
    k.setShouldStop(() => false);
    expect(resultOf((await k.run("spins > 0")).outputs)).toMatchObject({ repr: "true" });
  });

  it("ends a runaway cell at its time limit, even inside a function from an earlier cell", async () => {
    const k = createTestKernel();
    await k.run("function spin() { for (;;) { for (let i = 0; i < 10; i++) {} } }");
    const r = await k.run("spin();", { timeLimitMs: 200 });
    expect(r.status).toBe("interrupted");
    expect(r.durationMs).toBeGreaterThanOrEqual(200);
    expect(r.durationMs).toBeLessThan(1_000);
    expect(notices(r.outputs)[0]).toMatch(/time limit of 200 ms/);
    expect((await k.run("1")).status).toBe("ok");
  });

  it("stops an async loop on interrupt()", async () => {
    const k = createTestKernel();
    setTimeout(() => k.core.interrupt(), 100);
    const start = performance.now();
    const r = await k.run("let ticks = 0;\nwhile (true) { await sleep(10); ticks++; }");
    expect(r.status).toBe("interrupted");
    expect(performance.now() - start).toBeLessThan(500);
    expect(resultOf((await k.run("ticks > 3")).outputs)).toMatchObject({ repr: "true" });
  });

  it("stops a pending await on interrupt()", async () => {
    const k = createTestKernel();
    setTimeout(() => k.core.interrupt(), 50);
    const r = await k.run("const before = 1;\nawait new Promise(() => {});");
    expect(r.status).toBe("interrupted");
    expect(r.durationMs).toBeLessThan(2_000);
    expect(resultOf((await k.run("before")).outputs)).toMatchObject({ repr: "1" });
  });

  it("stops a microtask-only loop", async () => {
    const k = createTestKernel();
    const r = await k.run("while (true) { await null; }", { timeLimitMs: 150 });
    expect(r.status).toBe("interrupted");
  });

  it("stops model.fit at the next batch and keeps the trained model", async () => {
    const k = createTestKernel();
    await k.run(xorModel);
    setTimeout(() => k.core.interrupt(), 300);
    const start = performance.now();
    const r = await k.run("let epochs = 0;\nawait model.fit(xs, ys, { epochs: 100000, callbacks: { onEpochEnd: () => { epochs++; } } });\nconsole.log('not reached');");
    expect(r.status).toBe("interrupted");
    expect(performance.now() - start).toBeLessThan(1_500);
    expect(r.outputs.some((o) => o.type === "stream")).toBe(false);
    const epochs = k.core.scope.epochs;
    await new Promise((resolve) => setTimeout(resolve, 150));
    // Training really ended: no epoch ran after the stop.
    expect(k.core.scope.epochs).toBe(epochs);
    const after = await k.run("[epochs > 0, model.predict(xs).shape[0]]");
    expect(resultOf(after.outputs)).toMatchObject({ items: [{ repr: "true" }, { repr: "4" }] });
  });

  it("stops model.fit through the host stop flag (with Callback instances) and at the time limit", async () => {
    const k = createTestKernel();
    await k.run(xorModel);
    const start = performance.now();
    k.setShouldStop(() => performance.now() - start > 300);
    const r = await k.run("let batches = 0;\nawait model.fit(xs, ys, { epochs: 100000, callbacks: [tf.callbacks.earlyStopping({ monitor: 'loss', patience: 1e9 }), new tf.CustomCallback({ onBatchEnd: () => { batches++; } })] });");
    expect(r.status).toBe("interrupted");
    const batches = k.core.scope.batches as number;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(batches).toBeGreaterThan(0);
    expect(k.core.scope.batches).toBe(batches);
    k.setShouldStop(() => false);
    const late = await k.run("await model.fit(xs, ys, { epochs: 100000 });", { timeLimitMs: 300 });
    expect(late.status).toBe("interrupted");
    expect(notices(late.outputs)[0]).toMatch(/time limit of 300 ms/);
  });

  it("clears a cell's intervals on interrupt()", async () => {
    const k = createTestKernel();
    await k.run("let ticks = 0;\nsetInterval(() => { ticks++; }, 2);");
    await new Promise((resolve) => setTimeout(resolve, 30));
    k.core.interrupt();
    const seen = Number((resultOf((await k.run("ticks")).outputs) as { repr: string }).repr);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const later = Number((resultOf((await k.run("ticks")).outputs) as { repr: string }).repr);
    expect(seen).toBeGreaterThan(0);
    expect(later).toBe(seen);
  });

  it("ends a runaway timer callback between runs and clears its timer", async () => {
    const k = createTestKernel();
    await k.run("setInterval(() => { while (true) {} }, 1);", { timeLimitMs: 150 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(notices(k.outputs).filter((t) => /timer callback ran past the time limit/.test(t))).toHaveLength(1);
    k.core.reset();
  });

  it("reports an error thrown by a timer callback", async () => {
    const k = createTestKernel();
    await k.run("setTimeout(() => { throw new TypeError('late'); }, 1);");
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(errorOf(k.outputs)).toMatchObject({ ename: "TypeError", evalue: "late" });
  });
});
