import { formatInspect } from "./format-inspect.ts";
import { inspect } from "./serialise.ts";
import type { OutputSink } from "./output-sink.ts";

/**
 * The `console` cells see. Text goes to the current run's OutputSink (stdout for log/info/debug,
 * stderr for warn/error), never to the real console. Formatting stops once the sink's room is
 * used, so `console.log(hugeString)` never builds a copy of the huge string.
 */
type Sink = () => OutputSink;

function formatValue(value: unknown): string {
  return typeof value === "string" ? value : formatInspect(inspect(value));
}

function substitute(format: string, args: unknown[]): { text: string; used: number } {
  let used = 0;
  const text = format.replace(/%[sdifoOjc%]/g, (token) => {
    if (token === "%%") return "%";
    if (used >= args.length) return token;
    const arg = args[used++];
    switch (token) {
      case "%d":
      case "%i": return String(typeof arg === "bigint" ? arg : Math.trunc(Number(arg)));
      case "%f": return String(Number(arg));
      case "%c": return "";
      case "%s": return typeof arg === "string" ? arg : formatValue(arg);
      default: return formatValue(arg);
    }
  });
  return { text, used };
}

/** Formats console arguments, stopping once `budget` characters are produced. */
function formatArgs(args: unknown[], budget: number): string {
  const parts: string[] = [];
  let length = 0;
  let rest = args;
  const [first] = args;
  if (typeof first === "string" && first.includes("%") && args.length > 1) {
    const { text, used } = substitute(first, args.slice(1));
    parts.push(text);
    length += text.length;
    rest = args.slice(1 + used);
  } else if (args.length > 0) {
    const text = formatValue(first);
    parts.push(text);
    length += text.length;
    rest = args.slice(1);
  }
  for (const arg of rest) {
    if (length > budget) break;
    const text = formatValue(arg);
    parts.push(" ", text);
    length += text.length + 1;
  }
  const joined = parts.length === 1 ? (parts[0] ?? "") : parts.join("");
  return joined.length > budget + 1 ? joined.slice(0, budget + 1) : joined;
}

export function createCellConsole(sink: Sink): Console {
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();
  let groupIndent = "";
  const write = (name: "stdout" | "stderr", args: unknown[]) => {
    const out = sink();
    const room = out.streamRoom;
    if (room <= 0) return;
    let text = formatArgs(args, room);
    if (groupIndent) text = groupIndent + text.replace(/\n/g, `\n${groupIndent}`);
    out.stream(name, `${text}\n`);
  };
  const stdout = (...args: unknown[]) => write("stdout", args);
  const stderr = (...args: unknown[]) => write("stderr", args);
  const cellConsole = {
    log: stdout,
    info: stdout,
    debug: stdout,
    dir: (value: unknown) => write("stdout", [formatInspect(inspect(value))]),
    warn: stderr,
    error: stderr,
    trace: (...args: unknown[]) => write("stderr", ["Trace:", ...args]),
    assert: (condition: unknown, ...args: unknown[]) => {
      if (!condition) write("stderr", ["Assertion failed:", ...args]);
    },
    count: (label = "default") => {
      const n = (counts.get(label) ?? 0) + 1;
      counts.set(label, n);
      write("stdout", [`${label}: ${n}`]);
    },
    countReset: (label = "default") => void counts.delete(label),
    time: (label = "default") => void timers.set(label, Date.now()),
    timeEnd: (label = "default") => {
      const start = timers.get(label);
      timers.delete(label);
      if (start !== undefined) write("stdout", [`${label}: ${Date.now() - start} ms`]);
    },
    timeLog: (label = "default", ...args: unknown[]) => {
      const start = timers.get(label);
      if (start !== undefined) write("stdout", [`${label}: ${Date.now() - start} ms`, ...args]);
    },
    group: (...args: unknown[]) => {
      if (args.length > 0) write("stdout", args);
      groupIndent += "  ";
    },
    groupCollapsed: (...args: unknown[]) => {
      if (args.length > 0) write("stdout", args);
      groupIndent += "  ";
    },
    groupEnd: () => void (groupIndent = groupIndent.slice(2)),
    table: (data: unknown) => write("stdout", [data]),
  };
  return cellConsole as unknown as Console;
}
