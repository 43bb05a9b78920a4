/**
 * Entry of the compiler bundle (public/kernel/compiler.js): sucrase and acorn, about a fifth of
 * the kernel's code. The worker reports ready without it and loads it with importScripts right
 * after, so the learner sees a ready kernel sooner; the first run waits for it if need be.
 */
import { transformCell } from "../core/transform";

// Must match lib/kernel/worker/load-compiler.ts.
const COMPILER_GLOBAL = "__dlnCompiler";

(self as unknown as Record<string, unknown>)[COMPILER_GLOBAL] = transformCell;
