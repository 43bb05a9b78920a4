/**
 * Kernel files fetched by the app for its sandbox. The sandbox's own requests would bypass the HTTP
 * cache (an opaque-origin frame gets a one-off network partition), so every lesson page would
 * download the kernel bundle, the WASM binary and the datasets again. Fetched here, they are cached
 * and revalidated (ETag) like any of the app's files.
 */
import { isKernelAsset } from "../protocol";

export async function fetchKernelAsset(name: string, assetBase: URL): Promise<ArrayBuffer> {
  if (!isKernelAsset(name)) throw new Error(`Not a kernel file: ${name}`);
  const response = await fetch(new URL(name, assetBase));
  if (!response.ok) throw new Error(`Could not load ${name} (HTTP ${response.status}).`);
  return response.arrayBuffer();
}
