import { describe, expect, it } from "vitest";
import type { Output } from "@/lib/kernel/outputs";
import { outputLines } from "./output-text";

describe("outputLines (lessons:check --outputs)", () => {
  it("prints streams, values, tensors, tables, images, charts with their last values, notices and errors with the file line", () => {
    const outputs: Output[] = [
      { type: "stream", name: "stdout", text: "loss 0.25\nacc 0.9\n" },
      { type: "stream", name: "stderr", text: "careful\n" },
      { type: "result", value: { kind: "tensor", shape: [2], dtype: "float32", size: 2, preview: "Tensor\n    [1, 2]", truncated: false } },
      { type: "display", data: { kind: "table", columns: ["model", "accuracy"], rows: [["scratch", 0.71], ["transfer", 0.88]], truncated: false } },
      { type: "display", data: { kind: "image", width: 28, height: 28, pixels: new Uint8ClampedArray(0), label: "7", scale: 4 } },
      { type: "display", data: { kind: "chart", chartId: "c1", spec: { type: "line", title: "loss", series: [{ name: "train", y: [1, 0.5] }, { name: "val", y: [] }] } } },
      { type: "display", data: { kind: "chart-update", chartId: "c1", points: [{ series: "train", x: 2, y: 0.25 }, { series: "val", x: 2, y: 0.3 }] } },
      { type: "notice", level: "warning", text: "3 tensors were left in memory" },
      { type: "error", ename: "TypeError", evalue: "x is not a function", traceback: [], line: 4 },
    ];
    expect(outputLines(outputs, 20)).toEqual([
      "loss 0.25",
      "acc 0.9",
      "stderr: careful",
      "→ Tensor float32 [2]",
      "Tensor",
      "    [1, 2]",
      "model     accuracy",
      "--------  --------",
      "scratch   0.71",
      "transfer  0.88",
      '[image 28×28 "7"]',
      '[chart "loss": train last 0.25 (3 points); val last 0.3 (1 point)]',
      "⚠ 3 tensors were left in memory",
      "✗ TypeError: x is not a function (line 24)",
    ]);
  });

  it("says how many rows of a long table it leaves out", () => {
    const rows = Array.from({ length: 20 }, (_, i) => [i]);
    const lines = outputLines([{ type: "display", data: { kind: "table", columns: ["i"], rows, truncated: false } }]);
    expect(lines.at(-1)).toBe("(8 more rows not shown)");
    expect(lines).toHaveLength(2 + 12 + 1);
  });
});
