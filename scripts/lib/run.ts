import { spawn } from "node:child_process";

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
