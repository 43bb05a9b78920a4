/**
 * What the proxy answers while the database is down (lib/db-health.ts): a 503 with Retry-After and
 * a page that says what happened and that nothing is lost, instead of a render that fails on its
 * first query. Only the requests that need the database get it: a signed-in learner's pages (every
 * one reads the account) and the account pages themselves. A guest keeps reading lessons, and a
 * server action answers for itself.
 */
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@/lib/db-health";
import { SESSION_COOKIE_NAMES } from "@/lib/http/early-refusals";

const ACCOUNT_PAGES = /^\/(me|profile|instructor|admin|join|signin|signup)(\/|$)/;

interface RequestLike {
  method: string;
  headers: Headers;
  nextUrl: { pathname: string };
  cookies: { has(name: string): boolean };
}

export function needsDatabase(request: RequestLike): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (request.headers.has("next-action")) return false;
  return ACCOUNT_PAGES.test(request.nextUrl.pathname) || SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name));
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function databaseUnavailablePage(path: string, nonce: string): Response {
  const retry = escapeHtml(path);
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Back in a moment · Deep Learning Roadmap Notebooks</title>
<style nonce="${nonce}">
  body { font-family: system-ui, sans-serif; margin: 0; background: #f7f7f5; color: #1d1d1b; line-height: 1.5; }
  main { max-width: 36rem; margin: 12vh auto; padding: 0 1.25rem; }
  h1 { font-size: 1.6rem; margin: 0 0 0.75rem; }
  a { color: #0b4f9c; font-weight: 600; }
  a:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 3px; }
  .muted { color: #4a4a46; }
</style>
</head>
<body>
<main>
<h1>Back in a moment</h1>
<p>The course's database is not answering right now, so this page cannot show your account.</p>
<p>Nothing is lost: what you saved is safe, and work in a lesson you already have open is kept in your browser and sent as soon as the database is back.</p>
<p><a href="${retry}">Try again</a></p>
<p class="muted">This usually takes less than a minute. If it lasts, tell your instructor or the site's administrator.</p>
</main>
</body>
</html>`;
  return new Response(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS),
      "Cache-Control": "no-store",
    },
  });
}

/**
 * A route handler's work, with a database that is down or locked answered as a JSON 503 with
 * Retry-After and `message` (never a 500, never a hang past the driver's timeouts).
 */
export async function orDatabaseUnavailable(work: () => Promise<Response>, message: string): Promise<Response> {
  try {
    return await work();
  } catch (caught) {
    if (!isDatabaseUnavailable(caught)) throw caught;
    return Response.json(
      { ok: false, message },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) } },
    );
  }
}
