import { describe, expect, it } from "vitest";
import { backendOrder, describeAdapter, isSoftwareRenderer } from "./backend";

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

  it("offers WebGPU on a hardware adapter only, and never as the default", () => {
    const gpu = { available: true, software: false };
    expect(backendOrder({ available: true, software: false }, true, gpu)).toEqual(["webgl", "wasm", "cpu", "webgpu"]);
    expect(backendOrder({ available: false, software: false }, true, gpu)).toEqual(["wasm", "cpu", "webgpu"]);
    expect(backendOrder({ available: true, software: true }, true, { available: true, software: true })).toEqual(["wasm", "cpu", "webgl"]);
    expect(backendOrder({ available: false, software: false }, true, { available: false, software: false })).toEqual(["wasm", "cpu"]);
  });

  it("tells a hardware WebGPU adapter from a software fallback", () => {
    expect(describeAdapter(null)).toEqual({ available: false, software: false });
    expect(describeAdapter({ info: { vendor: "nvidia", architecture: "ampere" } })).toMatchObject({ available: true, software: false, description: "nvidia ampere" });
    expect(describeAdapter({ info: { vendor: "apple", architecture: "metal-3" } }).software).toBe(false);
    expect(describeAdapter({ isFallbackAdapter: true, info: { vendor: "google" } }).software).toBe(true);
    expect(describeAdapter({ info: { vendor: "google", architecture: "swiftshader", isFallbackAdapter: true } }).software).toBe(true);
    expect(describeAdapter({ info: { vendor: "google", architecture: "swiftshader" } }).software).toBe(true);
    expect(describeAdapter({ info: { description: "llvmpipe (LLVM 15.0.6, 256 bits)" } }).software).toBe(true);
  });
});
