import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BuildInUse, buildState } from "./build-if-stale";
import { normaliseTsconfig, sourceFingerprint } from "./fingerprint";
import { servingProcesses } from "./serving-lock";

let root: string;
const write = (file: string, content: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), content);
};
const tsconfig = { compilerOptions: { strict: true }, include: ["next-env.d.ts", "**/*.ts", ".next/types/**/*.ts"] };

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "fingerprint-"));
  write("app/page.tsx", "export default function Page() { return null; }\n");
  write("lib/maths.ts", "export const two = 2;\n");
  write("tsconfig.json", JSON.stringify(tsconfig, null, 2));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("sourceFingerprint", () => {
  it("changes when a source's content changes, not when only its times do", () => {
    const before = sourceFingerprint(root);
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, "lib/maths.ts"), later, later);
    expect(sourceFingerprint(root)).toBe(before);
    write("lib/maths.ts", "export const two = 3;\n");
    expect(sourceFingerprint(root)).not.toBe(before);
  });

  it("ignores what a build writes: output-folder include lines in tsconfig.json, its formatting, generated kernel assets", () => {
    const before = sourceFingerprint(root);
    write("tsconfig.json", JSON.stringify({ ...tsconfig, include: [...tsconfig.include, ".next-bench/types/**/*.ts", ".next/dev/types/**/*.ts"] }));
    write("public/kernel/kernel.js", "/* rebuilt */");
    write("lib/maths.test.ts", "// a test");
    expect(sourceFingerprint(root)).toBe(before);
  });

  it("sees a real tsconfig.json change, a new source file and the top-level proxy", () => {
    const before = sourceFingerprint(root);
    write("tsconfig.json", JSON.stringify({ ...tsconfig, compilerOptions: { strict: false } }));
    const changedConfig = sourceFingerprint(root);
    expect(changedConfig).not.toBe(before);
    write("proxy.ts", "export function proxy() {}\n");
    expect(sourceFingerprint(root)).not.toBe(changedConfig);
  });

  it("keeps a tsconfig.json it cannot parse as it is", () => {
    expect(normaliseTsconfig("{ // a comment\n}")).toBe("{ // a comment\n}");
    expect(JSON.parse(normaliseTsconfig(JSON.stringify(tsconfig))).include).toEqual(["next-env.d.ts", "**/*.ts"]);
  });
});

describe("buildState", () => {
  let other: ChildProcess | null = null;
  afterEach(() => {
    other?.kill();
    other = null;
  });

  const built = (fingerprint: string) => {
    write(".next/BUILD_ID", "abc");
    write(".next/source-fingerprint", fingerprint);
  };

  it("is current when the folder was built from these sources, whoever serves it", () => {
    built(sourceFingerprint(root));
    write(`.next/serving/${process.pid + 100_000}`, "");
    expect(buildState({}, root).current).toBe(true);
  });

  it("refuses a rebuild of a folder another live process serves, naming it and what to do instead", async () => {
    built("sources of an older build");
    other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
    await new Promise((resolve) => other!.once("spawn", resolve));
    write(`.next/serving/${other.pid}`, "");
    expect(() => buildState({}, root)).toThrow(BuildInUse);
    expect(() => buildState({}, root)).toThrow(new RegExp(`process ${other.pid} is serving .*--serve-only`));
    // Another folder is free to build.
    expect(buildState({ NEXT_DIST_DIR: ".next-new" }, root).current).toBe(false);
  });

  it("clears markers left by processes that died and then allows the rebuild", async () => {
    built("sources of an older build");
    const dead = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    await new Promise((resolve) => dead.once("exit", resolve));
    write(`.next/serving/${dead.pid}`, "");
    expect(buildState({}, root).current).toBe(false);
    expect(servingProcesses(path.join(root, ".next"))).toEqual([]);
    expect(fs.existsSync(path.join(root, `.next/serving/${dead.pid}`))).toBe(false);
  });
});
