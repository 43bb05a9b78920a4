/**
 * The production server: Next's request handler behind a plain Node HTTP server, so that the
 * app knows who connected. Each request gets the socket's address in PEER_HEADER, overwriting any
 * value a client sent (lib/http/client-address.ts). Otherwise it serves exactly as `next start`.
 * A session the app has just refused for flooding /api/progress is refused here, before Next.
 * Usage: tsx scripts/serve.ts --port 3000 [--host 127.0.0.1]
 */
import http from "node:http";
import next from "next";
import { PEER_HEADER } from "../lib/http/client-address";
import { PROGRESS_LIMIT_MESSAGE, refusedFor, sessionToken } from "../lib/http/early-refusals";
import { markServing } from "./lib/serving-lock";

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const port = Number(argument("port") ?? process.env.PORT ?? 3000);
const hostname = argument("host");

const app = next({ dev: false, dir: process.cwd(), port, hostname: hostname ?? "localhost" });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  // A session the app has just refused for flooding the progress endpoint is refused here, before
  // Next routes the request, so the flood cannot slow other learners (lib/http/early-refusals.ts).
  if (req.method === "POST" && req.url === "/api/progress") {
    const wait = refusedFor(sessionToken(req.headers.cookie));
    if (wait > 0) {
      req.resume();
      res.writeHead(429, { "Content-Type": "application/json", "Retry-After": String(wait), "Cache-Control": "no-store" });
      res.end(JSON.stringify({ ok: false, message: PROGRESS_LIMIT_MESSAGE }));
      return;
    }
  }
  void handle(req, res);
});
server.listen(port, hostname, () => {
  // A start with changed sources will not rebuild this folder while it is served (scripts/lib/build-if-stale.ts).
  markServing(process.env.NEXT_DIST_DIR || ".next");
  console.log(`Ready on http://${hostname ?? "localhost"}:${port}`);
});

const stop = () => server.close(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
