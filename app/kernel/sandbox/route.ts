/**
 * The kernel's sandbox page, loaded by the notebook in `<iframe sandbox="allow-scripts">`
 * (opaque origin). See lib/kernel/sandbox/policy.ts and docs/decisions/004-kernel-sandbox.md.
 */
import type { NextRequest } from "next/server";
import { isSafeOrigin, sandboxHtml, sandboxPolicy } from "@/lib/kernel/sandbox/policy";

export const dynamic = "force-dynamic";

/** The origin the browser used (nextUrl may say "localhost" when the browser said 127.0.0.1). */
function requestOrigin(request: NextRequest): string {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? request.nextUrl.host;
  const proto = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(/:$/, "");
  return `${proto.split(",")[0]?.trim()}://${host.split(",")[0]?.trim()}`;
}

export function GET(request: NextRequest): Response {
  const origin = requestOrigin(request);
  if (!isSafeOrigin(origin)) return new Response("Bad origin", { status: 400 });
  return new Response(sandboxHtml(origin), {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": sandboxPolicy(origin),
      "Cross-Origin-Embedder-Policy": "require-corp",
      "Cross-Origin-Resource-Policy": "cross-origin",
      "Cache-Control": "no-store",
    },
  });
}
