import { readFile } from "node:fs/promises";
import path from "node:path";
import type { AssetLoader } from "./types.ts";

/**
 * The Node host's dataset loader (lesson check, tests): reads `<dir>/<name>`. Kept out of index.ts
 * so the browser bundle never pulls in node:fs.
 */
export function createNodeAssetLoader(dir: string): AssetLoader {
  return async (name) => {
    if (!/^[\w.-]+$/.test(name)) throw new Error(`Bad dataset file name: ${name}`);
    const bytes = await readFile(path.join(dir, name));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  };
}
