import { beforeAll, describe, expect, it } from "vitest";
import { assert, assertClose } from "./assert.ts";
import { AssertionError } from "./errors.ts";
import { tf, useCpuBackend } from "./test-helpers.ts";

beforeAll(useCpuBackend);

describe("assert and assertClose", () => {
  it("assert throws an AssertionError with the message", () => {
    expect(() => assert(false, "nope")).toThrow(new AssertionError("nope"));
    expect(() => assert(1, "fine")).not.toThrow();
  });

  it("compares numbers, nested arrays, typed arrays and tensors element-wise", () => {
    expect(() => assertClose(1.0005, 1, 1e-3)).not.toThrow();
    expect(() => assertClose([[1, 2], [3, 4]], tf.tensor([[1, 2], [3, 4.0000001]]))).not.toThrow();
    expect(() => assertClose(new Float32Array([0.5]), [0.5])).not.toThrow();
    expect(() => assertClose(tf.zeros([3]), 0)).not.toThrow();
  });

  it("names the element that differs", () => {
    expect(() => assertClose(tf.tensor([[1, 2], [3, 5]]), [[1, 2], [3, 4]], 0.1, "weights")).toThrow(
      "weights: element [1, 1] is 5, expected 4 (tolerance 0.1)",
    );
    expect(() => assertClose(2, 3, 0.5)).toThrow("got 2, expected 3 (tolerance 0.5)");
  });

  it("reports shape mismatches and non-numeric values", () => {
    expect(() => assertClose(tf.ones([2, 3]), tf.ones([3, 2]))).toThrow("shape [2, 3] does not match the expected shape [3, 2]");
    expect(() => assertClose("1", 1)).toThrow(/should be a number, an array or a tensor/);
    expect(() => assertClose([[1], [2, 3]], [[1], [2, 3]])).toThrow(/ragged/);
  });

  it("accepts the message in place of the tolerance", () => {
    expect(() => assertClose(1, 2, "m should be 2")).toThrow(/^m should be 2: got 1/);
  });
});
