"use client";
import { useContext, useState } from "react";
import type { Output } from "@/lib/kernel/outputs";
import { NotebookContext } from "../context";
import styles from "./outputs.module.css";

type ErrorItem = Extract<Output, { type: "error" }>;

export function ErrorOutput({ output, cellId }: { output: ErrorItem; cellId?: string }) {
  return (
    <div className={styles.error} role="alert" aria-live="off">
      <p className={styles.errorTitle}>
        <strong>{output.ename}</strong>: {output.evalue}
        {output.line !== undefined && <span className={styles.errorLine}> (line {output.line})</span>}
      </p>
      {output.suggestBackend && <RunOnCpu cellId={cellId} />}
      {output.traceback.length > 0 && <pre className={styles.traceback}>{output.traceback.join("\n")}</pre>}
    </div>
  );
}

/** One click: switch the kernel to CPU (state and code are kept) and run the cell again. */
function RunOnCpu({ cellId }: { cellId?: string }) {
  const controller = useContext(NotebookContext);
  const [busy, setBusy] = useState(false);
  if (!controller) return null;
  const onClick = async () => {
    setBusy(true);
    try {
      await controller.setBackend("cpu");
      if (cellId) await controller.runCell(cellId);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className={styles.errorAction} data-testid="run-on-cpu" disabled={busy} onClick={() => void onClick()}>
      Run this notebook on CPU
    </button>
  );
}
