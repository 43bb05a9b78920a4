// House rules that live inside one file (docs/decisions/009-house-rules.md). Rules about imports
// between files are checked by scripts/check-boundaries.ts (dependency-cruiser); both run in `npm run lint`.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import { defineConfig } from "eslint/config";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const REACT = ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"];

export default defineConfig(
  {
    ignores: [
      "node_modules/",
      "generated/",
      ".next*/",
      "public/",
      "data/",
      "lessons/",
      "tests/fixtures/",
      "test-results/",
      "playwright-report/",
      "next-env.d.ts",
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
  js.configs.recommended,
  tseslint.configs.recommended,
  // React code lives in app/ and components/; the hooks rules run the React Compiler's analysis,
  // which is most of lint's time, so they skip the rest.
  { ...reactHooks.configs.flat["recommended-latest"], files: REACT },
  { ...nextPlugin.configs["core-web-vitals"], files: REACT },
  { ...jsxA11y.flatConfigs.recommended, files: ["**/*.tsx"] },
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": [
        "error",
        // `typeof import("x")` stays allowed: vi.mock's importOriginal<…>() needs it.
        { fixStyle: "inline-type-imports", disallowTypeAnnotations: false },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["**/*.tsx"],
    rules: {
      // Scrollable tables and code blocks take tabIndex={0} so keyboard users can scroll them
      // (axe: scrollable-region-focusable); they are role="region" with a label, or a <pre>.
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: ["pre"], roles: ["tabpanel", "region"], allowExpressionValues: true }],
    },
  },
  {
    // Config files run by Node outside the TypeScript build.
    files: ["*.js", "*.cjs"],
    languageOptions: { globals: { process: "readonly", module: "writable", require: "readonly" } },
  },
  { files: ["**/*.cjs"], languageOptions: { sourceType: "commonjs" }, rules: { "@typescript-eslint/no-require-imports": "off" } },
  // Known findings in the notebook UI, left for a careful rework (effects that measure layout, refs
  // that hold the latest props for Monaco and Chart.js callbacks); see docs/decisions/009-house-rules.md.
  {
    files: ["components/notebook/cell-hooks.ts"],
    rules: { "react-hooks/exhaustive-deps": "off", "react-hooks/set-state-in-effect": "off" },
  },
  {
    files: ["components/notebook/NotebookProvider.tsx", "components/notebook/editor/MonacoCellEditor.tsx", "components/notebook/outputs/ChartOutput.tsx"],
    rules: { "react-hooks/refs": "off" },
  },
);
