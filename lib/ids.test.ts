import { describe, expect, it } from "vitest";
import { lessonIdSchema, parseJsonOrNull, randomId, slugSchema, userIdSchema } from "./ids";

describe("slugs", () => {
  it("accept lowercase words joined by single dashes", () => {
    for (const id of ["tensors", "rank-of-batch", "layer-2"]) expect(lessonIdSchema.safeParse(id).success).toBe(true);
  });

  it("refuse capitals, spaces, double or edge dashes and anything over 100 characters", () => {
    for (const id of ["Tensors", "rank of batch", "a--b", "-a", "a-", "", "a".repeat(101)]) {
      expect(lessonIdSchema.safeParse(id).success).toBe(false);
    }
  });

  it("name the rule and the example in the message", () => {
    expect(slugSchema("rank-of-batch").safeParse("X").error?.issues[0]?.message).toBe(
      'must be lowercase letters, digits and single dashes, e.g. "rank-of-batch"',
    );
    expect(slugSchema().safeParse("X").error?.issues[0]?.message).toBe("must be lowercase letters, digits and single dashes");
  });
});

describe("row ids", () => {
  it("check the shape only", () => {
    expect(userIdSchema.safeParse("cm3x9z").success).toBe(true);
    expect(userIdSchema.safeParse("").success).toBe(false);
    expect(userIdSchema.safeParse("x".repeat(65)).success).toBe(false);
  });
});

describe("randomId", () => {
  it("is 32 hex digits and does not repeat", () => {
    const ids = new Set(Array.from({ length: 100 }, randomId));
    expect(ids.size).toBe(100);
    expect(randomId()).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe("parseJsonOrNull", () => {
  it("reads JSON, and null for anything corrupt", () => {
    expect(parseJsonOrNull('["a","b"]')).toEqual(["a", "b"]);
    expect(parseJsonOrNull("{not json")).toBeNull();
  });
});
