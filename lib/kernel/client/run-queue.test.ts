import { describe, expect, it } from "vitest";
import type { Output, RunResult } from "../outputs";
import { RunQueue, type RunRequest } from "./run-queue";

const request = (cellId: string): RunRequest => ({ cellId, source: "1", timeLimitMs: 1000 });
const ok: RunResult = { status: "ok", durationMs: 5, tensorDelta: 0, numTensors: 0 };
const line = (text: string): Output[] => [{ type: "stream", name: "stdout", text }];

function setup() {
  const sent: string[] = [];
  const queue = new RunQueue((runId) => sent.push(runId));
  return { queue, sent };
}

describe("RunQueue", () => {
  it("sends one run at a time, in order", async () => {
    const { queue, sent } = setup();
    const first = queue.enqueue("a", request("c1"), {});
    const second = queue.enqueue("b", request("c2"), {});
    expect(sent).toEqual(["a"]);
    expect(queue.ended("a", ok)).toBe(true);
    queue.pump();
    expect(sent).toEqual(["a", "b"]);
    await expect(first).resolves.toEqual(ok);
    queue.ended("b", ok);
    await expect(second).resolves.toEqual(ok);
  });

  it("routes output by run id and keeps late output of a finished run", () => {
    const { queue } = setup();
    const seen: string[] = [];
    void queue.enqueue("a", request("c1"), { onOutput: (o) => seen.push(`a:${(o[0] as { text: string }).text}`) });
    queue.output("a", line("1"));
    queue.output("zzz", line("forged"));
    queue.ended("a", ok);
    queue.output("a", line("late"));
    expect(seen).toEqual(["a:1", "a:late"]);
  });

  it("drops output of runs superseded by a restart", async () => {
    const { queue } = setup();
    const seen: string[] = [];
    const run = queue.enqueue("a", request("c1"), { onOutput: () => seen.push("x") });
    void queue.enqueue("b", request("c2"), {});
    queue.reset();
    queue.output("a", line("after restart"));
    expect(seen).toEqual([]);
    await expect(run).resolves.toMatchObject({ status: "interrupted" });
    expect(queue.size).toBe(0);
  });

  it("cancels a waiting run but not the active one", async () => {
    const { queue } = setup();
    void queue.enqueue("a", request("c1"), {});
    const waiting = queue.enqueue("b", request("c2"), {});
    expect(queue.cancel("a")).toBe(false);
    expect(queue.cancel("b")).toBe(true);
    await expect(waiting).resolves.toMatchObject({ status: "interrupted" });
    expect(queue.activeRunId).toBe("a");
  });

  it("aborts the runs queued behind a run that fails", async () => {
    const { queue, sent } = setup();
    void queue.enqueue("a", request("c1"), {});
    const behind = queue.enqueue("b", request("c2"), {});
    queue.ended("a", { ...ok, status: "error" });
    queue.pump();
    expect(sent).toEqual(["a"]);
    await expect(behind).resolves.toMatchObject({ status: "interrupted" });
  });

  it("ignores the end of a run that is not active", () => {
    const { queue } = setup();
    void queue.enqueue("a", request("c1"), {});
    expect(queue.ended("b", ok)).toBe(false);
    expect(queue.activeRunId).toBe("a");
  });
});
