import "server-only";
import { onAuthError, requireUser } from "@/lib/auth/guards";
import { claimedUserId } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { orDatabaseUnavailable } from "@/lib/http/database-unavailable";
import { PROGRESS_LIMIT_MESSAGE, rememberRefusal, sessionToken } from "@/lib/http/early-refusals";
import { progressWrites } from "@/lib/http/write-limits";
import { ownOrigins, refuseCrossOrigin, refuseNonJson } from "@/lib/http/same-origin";
import { recordBatch } from "./record";
import { MAX_BODY_BYTES, progressBatchSchema, type BatchError } from "./schema";

const error = (status: number, body: BatchError, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

const UNAVAILABLE = "The database is unavailable right now. Your progress is kept in this browser and will be sent again.";

/**
 * 429 with Retry-After once this learner has sent their writes for the minute. The refusal is
 * remembered for the request's session cookie, so the production server refuses the following
 * ones before they reach Next (lib/http/early-refusals.ts).
 */
function overLimit(userId: string, request: Request): Response | null {
  const allowed = progressWrites.take(userId);
  if (allowed.ok) return null;
  const token = sessionToken(request.headers.get("cookie"));
  if (token) rememberRefusal(token, allowed.retryAfterSeconds);
  return error(429, { ok: false, message: PROGRESS_LIMIT_MESSAGE }, { "Retry-After": String(allowed.retryAfterSeconds) });
}

/**
 * The route's work; a database that is down or locked is a 503 with Retry-After (the queue keeps
 * everything and retries), never a 500 and never a hang past the driver's timeouts.
 */
export function handleProgressPost(request: Request): Promise<Response> {
  return orDatabaseUnavailable(() => handle(request), UNAVAILABLE);
}

/**
 * The browser queue's one write endpoint: up to 100 events and 10 code saves per request, stored
 * in one transaction. 403 refuses a request that is not from the app's own pages and 415 a body
 * that is not declared JSON (lib/http/same-origin.ts), before anything else is looked at; 400
 * names the malformed fields; 401 means "sign in", and the queue keeps its items.
 */
async function handle(request: Request): Promise<Response> {
  const refused = refuseCrossOrigin(request, ownOrigins(request, env.NEXTAUTH_URL)) ?? refuseNonJson(request);
  if (refused) return error(refused.status, { ok: false, message: refused.message });
  // The limit is counted on the id the cookie claims, before the session is checked against the
  // database: a learner flooding the endpoint is refused without costing a query (bench:server).
  const claimed = await claimedUserId(request);
  if (claimed) {
    const refusedByLimit = overLimit(claimed, request);
    if (refusedByLimit) return refusedByLimit;
  }
  const user = await onAuthError(requireUser, (e) => error(401, { ok: false, message: e.message }));
  if (user instanceof Response) return user;
  if (claimed !== user.id) {
    const refusedByLimit = overLimit(user.id, request);
    if (refusedByLimit) return refusedByLimit;
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) return error(413, { ok: false, message: `A progress batch may be at most ${MAX_BODY_BYTES / 1024 / 1024} MB.` });
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return error(413, { ok: false, message: `A progress batch may be at most ${MAX_BODY_BYTES / 1024 / 1024} MB.` });

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return error(400, { ok: false, message: "The body must be JSON: { events: [...], code: [...] }." });
  }
  const parsed = progressBatchSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.join(".") || "(body)", message: i.message }));
    const first = issues[0]!;
    return error(400, { ok: false, message: `Malformed progress batch: ${first.path}: ${first.message}`, issues });
  }
  const result = await recordBatch(user, parsed.data);
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
}
