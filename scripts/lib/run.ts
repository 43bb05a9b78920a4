import { spawn, type StdioOptions } from "node:child_process";

/** Runs a command with inherited output; rejects with a clear message on a non-zero exit. */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, quiet = false): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit", env });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`\`${cmd} ${args.join(" ")}\` failed with exit code ${code}`)),
    );
  });
}

export const bin = (name: string) => `node_modules/.bin/${name}`;

/**
 * Serves the production build on port (and host): scripts/serve.ts, our `next start` that records
 * each connection's address. NODE_ENV=production, as `next start` sets it.
 */
export function spawnServer(port: number, host: string | undefined, env: NodeJS.ProcessEnv, stdio: StdioOptions) {
  const args = ["scripts/serve.ts", "--port", String(port), ...(host ? ["--host", host] : [])];
  return spawn(bin("tsx"), args, { env: { ...env, NODE_ENV: "production" }, stdio });
}
