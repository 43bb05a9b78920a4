import { OUTPUT_LIMITS, type Output } from "../outputs.ts";

type StreamName = "stdout" | "stderr";

/** Merged stream text is flushed at least this often, so a long sync loop still shows progress. */
const FLUSH_INTERVAL_MS = 50;
const FLUSH_CHARS = 8_192;

/**
 * One run's outputs on their way to the host: consecutive stream chunks are merged, and the
 * caps are applied here, where output is produced. Past a cap, output is dropped cheaply and a
 * single notice says so. `final` outputs (result, error, run notices) bypass the caps: there are
 * at most a few per run and they are what the learner needs to see.
 */
export class OutputSink {
  private chars = 0;
  private messages = 0;
  private pendingName: StreamName | null = null;
  private pending: string[] = [];
  private pendingChars = 0;
  private lastFlush: number;
  private flushScheduled = false;
  truncated = false;

  constructor(
    private readonly emitToHost: (output: Output) => void,
    private readonly now: () => number,
  ) {
    this.lastFlush = now();
  }

  /** Room left for stream text; 0 once truncated. Lets callers cut huge strings before copying. */
  get streamRoom(): number {
    return this.truncated ? 0 : OUTPUT_LIMITS.maxStreamChars - this.chars;
  }

  stream(name: StreamName, text: string): void {
    if (this.truncated || text.length === 0) return;
    const room = this.streamRoom;
    const fits = text.length <= room ? text : text.slice(0, room);
    if (this.pendingName !== null && this.pendingName !== name) this.flush();
    this.pendingName = name;
    this.pending.push(fits);
    this.pendingChars += fits.length;
    this.chars += fits.length;
    // Full (cut, or exactly at the cap): say so now, not when the run ends, so a flood shows its notice at once.
    if (fits.length < text.length || this.chars >= OUTPUT_LIMITS.maxStreamChars) {
      this.truncate(`${OUTPUT_LIMITS.maxStreamChars.toLocaleString("en-US")} characters`);
      return;
    }
    if (this.pendingChars >= FLUSH_CHARS || this.now() - this.lastFlush >= FLUSH_INTERVAL_MS) this.flush();
    else this.scheduleFlush();
  }

  /** A capped output (display, chart updates). */
  emit(output: Output): void {
    this.flush();
    if (this.truncated) return;
    if (this.messages >= OUTPUT_LIMITS.maxMessages) {
      this.truncate(`${OUTPUT_LIMITS.maxMessages.toLocaleString("en-US")} messages`);
      return;
    }
    this.messages++;
    this.emitToHost(output);
  }

  /** An output that is never capped (result, error, the run's own notices). */
  final(output: Output): void {
    this.flush();
    this.emitToHost(output);
  }

  flush(): void {
    if (this.pendingName === null) return;
    const name = this.pendingName;
    const text = this.pending.length === 1 ? (this.pending[0] ?? "") : this.pending.join("");
    this.pendingName = null;
    this.pending = [];
    this.pendingChars = 0;
    this.lastFlush = this.now();
    if (this.messages >= OUTPUT_LIMITS.maxMessages) {
      this.truncate(`${OUTPUT_LIMITS.maxMessages.toLocaleString("en-US")} messages`);
      return;
    }
    this.messages++;
    this.emitToHost({ type: "stream", name, text });
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    queueMicrotask(() => {
      this.flushScheduled = false;
      this.flush();
    });
  }

  private truncate(after: string): void {
    if (this.truncated) return;
    this.flush();
    // Flushing may itself have hit the message cap and said so already.
    if (this.truncated) return;
    this.truncated = true;
    this.emitToHost({ type: "notice", level: "warning", text: `Output truncated after ${after}: the rest of this run's output is hidden.` });
  }
}
