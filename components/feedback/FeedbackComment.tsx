import type { ReactNode } from "react";
import { feedbackTarget, type FeedbackItem } from "@/lib/feedback/types";
import styles from "./feedback.module.css";

const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

/**
 * One comment on a learner's code, with the learner's reply. Body, quote and reply are rendered as
 * text (React escapes them; white-space keeps their line breaks), never as HTML.
 */
export function FeedbackComment({ item, isNew = false, children }: { item: FeedbackItem; isNew?: boolean; children?: ReactNode }) {
  return (
    <article className={styles.comment} data-testid="feedback-comment" data-feedback-id={item.id} aria-label={`Comment by ${item.authorName} on ${feedbackTarget(item)}`}>
      <p className={styles.meta}>
        {isNew && <span className={styles.new}>New</span>}
        <strong>{item.authorName}</strong> on {feedbackTarget(item)} · <time dateTime={item.createdAt}>{when(item.createdAt)}</time>
      </p>
      {item.quote && (
        <pre className={styles.quote} aria-label={`Line ${item.line} as it was`}>
          {item.quote}
        </pre>
      )}
      <p className={styles.body} data-testid="feedback-body">{item.body}</p>
      {item.reply !== null && (
        <div className={styles.reply} data-testid="feedback-reply">
          <p className={styles.meta}>
            Reply{item.repliedAt && <> · <time dateTime={item.repliedAt}>{when(item.repliedAt)}</time></>}
          </p>
          <p className={styles.body}>{item.reply}</p>
        </div>
      )}
      {children}
    </article>
  );
}
