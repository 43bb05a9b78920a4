import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { spawnServer } from "../../scripts/lib/run";

export { buildIfStale } from "../../scripts/lib/build-if-stale";

/** Helpers shared by the server benchmarks: start, sign in, child processes, the report file. */

/** The production server on 127.0.0.1:port; resolves once it answers. */
export async function startServer(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawnServer(port, "127.0.0.1", env, ["ignore", "ignore", "pipe"]);
  // Load generators cut their connections when a run ends; the server logs each as "aborted". Keep the rest.
  child.stderr!.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    if (!/aborted|ECONNRESET|ignore-listed frames|^\s*}\s*$/m.test(text)) process.stderr.write(text);
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/auth/csrf`)).ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGTERM");
  throw new Error(`The bench server did not start on ${base} within 60 s`);
}

export async function stopServer(child: ChildProcess): Promise<void> {
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
}

/** Signs in the seeded demo learner through next-auth's credentials callback; returns the Cookie header. */
export async function signIn(base: string, who = { email: "learner@example.com", password: "learner-pass-123" }): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const body = new URLSearchParams({ csrfToken, email: who.email, password: who.password, json: "true" });
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST", body, redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie },
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]!).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Sign-in failed (HTTP ${response.status})`);
  return session;
}

export function captureChild(argv: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { env, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${argv.join(" ")} exited with ${code}`))));
  });
}

const DOC = "docs/benchmarks.md";

/** Replaces one benchmark's own marked section of docs/benchmarks.md (other sections are left alone). */
export function writeSection(name: string, body: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const section = `${start}\n${body}\n${end}`;
  const existing = fs.existsSync(DOC) ? fs.readFileSync(DOC, "utf8") : "# Benchmarks\n";
  const next = existing.includes(start) ? existing.replace(new RegExp(`${start}[\\s\\S]*?${end}`), section) : `${existing.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(DOC, next);
}

export function machineLine(): string {
  const load = os.loadavg()[0]!.toFixed(1);
  return `${os.cpus().length} cores (nproc), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}, 1-minute load average ${load} when done`;
}
