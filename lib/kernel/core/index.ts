/**
 * The kernel's execution core: one implementation for the browser worker and for Node (lesson
 * check). No DOM, worker or server APIs here; Node-only helpers live in node-assets.ts.
 */
export { KernelCore } from "./kernel-core.ts";
export { transformCell } from "./transform.ts";
