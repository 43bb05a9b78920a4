import type { IDependency, IModule } from "dependency-cruiser";

/**
 * The two import rules that need more than a path pattern (docs/decisions/009-house-rules.md):
 * they read each module's first statements as well as dependency-cruiser's resolved graph.
 */
export interface BoundaryProblem {
  rule: "client-reaches-server-only" | "server-only-marker";
  file: string;
  message: string;
}

const TRIVIA = /(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/y;
const DIRECTIVE = /(["'])(use [a-z]+)\1[ \t]*;?/y;
const SERVER_ONLY_IMPORT = /import\s*(["'])server-only\1/y;

/** The directives a module starts with ("use client", "use server"), and where its first statement begins. */
function prologue(text: string): { directives: string[]; bodyStart: number } {
  const directives: string[] = [];
  let at = 0;
  for (;;) {
    TRIVIA.lastIndex = at;
    TRIVIA.exec(text);
    at = TRIVIA.lastIndex;
    DIRECTIVE.lastIndex = at;
    const match = DIRECTIVE.exec(text);
    if (!match) return { directives, bodyStart: at };
    directives.push(match[2]!);
    at = DIRECTIVE.lastIndex;
  }
}

export function hasDirective(text: string, directive: "use client" | "use server"): boolean {
  return prologue(text).directives.includes(directive);
}

/** Whether the module's first statement (after comments and directives) is `import "server-only"`. */
export function startsWithServerOnly(text: string): boolean {
  SERVER_ONLY_IMPORT.lastIndex = prologue(text).bodyStart;
  return SERVER_ONLY_IMPORT.test(text);
}

const runtime = (d: IDependency) => !d.dependencyTypes.includes("type-only");
const isServerOnlyPackage = (d: IDependency) => d.module === "server-only";

/**
 * Every module a "use client" module pulls into the browser bundle, through runtime imports
 * (type-only ones vanish), must not import "server-only". A "use server" module ends the walk:
 * the client receives references to its actions, not its code.
 */
export function clientReachingServerOnly(modules: readonly IModule[], read: (file: string) => string): BoundaryProblem[] {
  const bySource = new Map(modules.map((m) => [m.source, m]));
  const problems: BoundaryProblem[] = [];
  for (const client of modules) {
    if (!client.dependencies.length || !hasDirective(read(client.source), "use client")) continue;
    const cameFrom = new Map<string, string | null>([[client.source, null]]);
    const queue = [client.source];
    while (queue.length > 0) {
      const current = queue.shift()!;
      const mod = bySource.get(current);
      if (!mod) continue;
      if (mod.dependencies.some((d) => runtime(d) && isServerOnlyPackage(d))) {
        const chain = [current];
        for (let step = cameFrom.get(current); step; step = cameFrom.get(step)) chain.unshift(step);
        problems.push({ rule: "client-reaches-server-only", file: client.source, message: `reaches the server-only module ${current}: ${chain.join(" → ")}` });
        continue;
      }
      for (const d of mod.dependencies) {
        if (!runtime(d) || cameFrom.has(d.resolved) || !bySource.has(d.resolved) || !d.dependencyTypes.includes("local")) continue;
        cameFrom.set(d.resolved, current);
        if (!hasDirective(read(d.resolved), "use server")) queue.push(d.resolved);
      }
    }
  }
  return problems;
}

/** What makes a module server-only: the database, the validated environment, the filesystem. */
const SERVER_TARGETS = /^(lib\/db\.ts|lib\/env\.ts|fs|fs\/promises|node:fs|node:fs\/promises)$/;

/**
 * Not held to the marker: command-line tools, benchmarks and tests (run by Node, never by Next),
 * the kernel's Node-side dataset loader (lib/kernel is never server code; the kernel rule keeps it
 * so), and the root config files.
 */
const MARKER_EXEMPT = /^(scripts|bench|tests)\/|\.test\.tsx?$|^lib\/kernel\/|^[^/]+$/;

/** A module that imports the database, lib/env or node:fs starts with `import "server-only"`. */
export function missingServerOnlyMarker(modules: readonly IModule[], read: (file: string) => string): BoundaryProblem[] {
  return modules.flatMap((m) => {
    if (MARKER_EXEMPT.test(m.source)) return [];
    const target = m.dependencies.find((d) => runtime(d) && SERVER_TARGETS.test(d.resolved));
    if (!target || startsWithServerOnly(read(m.source))) return [];
    return [{ rule: "server-only-marker" as const, file: m.source, message: `imports ${target.resolved}, so it must start with import "server-only"` }];
  });
}
