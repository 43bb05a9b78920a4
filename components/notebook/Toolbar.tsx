"use client";
import type { ReactNode } from "react";
import { BACKENDS, type BackendName } from "@/lib/kernel/protocol";
import { useController, useKernelSnapshot } from "./context";
import styles from "./notebook.module.css";

const STATE_LABEL = { connecting: "starting", starting: "starting", idle: "ready", busy: "busy", restarting: "restarting", dead: "stopped working" } as const;

/** Run all, Run all above, Stop, Restart, the backend, and a polite live region for status. */
export function Toolbar({ extra }: { extra?: ReactNode }) {
  const controller = useController();
  const { status, announcement, activeCellId } = useKernelSnapshot();
  const backend = status.info?.backend ?? null;
  const available = status.info?.backends ?? [];
  const ready = status.state === "idle" || status.state === "busy";

  return (
    <div className={styles.toolbar} role="toolbar" aria-label="Notebook">
      <button type="button" data-testid="run-all" className={styles.button} onClick={() => void controller.runAll()}>
        Run all
      </button>
      <button
        type="button"
        className={styles.button}
        disabled={!activeCellId}
        onClick={() => activeCellId && void controller.runAllAbove(activeCellId)}
        title="Run every cell above the one you last used"
      >
        Run all above
      </button>
      <button type="button" data-testid="stop" className={styles.button} onClick={() => controller.interrupt()} aria-label="Stop the running cell">
        Stop
      </button>
      <button type="button" data-testid="restart-kernel" className={styles.button} onClick={() => void controller.restart()}>
        Restart kernel
      </button>
      <span className={styles.kernelState} data-state={status.state}>
        <span className={styles.dot} aria-hidden="true" />
        Kernel {STATE_LABEL[status.state]}
      </span>
      <div className={styles.backend}>
        <span aria-hidden="true">Backend</span>
        {/* The select shows the backend; this copy is for screen readers and tests. */}
        <span data-testid="kernel-backend" className="visually-hidden">
          {backend ?? "…"}
        </span>
        <select
          aria-label="Switch the TensorFlow.js backend"
          value={backend ?? ""}
          disabled={!ready || status.state === "busy"}
          onChange={(event) => void controller.setBackend(event.target.value as BackendName)}
        >
          {backend === null && <option value="">…</option>}
          {BACKENDS.filter((name) => available.includes(name)).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      {extra}
      <p className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
      {status.state === "dead" && (
        <p className={styles.dead} role="alert">
          The kernel stopped working. Press “Restart kernel” to start a fresh one.
        </p>
      )}
    </div>
  );
}
