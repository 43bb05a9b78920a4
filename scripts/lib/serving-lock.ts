import fs from "node:fs";
import path from "node:path";

/**
 * Which processes serve a build folder: scripts/serve.ts leaves a marker `<distDir>/serving/<pid>`
 * while it runs, so that a start with changed sources refuses to rebuild that folder under it
 * (a rebuild replaces the chunks its pages are still asking for).
 */
const markerDir = (distDir: string) => path.join(distDir, "serving");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Marks distDir as served by this process until it exits. */
export function markServing(distDir: string): void {
  const marker = path.join(markerDir(distDir), String(process.pid));
  fs.mkdirSync(markerDir(distDir), { recursive: true });
  fs.writeFileSync(marker, `${new Date().toISOString()}\n`);
  process.on("exit", () => fs.rmSync(marker, { force: true }));
}

/** The pids of other live processes serving distDir; markers left by processes that died are removed. */
export function servingProcesses(distDir: string): number[] {
  if (!fs.existsSync(markerDir(distDir))) return [];
  const pids: number[] = [];
  for (const name of fs.readdirSync(markerDir(distDir))) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    if (alive(pid)) pids.push(pid);
    else fs.rmSync(path.join(markerDir(distDir), name), { force: true });
  }
  return pids.sort((a, b) => a - b);
}
