"use client";
import type { InspectValue } from "@/lib/kernel/outputs";
import styles from "./outputs.module.css";

/** The value inspector: primitives inline, objects/arrays/maps/sets expandable, tensors previewed. */
export function InspectView({ value, depth }: { value: InspectValue; depth: number }) {
  switch (value.kind) {
    case "primitive":
      return <span className={styles[`js-${value.jsType}`] ?? styles.primitive}>{value.repr}</span>;
    case "function":
      return <span className={styles.fn}>ƒ {value.name || "anonymous"}()</span>;
    case "error":
      return <span className={styles.stderrInline}>{`${value.name}: ${value.message}`}</span>;
    case "date":
      return <span className={styles.primitive}>{value.iso}</span>;
    case "circular":
      return <span className={styles.muted}>[Circular]</span>;
    case "more":
      return <span className={styles.muted}>… {value.count} more</span>;
    case "tensor":
      return (
        <div className={styles.tensor}>
          <div className={styles.tensorHead}>
            Tensor <span className={styles.muted}>shape</span> [{value.shape.join(", ")}] <span className={styles.muted}>dtype</span> {value.dtype}
            {value.disposed && <span className={styles.badge}>disposed</span>}
          </div>
          {!value.disposed && <pre className={styles.tensorValues}>{value.preview}</pre>}
        </div>
      );
    case "model":
      return (
        <div className={styles.tensor}>
          <div className={styles.tensorHead}>Model {value.name}</div>
          <pre className={styles.tensorValues}>{value.summary.join("\n")}</pre>
        </div>
      );
    case "array":
    case "set":
      return (
        <Expandable summary={`${value.kind === "set" ? "Set" : (value.ctor ?? "Array")}(${value.kind === "set" ? value.size : value.length})`} depth={depth} inline={inlineList(value.items)}>
          {value.items.map((item, index) => (
            <li key={index}>
              {value.kind === "array" && <span className={styles.key}>{index}: </span>}
              <InspectView value={item} depth={depth + 1} />
            </li>
          ))}
          {value.truncated && <li className={styles.muted}>…</li>}
        </Expandable>
      );
    case "object":
      return (
        <Expandable summary={`${value.ctor} {${value.entries.length}${value.truncated ? "+" : ""}}`} depth={depth}>
          {value.entries.map(([key, item]) => (
            <li key={key}>
              <span className={styles.key}>{key}: </span>
              <InspectView value={item} depth={depth + 1} />
            </li>
          ))}
          {value.truncated && <li className={styles.muted}>…</li>}
        </Expandable>
      );
    case "map":
      return (
        <Expandable summary={`Map(${value.size})`} depth={depth}>
          {value.entries.map(([key, item], index) => (
            <li key={index}>
              <InspectView value={key} depth={depth + 1} /> <span className={styles.muted}>=&gt;</span> <InspectView value={item} depth={depth + 1} />
            </li>
          ))}
          {value.truncated && <li className={styles.muted}>…</li>}
        </Expandable>
      );
  }
}

/** Short lists of primitives read best on one line: [1, 2, 3]. */
function inlineList(items: InspectValue[]): string | null {
  if (items.length > 12 || !items.every((item) => item.kind === "primitive")) return null;
  const text = items.map((item) => (item.kind === "primitive" ? item.repr : "")).join(", ");
  return text.length <= 80 ? `[${text}]` : null;
}

function Expandable({ summary, depth, inline, children }: { summary: string; depth: number; inline?: string | null; children: React.ReactNode }) {
  return (
    <details className={styles.expandable} open={depth === 0}>
      <summary>
        {summary}
        {inline && <span className={styles.inlinePreview}> {inline}</span>}
      </summary>
      <ul className={styles.entries}>{children}</ul>
    </details>
  );
}
