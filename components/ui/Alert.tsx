import type { ReactNode } from "react";
import styles from "./ui.module.css";

const toneClass = { error: styles.alertError, success: styles.alertSuccess, info: styles.alertInfo };

export function Alert({ tone, children, testId }: { tone: keyof typeof toneClass; children: ReactNode; testId?: string }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`${styles.alert} ${toneClass[tone]}`} data-testid={testId}>
      {children}
    </div>
  );
}
