/**
 * The worker's kernel files (the WASM binary, the compiler, datasets). Asked for through the
 * sandbox, which gets them from the app's HTTP cache; if that fails, fetched from /kernel/ directly.
 */
import type { AssetRequests } from "../asset-requests";

export class WorkerAssets {
  constructor(
    private readonly requests: AssetRequests,
    private readonly assetBase: string,
  ) {}

  async bytes(name: string): Promise<ArrayBuffer> {
    try {
      return await this.requests.request(name);
    } catch {
      const response = await fetch(new URL(name, this.assetBase));
      if (!response.ok) throw new Error(`Could not load ${name} (HTTP ${response.status}).`);
      return response.arrayBuffer();
    }
  }

  /** A URL for importScripts or tfjs: a blob of the bytes, or the network address as a fallback. */
  async url(name: string, type: string): Promise<string> {
    try {
      const bytes = await this.requests.request(name);
      return URL.createObjectURL(new Blob([bytes], { type }));
    } catch {
      return new URL(name, this.assetBase).href;
    }
  }
}
