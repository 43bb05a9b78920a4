import type { KernelStatus, RunHandle, RunHandlers, RunOptions } from "@/lib/kernel/client";
import type { BackendName } from "@/lib/kernel/protocol";

/** What the notebook needs of a kernel: the real KernelClient, or a fake in the controller's tests. */
export interface KernelLike {
  readonly status: KernelStatus;
  connect(): void;
  onStatus(listener: (status: KernelStatus) => void): () => void;
  run(options: RunOptions, handlers?: RunHandlers): RunHandle;
  interrupt(): void;
  restart(): Promise<void>;
  setBackend(backend: BackendName): Promise<void>;
  dispose(): void;
}
