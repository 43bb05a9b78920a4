import { describe, expect, it } from "vitest";
import { databaseUnavailablePage, needsDatabase, orDatabaseUnavailable } from "./database-unavailable";

const request = (path: string, init: { method?: string; cookie?: string; action?: boolean } = {}) => {
  const headers = new Headers(init.action ? { "next-action": "abc" } : {});
  return {
    method: init.method ?? "GET",
    headers,
    nextUrl: { pathname: path },
    cookies: { has: (name: string) => name === init.cookie },
  };
};

describe("needsDatabase", () => {
  it("names the account pages and every page of a signed-in learner, not a guest's lesson or a server action", () => {
    for (const path of ["/me", "/profile", "/instructor/cohorts/x", "/admin", "/join/abc", "/signin", "/signup"]) expect(needsDatabase(request(path))).toBe(true);
    expect(needsDatabase(request("/lessons/tensors"))).toBe(false);
    expect(needsDatabase(request("/"))).toBe(false);
    expect(needsDatabase(request("/messages"))).toBe(false);
    expect(needsDatabase(request("/lessons/tensors", { cookie: "next-auth.session-token" }))).toBe(true);
    expect(needsDatabase(request("/lessons/tensors", { cookie: "__Secure-next-auth.session-token" }))).toBe(true);
    expect(needsDatabase(request("/me", { method: "POST", action: true }))).toBe(false);
  });
});

describe("the 503 answers", () => {
  it("the page says nothing is lost, retries the same address (escaped) and carries the nonce on its style", async () => {
    const response = databaseUnavailablePage(`/me?x="><script>`, "n0nce");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    const html = await response.text();
    expect(html).toContain("Nothing is lost");
    expect(html).toContain('<style nonce="n0nce">');
    expect(html).not.toContain("<script>");
    expect(html).toContain('href="/me?x=&#34;&#62;&#60;script&#62;"');
  });

  it("a route's unreachable database is a JSON 503; any other error is not swallowed", async () => {
    const answered = await orDatabaseUnavailable(() => Promise.reject({ code: "P1001" }), "Try again soon.");
    expect(answered.status).toBe(503);
    expect(answered.headers.get("retry-after")).toBe("5");
    expect(await answered.json()).toEqual({ ok: false, message: "Try again soon." });
    await expect(orDatabaseUnavailable(() => Promise.reject(new Error("bug")), "x")).rejects.toThrow("bug");
  });
});
