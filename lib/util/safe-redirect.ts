/** Any C0 control character or DEL: the URL parser drops tabs and newlines, which is how `/<TAB>/evil` becomes `//evil`. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
/** A stand-in origin: only whether the value stays on it matters. */
const BASE = "https://app.invalid";

/**
 * Where to send the user after signing in: a path on this site, or `fallback`. The value is parsed
 * by the WHATWG URL parser (as browsers will) against our own origin; anything that leaves it
 * (absolute URLs, protocol-relative `//host`, backslashes, tabs or newlines that the parser drops,
 * `javascript:`) falls back. The result is the parsed path, query and hash, never the raw input.
 */
export function safeCallbackUrl(value: string | null | undefined, fallback = "/"): string {
  if (!value || !value.startsWith("/") || CONTROL.test(value) || value.includes("\\")) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil" parses to the path "//evil", which a browser would read as another host.
  return path.startsWith("//") ? fallback : path;
}
