/**
 * The playground's cells in a shareable URL: `/playground#cells=<lz-string of a JSON array of
 * sources>`. The hash never reaches the server; decoding validates everything it reads.
 */
import LZString from "lz-string";
import { z } from "zod";

const MAX_CELLS = 100;
const SourcesSchema = z.array(z.string().max(100_000)).max(MAX_CELLS);

export function encodeCells(sources: string[]): string {
  return LZString.compressToEncodedURIComponent(JSON.stringify(sources));
}

/** Reads `#cells=…`; null when the hash has no cells, an error message when it is unreadable. */
export function decodeCellsHash(hash: string): { sources: string[] } | { error: string } | null {
  const value = new URLSearchParams(hash.replace(/^#/, "")).get("cells");
  if (value === null) return null;
  try {
    const json = LZString.decompressFromEncodedURIComponent(value);
    const parsed = SourcesSchema.safeParse(json ? JSON.parse(json) : null);
    if (parsed.success) return { sources: parsed.data };
  } catch {
    // Falls through to the error below.
  }
  return { error: "The cells in this link could not be read, so the playground starts empty." };
}

export function shareUrl(origin: string, sources: string[]): string {
  return `${origin}/playground#cells=${encodeCells(sources)}`;
}
