/**
 * The kernel's sandbox page, loaded by the notebook in `<iframe sandbox="allow-scripts">`
 * (opaque origin). See lib/kernel/sandbox/policy.ts and docs/decisions/004-kernel-sandbox.md.
 */
import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import type { NextRequest } from "next/server";
import { isSafeOrigin, sandboxPage } from "@/lib/kernel/sandbox/policy";

export const dynamic = "force-dynamic";

const SCRIPT = path.join(process.cwd(), "public/kernel/sandbox.js");
let cached: { mtimeMs: number; text: string } | null = null;

/** public/kernel/sandbox.js, re-read when the kernel assets are rebuilt; undefined if missing. */
async function sandboxScript(): Promise<string | undefined> {
  try {
    const { mtimeMs } = await fs.stat(SCRIPT);
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, text: (await fs.readFile(SCRIPT, "utf8")).trim() };
    return cached.text;
  } catch {
    return undefined;
  }
}

/** The origin the browser used (nextUrl may say "localhost" when the browser said 127.0.0.1). */
function requestOrigin(request: NextRequest): string {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? request.nextUrl.host;
  const proto = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(/:$/, "");
  return `${proto.split(",")[0]?.trim()}://${host.split(",")[0]?.trim()}`;
}

export async function GET(request: NextRequest): Promise<Response> {
  const origin = requestOrigin(request);
  if (!isSafeOrigin(origin)) return new Response("Bad origin", { status: 400 });
  const { html, policy } = await sandboxPage(origin, await sandboxScript());
  return new Response(html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": policy,
      "Cross-Origin-Embedder-Policy": "require-corp",
      "Cross-Origin-Resource-Policy": "cross-origin",
      "Cache-Control": "no-store",
    },
  });
}
