import { describe, expect, it } from "vitest";
import { ownOrigins, refuseCrossOrigin, refuseNonJson } from "./same-origin";

const request = (headers: Record<string, string>, url = "http://localhost:3000/api/progress") => new Request(url, { method: "POST", headers });
const ours = new Set(["http://localhost:3000", "https://learn.example.org"]);

describe("refuseCrossOrigin", () => {
  it("lets the app's own pages through: Sec-Fetch-Site same-origin, or (older browsers) one of our Origins", () => {
    expect(refuseCrossOrigin(request({ "sec-fetch-site": "same-origin" }), ours)).toBeNull();
    expect(refuseCrossOrigin(request({ "sec-fetch-site": "same-origin", origin: "http://localhost:3000" }), ours)).toBeNull();
    expect(refuseCrossOrigin(request({ origin: "http://localhost:3000" }), ours)).toBeNull();
    expect(refuseCrossOrigin(request({ origin: "https://learn.example.org" }), ours)).toBeNull();
  });

  it("refuses other sites, sibling subdomains, sandboxed frames and requests that say nothing, with 403", () => {
    const hostile: Array<Record<string, string>> = [
      { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
      { "sec-fetch-site": "same-site", origin: "https://blog.example.org" },
      // The browser's verdict wins over an Origin that looks like ours.
      { "sec-fetch-site": "cross-site", origin: "http://localhost:3000" },
      { "sec-fetch-site": "none" },
      { origin: "https://evil.example" },
      { origin: "null" },
      { origin: "http://localhost:3000.evil.example" },
      { origin: "https://localhost:3000" },
      { origin: "http://localhost:3001" },
      {},
    ];
    for (const headers of hostile) {
      expect(refuseCrossOrigin(request(headers), ours), JSON.stringify(headers)).toEqual({ status: 403, message: expect.stringMatching(/same-origin/) });
    }
  });
});

describe("ownOrigins", () => {
  it("holds the configured public URL, the request's own origin and its Host", () => {
    const req = request({ host: "127.0.0.1:3100" }, "http://localhost:3100/api/progress");
    expect([...ownOrigins(req, "https://learn.example.org/some/path")].sort()).toEqual(["http://127.0.0.1:3100", "http://localhost:3100", "https://learn.example.org"]);
    expect([...ownOrigins(request({}), undefined)]).toEqual(["http://localhost:3000"]);
    expect([...ownOrigins(request({}), "not a url")]).toEqual(["http://localhost:3000"]);
  });
});

describe("refuseNonJson", () => {
  it("accepts application/json with or without parameters, in any case", () => {
    for (const type of ["application/json", "application/json; charset=utf-8", "Application/JSON ;charset=UTF-8"]) {
      expect(refuseNonJson(request({ "content-type": type })), type).toBeNull();
    }
  });

  it("refuses what a cross-site form can send without a preflight, and no type at all, with 415", () => {
    for (const type of ["text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonp", "application/json-patch+json", ""]) {
      expect(refuseNonJson(request(type ? { "content-type": type } : {})), type).toEqual({ status: 415, message: expect.stringMatching(/application\/json/) });
    }
  });
});
