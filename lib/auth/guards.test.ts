import { describe, expect, it } from "vitest";
import { AuthError, onAuthError, refusal } from "./guards";

describe("onAuthError", () => {
  it("passes the body's value through", async () => {
    await expect(onAuthError(async () => 42, refusal)).resolves.toBe(42);
  });

  it("turns an AuthError into the refusal", async () => {
    const result = await onAuthError(async () => {
      throw new AuthError("forbidden");
    }, refusal);
    expect(result).toEqual({ ok: false, message: "You do not have access to this." });
  });

  it("lets every other error through (the error page, not a polite refusal)", async () => {
    await expect(
      onAuthError(async () => {
        throw new Error("database unreachable");
      }, refusal),
    ).rejects.toThrow("database unreachable");
  });
});
