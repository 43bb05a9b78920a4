import { FeedbackComment } from "@/components/feedback/FeedbackComment";
import { feedbackTarget, type FeedbackItem } from "@/lib/feedback/types";
import { DeleteFeedbackButton, FeedbackForm } from "./FeedbackForm";
import styles from "./detail.module.css";

interface Cell {
  cellId: string;
  source: string;
  revision: number;
  version: string;
  updatedAt: string;
}

interface Props {
  lessonTitle: string;
  cells: Cell[];
  feedback: FeedbackItem[];
  /** Where new comments go. */
  target: { cohortId: string; learnerId: string; lessonId: string };
}

/**
 * A learner's saved code, shown as text only (it is never run or rendered as HTML here), with
 * numbered lines, the comments on each cell and a form for a new one.
 */
export function LearnerCode({ lessonTitle, cells, feedback, target }: Props) {
  return (
    <section id="code" className={styles.section} aria-labelledby="code-heading">
      <h2 id="code-heading">Code in “{lessonTitle}”</h2>
      {cells.length === 0 && <p>No saved code for this lesson.</p>}
      {cells.map((c) => {
        const lines = c.source.split("\n");
        const comments = feedback.filter((f) => f.cellId === c.cellId);
        return (
          <figure key={c.cellId} className={styles.code} data-testid={`code-${c.cellId}`}>
            <figcaption>
              <code>{c.cellId}</code> · saved {c.updatedAt.slice(0, 16).replace("T", " ")} UTC · revision {c.revision}
            </figcaption>
            <pre tabIndex={0} className={styles.numbered} aria-label={`Code of ${c.cellId}`}>
              {lines.map((text, i) => (
                <span key={i} className={styles.line}>
                  {text}
                  {"\n"}
                </span>
              ))}
            </pre>
            <div className={styles.feedback}>
              {comments.map((f) => (
                <FeedbackComment key={f.id} item={f}>
                  <DeleteFeedbackButton id={f.id} label={`${c.cellId}, ${feedbackTarget(f)}`} />
                </FeedbackComment>
              ))}
              <FeedbackForm target={{ ...target, cellId: c.cellId }} lines={lines} />
            </div>
          </figure>
        );
      })}
      <OrphanedComments cells={cells} feedback={feedback} />
    </section>
  );
}

/** Comments on cells with no saved code now (the learner reset them): still shown, and still deletable. */
function OrphanedComments({ cells, feedback }: Pick<Props, "cells" | "feedback">) {
  const saved = new Set(cells.map((c) => c.cellId));
  const orphaned = feedback.filter((f) => !saved.has(f.cellId));
  if (orphaned.length === 0) return null;
  return (
    <div className={styles.feedback} data-testid="orphaned-feedback">
      <p>Comments on code the learner has since reset (they still see them):</p>
      {orphaned.map((f) => (
        <FeedbackComment key={f.id} item={f}>
          <DeleteFeedbackButton id={f.id} label={`${f.cellId}, ${feedbackTarget(f)}`} />
        </FeedbackComment>
      ))}
    </div>
  );
}
