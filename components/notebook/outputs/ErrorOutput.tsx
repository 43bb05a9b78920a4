"use client";
import type { Output } from "@/lib/kernel/outputs";
import styles from "./outputs.module.css";

type ErrorItem = Extract<Output, { type: "error" }>;

export function ErrorOutput({ output }: { output: ErrorItem }) {
  return (
    <div className={styles.error} role="alert" aria-live="off">
      <p className={styles.errorTitle}>
        <strong>{output.ename}</strong>: {output.evalue}
        {output.line !== undefined && <span className={styles.errorLine}> (line {output.line})</span>}
      </p>
      {output.traceback.length > 0 && <pre className={styles.traceback}>{output.traceback.join("\n")}</pre>}
    </div>
  );
}
