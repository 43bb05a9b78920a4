export { KernelClient, type KernelStatus, type RunHandle, type RunOptions } from "./kernel-client";
export type { RunHandlers } from "./run-queue";
