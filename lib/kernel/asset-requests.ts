/**
 * Asks for kernel assets over a message channel and matches the replies by request id. The sandbox
 * asks the app; the worker asks the sandbox. A request that gets no reply in time fails, and the
 * asker then loads the file from the network itself, so a missing reply costs time, never the kernel.
 */
import { randomId } from "./protocol";

export interface AssetReply {
  requestId: string;
  bytes?: ArrayBuffer;
  error?: string;
}

interface Pending {
  resolve(bytes: ArrayBuffer): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

const ASSET_REPLY_TIMEOUT_MS = 20_000;

export class AssetRequests {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly send: (requestId: string, name: string) => void,
    private readonly timeoutMs = ASSET_REPLY_TIMEOUT_MS,
  ) {}

  request(name: string): Promise<ArrayBuffer> {
    const requestId = randomId();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.fail(requestId, `No answer for ${name} within ${this.timeoutMs / 1000} s.`), this.timeoutMs);
      this.pending.set(requestId, { resolve, reject, timer });
      this.send(requestId, name);
    });
  }

  /** Settles the request a reply answers; replies to nothing we asked are ignored. */
  settle(reply: AssetReply): void {
    const pending = this.pending.get(reply.requestId);
    if (!pending) return;
    this.pending.delete(reply.requestId);
    clearTimeout(pending.timer);
    if (reply.bytes) pending.resolve(reply.bytes);
    else pending.reject(new Error(reply.error ?? "The asset could not be loaded."));
  }

  private fail(requestId: string, message: string): void {
    this.settle({ requestId, error: message });
  }
}
