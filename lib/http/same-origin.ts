/**
 * Guards for write endpoints that the app's own pages call with fetch (defence in depth beside
 * SameSite cookies: a cross-site form or fetch can still carry a learner's session cookie on some
 * browsers and setups).
 *
 * Origin check: browsers send `Sec-Fetch-Site` on every request, and `Origin` on every POST; a page
 * can forge neither. When `Sec-Fetch-Site` is present it is the browser's own verdict and must be
 * `same-origin` (`same-site` is refused too: a sibling subdomain is not us). Browsers too old to
 * send it must send an `Origin` that is one of ours. A request with neither is refused, so tools
 * (benchmarks, tests) send `Origin` themselves.
 *
 * Content type: only `application/json` (with parameters such as charset). A cross-site HTML form
 * can only send text/plain, urlencoded or multipart bodies without a CORS preflight.
 */
export type RequestRefusal = { status: 403 | 415; message: string };

const CROSS_ORIGIN_MESSAGE = "This endpoint only answers the app's own pages (same-origin requests).";
const JSON_ONLY_MESSAGE = "Send the body as JSON (Content-Type: application/json).";

/** Origins that count as ours: the configured public URL, and the origin this request was addressed to. */
export function ownOrigins(request: Request, publicUrl: string | undefined): Set<string> {
  const origins = new Set<string>();
  const add = (url: string | undefined) => {
    if (!url) return;
    try {
      origins.add(new URL(url).origin);
    } catch {
      // Not a URL: contributes nothing.
    }
  };
  add(publicUrl);
  add(request.url);
  const host = request.headers.get("host");
  if (host) add(`${new URL(request.url).protocol}//${host}`);
  return origins;
}

export function refuseCrossOrigin(request: Request, allowed: ReadonlySet<string>): RequestRefusal | null {
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin" ? null : { status: 403, message: CROSS_ORIGIN_MESSAGE };
  const origin = request.headers.get("origin");
  return origin !== null && allowed.has(origin) ? null : { status: 403, message: CROSS_ORIGIN_MESSAGE };
}

export function refuseNonJson(request: Request): RequestRefusal | null {
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  return mediaType === "application/json" ? null : { status: 415, message: JSON_ONLY_MESSAGE };
}
