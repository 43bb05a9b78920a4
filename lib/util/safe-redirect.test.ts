import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-redirect";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths with query and hash", () => {
    expect(safeCallbackUrl("/lessons/tensors?x=1#quiz")).toBe("/lessons/tensors?x=1#quiz");
  });
  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null])(
    "falls back for %s",
    (value) => expect(safeCallbackUrl(value, "/home")).toBe("/home"),
  );
});
