import { describe, expect, it } from "vitest";
import { agree, transcript } from "./compare";

describe("agree", () => {
  it("accepts float32 noise and padding, nothing else", () => {
    expect(agree("Tensor\n    [1, 2.5, -3]", "Tensor\n    [1.0000001, 2.5000002, -3]")).toBe(true);
    expect(agree("[0.0001]", "[0.0002]")).toBe(true); // below 1: absolute tolerance
    expect(agree("[10, 20]", "[10, 20.5]")).toBe(false);
    expect(agree("[1, 2]", "[1, 2, 3]")).toBe(false);
    expect(agree("[NaN]", "[NaN]")).toBe(true);
    expect(agree("[NaN]", "[0]")).toBe(false);
    expect(agree("[Infinity]", "[-Infinity]")).toBe(false);
    expect(agree("Tensor\n [[ 1, 20],\n  [30,  4]]", "Tensor\n [[1, 20],\n [30, 4]]")).toBe(true);
    expect(agree("Tensor [1]", "\n<Error: Kernel 'X' not registered>\n")).toBe(false);
  });
});

describe("transcript", () => {
  it("keeps printed text and errors, drops the kernel's notices", () => {
    expect(
      transcript([
        { type: "stream", name: "stdout", text: "a\n" },
        { type: "notice", level: "warning", text: "1 tensor leaked" },
        { type: "error", ename: "TypeError", evalue: "x", traceback: [] },
      ]),
    ).toBe("a\n\n<TypeError: x>\n");
  });
});
