import { describe, expect, it } from "vitest";
import { AppToSandboxSchema, OutputSchema, SandboxToAppSchema, WorkerToSandboxSchema, randomId } from "./protocol";

describe("kernel protocol", () => {
  it("accepts a run request and rejects one without a channel or with a bad time limit", () => {
    const run = { kind: "run", channel: "c", runId: "r", cellId: "1", source: "1 + 1", timeLimitMs: 60_000 };
    expect(AppToSandboxSchema.safeParse(run).success).toBe(true);
    expect(AppToSandboxSchema.safeParse({ ...run, channel: undefined }).success).toBe(false);
    expect(AppToSandboxSchema.safeParse({ ...run, timeLimitMs: -1 }).success).toBe(false);
    expect(AppToSandboxSchema.safeParse({ ...run, kind: "eval" }).success).toBe(false);
  });

  it("validates every output type, nested inspector values included", () => {
    const outputs = [
      { type: "stream", name: "stdout", text: "hi" },
      { type: "result", value: { kind: "array", length: 1, truncated: false, items: [{ kind: "primitive", repr: "1", jsType: "number" }] } },
      { type: "display", data: { kind: "image", width: 1, height: 1, pixels: new Uint8ClampedArray(4), scale: 2 } },
      { type: "display", data: { kind: "chart-update", chartId: "c", points: [{ series: "loss", x: 1, y: 0.5 }] } },
      { type: "error", ename: "TypeError", evalue: "x", traceback: ["at line 2"], line: 2 },
      { type: "notice", level: "warning", text: "Output truncated" },
    ];
    for (const output of outputs) expect(OutputSchema.safeParse(output).success).toBe(true);
  });

  it("rejects HTML-ish or malformed outputs", () => {
    expect(OutputSchema.safeParse({ type: "html", html: "<img src=x onerror=alert(1)>" }).success).toBe(false);
    expect(OutputSchema.safeParse({ type: "display", data: { kind: "image", width: 1, height: 1, pixels: [0, 0, 0, 0], scale: 1 } }).success).toBe(false);
    expect(OutputSchema.safeParse({ type: "result", value: { kind: "array", length: 1, truncated: false, items: [{ kind: "bogus" }] } }).success).toBe(false);
  });

  it("validates sandbox and worker messages", () => {
    const result = { status: "ok", durationMs: 1, tensorDelta: 0, numTensors: 0 };
    expect(SandboxToAppSchema.safeParse({ kind: "run-end", channel: "c", runId: "r", result }).success).toBe(true);
    expect(SandboxToAppSchema.safeParse({ kind: "run-end", runId: "r", result }).success).toBe(false);
    expect(WorkerToSandboxSchema.safeParse({ kind: "ready", info: { backend: "wasm", backends: ["cpu", "wasm"], crossOriginIsolated: true } }).success).toBe(true);
    expect(WorkerToSandboxSchema.safeParse({ kind: "ready", info: { backend: "gpu", backends: [], crossOriginIsolated: true } }).success).toBe(false);
  });

  it("makes unguessable ids", () => {
    const ids = new Set(Array.from({ length: 100 }, randomId));
    expect(ids.size).toBe(100);
    expect(randomId()).toMatch(/^[0-9a-f]{32}$/);
  });
});
