import { describe, expect, it } from "vitest";
import type { Output } from "@/lib/kernel/outputs";
import { UI_TRUNCATION_NOTICE, appendOutputs, errorLine } from "./output-model";

const stdout = (text: string): Output => ({ type: "stream", name: "stdout", text });
const chart: Output = {
  type: "display",
  data: { kind: "chart", chartId: "c1", spec: { type: "line", series: [{ name: "loss", y: [] }] } },
};

describe("appendOutputs", () => {
  it("merges consecutive stream chunks across batches", () => {
    const items = appendOutputs(appendOutputs([], [stdout("a")]), [stdout("b"), { type: "stream", name: "stderr", text: "!" }]);
    expect(items).toEqual([stdout("ab"), { type: "stream", name: "stderr", text: "!" }]);
  });

  it("appends chart-update points to the chart by id without mutating the old list", () => {
    const before = appendOutputs([], [chart]);
    const after = appendOutputs(before, [
      { type: "display", data: { kind: "chart-update", chartId: "c1", points: [{ series: "loss", x: 1, y: 0.5 }, { series: "val", x: 1, y: 0.7 }] } },
      { type: "display", data: { kind: "chart-update", chartId: "other", points: [{ series: "loss", x: 1, y: 9 }] } },
    ]);
    expect(after).toHaveLength(1);
    const data = after[0]?.type === "display" ? after[0].data : null;
    expect(data?.kind === "chart" && data.spec.series).toEqual([
      { name: "loss", x: [1], y: [0.5] },
      { name: "val", x: [1], y: [0.7] },
    ]);
    const old = before[0]?.type === "display" ? before[0].data : null;
    expect(old?.kind === "chart" && old.spec.series[0]?.y).toEqual([]);
  });

  it("caps a flood with one truncation notice and ignores what follows", () => {
    const flood = Array.from({ length: 3000 }, (_, i): Output => ({ type: "notice", level: "info", text: String(i) }));
    const items = appendOutputs([], flood);
    expect(items.length).toBeLessThan(1100);
    expect(items.at(-1)).toMatchObject({ text: UI_TRUNCATION_NOTICE });
    expect(appendOutputs(items, [stdout("more")])).toHaveLength(items.length);
  });

  it("finds the line of the first error", () => {
    expect(errorLine([stdout("x"), { type: "error", ename: "E", evalue: "v", traceback: [], line: 3 }])).toBe(3);
    expect(errorLine([stdout("x")])).toBeNull();
  });
});
