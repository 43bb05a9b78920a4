import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AssetRequests } from "./asset-requests";
import { isKernelAsset } from "./protocol";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("AssetRequests", () => {
  it("matches replies to requests by id and ignores replies to nothing asked", async () => {
    const sent: Array<[string, string]> = [];
    const requests = new AssetRequests((requestId, name) => sent.push([requestId, name]));
    const first = requests.request("kernel.js");
    const second = requests.request("compiler.js");
    requests.settle({ requestId: "not-ours", bytes: new ArrayBuffer(1) });
    requests.settle({ requestId: sent[1]![0], bytes: new Uint8Array([2, 2]).buffer });
    requests.settle({ requestId: sent[0]![0], bytes: new Uint8Array([1]).buffer });
    expect(sent.map(([, name]) => name)).toEqual(["kernel.js", "compiler.js"]);
    expect(new Uint8Array(await first)).toEqual(new Uint8Array([1]));
    expect(new Uint8Array(await second)).toEqual(new Uint8Array([2, 2]));
  });

  it("rejects with the app's error, and when no answer comes in time", async () => {
    const sent: string[] = [];
    const requests = new AssetRequests((requestId) => sent.push(requestId), 1_000);
    const refused = requests.request("datasets/digits.bin");
    requests.settle({ requestId: sent[0]!, error: "Could not load datasets/digits.bin (HTTP 404)." });
    await expect(refused).rejects.toThrow("HTTP 404");
    const silent = requests.request("kernel.js");
    const outcome = expect(silent).rejects.toThrow("No answer for kernel.js within 1 s");
    vi.advanceTimersByTime(1_001);
    await outcome;
  });
});

describe("kernel asset names", () => {
  it("admits the kernel's files and nothing else", () => {
    for (const name of ["kernel.js", "compiler.js", "wasm/tfjs-backend-wasm.wasm", "wasm/tfjs-backend-wasm-simd.wasm", "datasets/digits.bin", "datasets/iris.json"]) {
      expect(isKernelAsset(name), name).toBe(true);
    }
    for (const name of ["sandbox", "sandbox.js", "../api/progress", "datasets/../../api/me", "datasets/.env", "wasm/other.wasm", "/kernel.js", "https://evil.example/kernel.js", "kernel.js?x=1", "types.json"]) {
      expect(isKernelAsset(name), name).toBe(false);
    }
  });
});
