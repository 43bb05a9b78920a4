import type { ReactNode } from "react";
import { CALLOUT_TYPES, type CalloutType } from "@/lib/lessons/components-spec";
import styles from "./callout.module.css";

const LABELS: Record<CalloutType, string> = { note: "Note", tip: "Tip", warning: "Warning", misconception: "Misconception" };

/** Simple line icons, so the callout type is not told by colour alone. */
const ICONS: Record<CalloutType, ReactNode> = {
  note: <path d="M12 8h.01M11 12h1v5h1M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z" />,
  tip: <path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.4 1 1.1 1 1.8V16h5v-.3c0-.7.4-1.4 1-1.8A6 6 0 0 0 12 3z" />,
  warning: <path d="M12 9v4M12 17h.01M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z" />,
  misconception: <path d="M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM9 9l6 6M15 9l-6 6" />,
};

export function Callout({ type = "note", title, children }: { type?: string; title?: string; children?: ReactNode }) {
  const kind: CalloutType = (CALLOUT_TYPES as readonly string[]).includes(type) ? (type as CalloutType) : "note";
  return (
    <aside className={`${styles.callout} ${styles[kind]}`} aria-label={title ? `${LABELS[kind]}: ${title}` : LABELS[kind]}>
      <div className={styles.head}>
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          {ICONS[kind]}
        </svg>
        <span className={styles.label}>{LABELS[kind]}</span>
        {title && <span className={styles.title}>{title}</span>}
      </div>
      <div className={styles.body}>{children}</div>
    </aside>
  );
}
