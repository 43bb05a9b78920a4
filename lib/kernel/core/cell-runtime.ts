import type { TF } from "./types.ts";

/**
 * The `__k` object a transformed cell calls (see transform.ts): the stop check used by loop
 * guards, and the module resolver behind rewritten imports. Only TensorFlow.js is importable.
 */
export interface CellRuntime {
  check(): void;
  named<F extends object>(fn: F, name: string): F;
  import(specifier: string): unknown;
  importDefault(module: unknown): unknown;
  importNamed(module: unknown, specifier: string, name: string): unknown;
  dynamicImport(specifier: string): Promise<unknown>;
}

const TFJS_NAMES = ["@tensorflow/tfjs", "@tensorflow/tfjs-core", "@tensorflow/tfjs-layers", "@tensorflow/tfjs-node"];

export function createCellRuntime(tf: TF, check: () => void): CellRuntime {
  const resolve = (specifier: string): unknown => {
    if (TFJS_NAMES.includes(specifier)) return tf;
    throw new Error(`Cannot import "${specifier}": notebook cells can only import "@tensorflow/tfjs" (also available as the global \`tf\`).`);
  };
  return {
    check,
    named(fn, name) {
      Object.defineProperty(fn, "name", { value: name, configurable: true });
      return fn;
    },
    import: resolve,
    importDefault(module) {
      const withDefault = module as { default?: unknown };
      return withDefault.default ?? module;
    },
    importNamed(module, _specifier, name) {
      // No error for a missing name: an import kept for later cells may be a type-only name
      // (Tensor2D), and the editor's TypeScript already flags real typos.
      return (module as Record<string, unknown>)[name];
    },
    dynamicImport(specifier) {
      return Promise.resolve().then(() => resolve(specifier));
    },
  };
}
