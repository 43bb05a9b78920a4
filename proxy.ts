/**
 * Next's request proxy: gives every page request a fresh CSP nonce (lib/http/content-policy.ts).
 * Next reads the policy from the request headers and puts the nonce on its own scripts; the root
 * layout puts it on ours. Static files, the API and the kernel's assets and sandbox (which sets
 * its own policy) are not matched. While the database is down, a page that needs it gets a 503
 * page at once (lib/http/database-unavailable.ts) instead of a render that fails.
 */
import { NextResponse, type NextRequest } from "next/server";
import { databaseReachable } from "@/lib/db-health";
import { newNonce, NONCE_HEADER, pagePolicy } from "@/lib/http/content-policy";
import { databaseUnavailablePage, needsDatabase } from "@/lib/http/database-unavailable";

/** HTTPS as the browser sees it: the request itself, or the public URL the app is configured with (TLS at the proxy). */
function servedOverHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = pagePolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  let response: Response;
  if (needsDatabase(request) && !(await databaseReachable())) {
    response = databaseUnavailablePage(request.nextUrl.pathname + request.nextUrl.search, nonce);
  } else {
    const headers = new Headers(request.headers);
    headers.set(NONCE_HEADER, nonce);
    headers.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", policy);
  // For browsers that predate frame-ancestors.
  response.headers.set("X-Frame-Options", "DENY");
  if (servedOverHttps(request)) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|kernel/|icon.svg|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
