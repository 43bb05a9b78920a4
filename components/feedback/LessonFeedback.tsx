"use client";

import { useEffect, useState } from "react";
import { markFeedbackRead } from "@/lib/feedback/actions";
import type { FeedbackItem } from "@/lib/feedback/types";
import { FeedbackComment } from "./FeedbackComment";
import { ReplyForm } from "./ReplyForm";
import styles from "./feedback.module.css";

/**
 * The instructor's comments on this learner's code in this lesson, grouped by cell, above the
 * lesson. Showing them marks them read; they stay marked "New" for this visit.
 */
export function LessonFeedback({ items: initial }: { items: FeedbackItem[] }) {
  const [items, setItems] = useState(initial);
  const [unseen] = useState(() => new Set(initial.filter((i) => !i.read).map((i) => i.id)));

  useEffect(() => {
    if (unseen.size > 0) void markFeedbackRead({ ids: [...unseen] });
  }, [unseen]);

  const cells = [...new Set(items.map((i) => i.cellId))];
  return (
    <section id="feedback" className={styles.panel} aria-labelledby="feedback-heading" data-testid="lesson-feedback">
      <h2 id="feedback-heading">Feedback on your code</h2>
      <p className={styles.count}>
        {items.length} comment{items.length === 1 ? "" : "s"}
        {unseen.size > 0 && `, ${unseen.size} new`}. You can reply once to each.
      </p>
      {cells.map((cellId) => (
        <div key={cellId} className={styles.cellGroup}>
          <h3>
            Cell <code>{cellId}</code> · <a className={styles.link} href={`#cell-${cellId}`}>go to the cell</a>
          </h3>
          {items
            .filter((i) => i.cellId === cellId)
            .map((item) => (
              <FeedbackComment key={item.id} item={item} isNew={unseen.has(item.id)}>
                {item.reply === null && (
                  <ReplyForm id={item.id} onSent={(reply) => setItems((all) => all.map((i) => (i.id === item.id ? { ...i, reply, repliedAt: new Date().toISOString() } : i)))} />
                )}
              </FeedbackComment>
            ))}
        </div>
      ))}
    </section>
  );
}
