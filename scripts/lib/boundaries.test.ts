import type { IDependency, IModule } from "dependency-cruiser";
import { describe, expect, it } from "vitest";
import { clientReachingServerOnly, hasDirective, missingServerOnlyMarker, startsWithServerOnly } from "./boundaries";

const dep = (resolved: string, types: string[] = ["local", "import"]): IDependency =>
  ({ module: resolved, resolved, dependencyTypes: types }) as unknown as IDependency;
const mod = (source: string, dependencies: IDependency[] = []): IModule => ({ source, dependencies }) as unknown as IModule;
const serverOnly = { ...dep("node_modules/server-only/index.js", ["npm", "import"]), module: "server-only" } as IDependency;

describe("the prologue of a module", () => {
  it("finds directives after comments, in either quote style", () => {
    expect(hasDirective('// note\n/* block */\n"use client";\nimport x from "y";', "use client")).toBe(true);
    expect(hasDirective("'use server'\nexport async function f() {}", "use server")).toBe(true);
    expect(hasDirective('import "x";\n"use client";', "use client")).toBe(false);
  });

  it('requires import "server-only" as the first statement after the directives', () => {
    expect(startsWithServerOnly('"use server";\n\nimport "server-only";\nimport { db } from "@/lib/db";')).toBe(true);
    expect(startsWithServerOnly("// why\nimport 'server-only';")).toBe(true);
    expect(startsWithServerOnly('import { db } from "@/lib/db";\nimport "server-only";')).toBe(false);
    expect(startsWithServerOnly('"use server";\nimport { db } from "@/lib/db";')).toBe(false);
  });
});

describe("client code never reaches a server-only module", () => {
  const files: Record<string, string> = {
    "components/Form.tsx": '"use client";',
    "lib/helpers.ts": "",
    "lib/secret.ts": 'import "server-only";',
    "lib/actions.ts": '"use server";\nimport "server-only";',
  };
  const read = (file: string) => files[file] ?? "";

  it("reports the chain from the client module to the server-only one", () => {
    const modules = [mod("components/Form.tsx", [dep("lib/helpers.ts")]), mod("lib/helpers.ts", [dep("lib/secret.ts")]), mod("lib/secret.ts", [serverOnly])];
    expect(clientReachingServerOnly(modules, read)).toEqual([
      { rule: "client-reaches-server-only", file: "components/Form.tsx", message: "reaches the server-only module lib/secret.ts: components/Form.tsx → lib/helpers.ts → lib/secret.ts" },
    ]);
  });

  it("ignores type-only imports and stops at server actions", () => {
    const modules = [
      mod("components/Form.tsx", [dep("lib/secret.ts", ["local", "type-only", "import"]), dep("lib/actions.ts")]),
      mod("lib/secret.ts", [serverOnly]),
      mod("lib/actions.ts", [serverOnly, dep("lib/secret.ts")]),
    ];
    expect(clientReachingServerOnly(modules, read)).toEqual([]);
  });
});

describe('the import "server-only" marker', () => {
  const read = (file: string) => (file === "lib/marked.ts" ? 'import "server-only";' : "");

  it("is required of modules that import the database, lib/env or node:fs at run time", () => {
    const modules = [
      mod("lib/marked.ts", [dep("lib/db.ts")]),
      mod("lib/unmarked.ts", [dep("lib/env.ts")]),
      mod("lib/files.ts", [dep("fs/promises", ["core", "import"])]),
      mod("lib/types-only.ts", [dep("lib/db.ts", ["local", "type-only", "import"])]),
    ];
    expect(missingServerOnlyMarker(modules, read).map((p) => p.file)).toEqual(["lib/unmarked.ts", "lib/files.ts"]);
  });

  it("is not required of scripts, benchmarks, tests, the kernel and root config files", () => {
    const files = ["scripts/migrate.ts", "bench/server.ts", "tests/setup/global-setup.ts", "lib/db.test.ts", "lib/kernel/core/node-assets.ts", "vitest.config.ts"];
    expect(missingServerOnlyMarker(files.map((f) => mod(f, [dep("fs", ["core", "import"])])), read)).toEqual([]);
  });
});
