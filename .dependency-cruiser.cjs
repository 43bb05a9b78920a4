/**
 * Import boundaries between the app's layers (docs/decisions/009-house-rules.md). Run by
 * `npm run lint` through scripts/check-boundaries.ts, which also walks the graph for the two rules
 * that need more than a path pattern (client code never reaching server-only modules, and the
 * `import "server-only"` marker).
 */
const NPM = ["npm", "npm-dev", "npm-optional", "npm-peer", "npm-bundled", "npm-no-pkg", "npm-unknown"];

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "kernel-is-self-contained",
      comment:
        "lib/kernel runs in the learner's browser (and in Node for the lesson check): it imports only itself, npm packages and Node built-ins, never app code.",
      severity: "error",
      from: { path: "^lib/kernel/" },
      to: { pathNot: "^lib/kernel/", dependencyTypesNot: [...NPM, "core"] },
    },
    {
      name: "ui-has-no-domain-imports",
      comment: "components/ui holds primitives: no domain code from lib/ (types included), no feature components, no routes.",
      severity: "error",
      from: { path: "^components/ui/" },
      to: { path: "^(lib|app|generated)/|^components/(?!ui/)" },
    },
    {
      name: "app-goes-through-the-data-layer",
      comment: "Routes never talk to the database: they call lib/ functions that authorise and return plain DTOs.",
      severity: "error",
      from: { path: "^app/" },
      to: { path: ["^lib/db\\.ts$", "^generated/", "(^|/)node_modules/(@prisma/[^/]+|prisma)/"] },
    },
    {
      name: "no-circular",
      comment: "A cycle (even a type-only one) means a shared piece wants its own module.",
      severity: "error",
      from: {},
      to: {
        circular: true,
      },
    },
    {
      name: "not-to-unresolvable",
      comment: "An import that does not resolve is a typo or a missing package.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: ["(^|/)node_modules/", "^generated/"] },
    exclude: { path: ["^\\.next", "^public/", "^lessons/", "^data/", "^tests/fixtures/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".d.ts", ".json"],
    },
    skipAnalysisNotInRules: true,
  },
};
