import { CellSyntaxError } from "../core/errors";
import type { TransformedCell } from "../core/transform";

type Transform = (source: string) => TransformedCell;

/** Must match lib/kernel/worker/compiler.ts (not imported: that would bundle the compiler here). */
const COMPILER_GLOBAL = "__dlnCompiler";

/**
 * Loads compiler.js once (from the URL `resolveUrl` gives: a blob of the bytes the app handed over,
 * or the network address) and keeps the function it defines in this closure (the global is deleted
 * at once, so a cell cannot swap the compiler for the next cells). `load()` never rejects: a
 * failure surfaces as the error of every transform.
 */
export function lazyCompiler(resolveUrl: () => Promise<string>): { load(): Promise<void>; transform(source: string): TransformedCell } {
  let compile: Transform | null = null;
  let failure: Error | null = null;
  let loading: Promise<void> | null = null;
  const load = () =>
    (loading ??= resolveUrl().then(
      (url) => {
        try {
          const scope = self as unknown as WorkerGlobalScope & Record<string, unknown>;
          scope.importScripts(url);
          const loaded = scope[COMPILER_GLOBAL];
          delete scope[COMPILER_GLOBAL];
          if (typeof loaded !== "function") throw new Error("compiler.js defined no compiler");
          compile = loaded as Transform;
        } catch (error) {
          failure = new Error(`The kernel's compiler failed to load: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
      (error: unknown) => {
        failure = new Error(`The kernel's compiler failed to load: ${String(error)}`);
      },
    ));
  return {
    load,
    transform(source) {
      if (!compile) throw failure ?? new Error("The kernel's compiler is still loading.");
      try {
        return compile(source);
      } catch (error) {
        throw asOurSyntaxError(error);
      }
    },
  };
}

/**
 * compiler.js has its own copy of the error classes, so its CellSyntaxError is not ours for
 * `instanceof`: carry its message, line and column over to the kernel's class.
 */
function asOurSyntaxError(error: unknown): unknown {
  if (!(error instanceof Error) || error instanceof CellSyntaxError || error.name !== "SyntaxError") return error;
  const { line, column } = error as Error & { line?: unknown; column?: unknown };
  return new CellSyntaxError(error.message, typeof line === "number" ? line : undefined, typeof column === "number" ? column : undefined);
}
