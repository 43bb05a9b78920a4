import { describe, expect, it } from "vitest";
import { decodeCellsHash, encodeCells, shareUrl } from "./share-link";

describe("playground links", () => {
  it("round-trips cell sources through the hash", () => {
    const sources = ["const x = tf.tensor([1, 2]);", "x.square() // ünïcode & #hash"];
    expect(decodeCellsHash(`#cells=${encodeCells(sources)}`)).toEqual({ sources });
  });

  it("builds the share URL from the origin", () => {
    expect(shareUrl("http://127.0.0.1:3000", ["1"])).toBe(`http://127.0.0.1:3000/playground#cells=${encodeCells(["1"])}`);
  });

  it("returns null without cells and an error for garbage or the wrong shape", () => {
    expect(decodeCellsHash("")).toBeNull();
    expect(decodeCellsHash("#other=1")).toBeNull();
    expect(decodeCellsHash("#cells=%%%not-lz")).toHaveProperty("error");
    expect(decodeCellsHash(`#cells=${encodeCells([1, 2] as unknown as string[])}`)).toHaveProperty("error");
  });
});
