"use client";

import { statusText } from "@/lib/progress/client";
import { useProgressStatus } from "./useProgress";
import styles from "./progress.module.css";

const TONE = {
  saved: styles.saved,
  saving: styles.saving,
  offline: styles.warning,
  "server-error": styles.warning,
  "signed-out": styles.warning,
  conflict: styles.warning,
  error: styles.error,
} as const;

/** "Saving… / Saved / Offline — will retry", announced politely to screen readers. */
export function ProgressStatus({ className }: { className?: string }) {
  const status = useProgressStatus();
  return (
    <p role="status" aria-live="polite" className={[styles.status, TONE[status.state], className].filter(Boolean).join(" ")} data-testid="progress-status" data-state={status.state}>
      <span aria-hidden="true" className={styles.dot} />
      {statusText(status)}
    </p>
  );
}
