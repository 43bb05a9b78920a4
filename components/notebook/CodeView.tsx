"use client";
import { forwardRef, type KeyboardEvent } from "react";
import styles from "./cell.module.css";

export interface CodeViewProps {
  source: string;
  /** Pre-highlighted HTML of the original source from the lesson pipeline (trusted, server-made). */
  html?: string;
  errorLine: number | null;
  label: string;
  /** id of the element that explains the keys (Enter edits, Shift+Enter runs). */
  hintId: string;
  loading: boolean;
  onActivate(): void;
  onRun(advance: boolean): void;
  onFocus(): void;
}

/**
 * The cell's code before the editor loads: server-rendered, focusable, and opened into Monaco
 * by a click or by Enter. Shift+Enter and Ctrl/Cmd+Enter run it straight away.
 */
export const CodeView = forwardRef<HTMLPreElement, CodeViewProps>(function CodeView(props, ref) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    if (event.shiftKey) props.onRun(true);
    else if (event.ctrlKey || event.metaKey) props.onRun(false);
    else props.onActivate();
  };
  const lines = props.source.split("\n");
  const common = {
    ref,
    tabIndex: 0,
    role: "group",
    "aria-label": props.label,
    "aria-describedby": props.hintId,
    "aria-busy": props.loading,
    className: styles.code,
    onClick: props.onActivate,
    onFocus: props.onFocus,
    onKeyDown,
  } as const;
  if (props.html && props.errorLine === null) {
    return <pre {...common} dangerouslySetInnerHTML={{ __html: props.html }} />;
  }
  return (
    <pre {...common}>
      <code>
        {lines.map((line, index) =>
          index + 1 === props.errorLine ? (
            // A block of its own: the highlight spans the full width and ends the line itself.
            <span key={index} className={styles.errorLine}>
              {line || " "}
            </span>
          ) : (
            <span key={index}>
              {line}
              {index < lines.length - 1 && "\n"}
            </span>
          ),
        )}
      </code>
    </pre>
  );
});
