import { describe, expect, it } from "vitest";
import { backendOrder, isSoftwareRenderer } from "./backend";

describe("backend selection", () => {
  it("recognises software renderers, not hardware GPUs", () => {
    expect(isSoftwareRenderer("ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)")).toBe(true);
    expect(isSoftwareRenderer("llvmpipe (LLVM 15.0.6, 256 bits)")).toBe(true);
    expect(isSoftwareRenderer("Microsoft Basic Render Driver")).toBe(true);
    expect(isSoftwareRenderer("ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)")).toBe(false);
    expect(isSoftwareRenderer("Apple M2")).toBe(false);
  });

  it("prefers WebGL only on a hardware GPU, then WASM, then CPU; a software WebGL stays selectable last", () => {
    expect(backendOrder({ available: true, software: false }, true)).toEqual(["webgl", "wasm", "cpu"]);
    expect(backendOrder({ available: true, software: true }, true)).toEqual(["wasm", "cpu", "webgl"]);
    expect(backendOrder({ available: false, software: false }, true)).toEqual(["wasm", "cpu"]);
    expect(backendOrder({ available: false, software: false }, false)).toEqual(["cpu"]);
  });
});
