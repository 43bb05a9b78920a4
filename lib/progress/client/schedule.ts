/** Events wait this long so that a burst (run all cells) goes out as one request. */
const EVENT_DELAY_MS = 300;
/** Code is sent once typing pauses this long… */
const CODE_DEBOUNCE_MS = 1000;
/** …but never later than this after the first unsent keystroke. */
const CODE_MAX_WAIT_MS = 5000;
const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 60_000;

/** 1 s, 2 s, 4 s… up to a minute, with ±20 % jitter so many browsers do not retry in step. */
export function nextBackoff(failures: number, random = Math.random): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/**
 * When the next flush happens: soon after an event, after a pause in typing for code, never
 * before a pending retry time. One timer at a time.
 */
export class Schedule {
  private eventDue = Infinity;
  private codeDue = Infinity;
  private codeFirst: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** No flush before this time (set after a failure; 0 means none pending). */
  retryAt = 0;

  constructor(private readonly run: () => void) {}

  event(): void {
    this.eventDue = Math.min(this.eventDue, Date.now() + EVENT_DELAY_MS);
    this.arm();
  }

  code(): void {
    const now = Date.now();
    this.codeFirst ??= now;
    this.codeDue = Math.min(now + CODE_DEBOUNCE_MS, this.codeFirst + CODE_MAX_WAIT_MS);
    this.arm();
  }

  now(): void {
    this.eventDue = Date.now();
    this.arm();
  }

  /** Called when a flush starts: everything due is being sent. */
  clear(): void {
    this.eventDue = Infinity;
    this.codeDue = Infinity;
    this.codeFirst = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    const due = Math.max(Math.min(this.eventDue, this.codeDue), this.retryAt);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.run();
    }, Math.max(0, due - Date.now()));
  }
}
