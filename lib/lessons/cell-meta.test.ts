import { describe, expect, it } from "vitest";
import { parseFenceMeta } from "./cell-meta";

describe("parseFenceMeta", () => {
  it("reads a cell's options, expectNotice among them, and refuses options on other blocks", () => {
    expect(parseFenceMeta("cell timeLimit=30 readOnly expectNotice id=train")).toEqual({
      role: "cell", timeLimitMs: 30_000, readOnly: true, expectNotice: true, id: "train", errors: [],
    });
    expect(parseFenceMeta("cell").expectNotice).toBe(false);
    expect(parseFenceMeta("solution expectNotice").errors).toEqual(['a `solution` block takes no options (found "expectNotice")']);
    expect(parseFenceMeta("cell expectNotice=yes").errors).toEqual(['unknown cell option "expectNotice=yes" (use timeLimit=<seconds>, readOnly, expectNotice or id=<id>)']);
  });
});
