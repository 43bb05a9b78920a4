"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { addFeedback, deleteFeedback } from "@/lib/feedback/actions";
import { FEEDBACK_MAX_CHARS, type FeedbackResult } from "@/lib/feedback/types";
import styles from "@/components/feedback/feedback.module.css";

interface Target {
  cohortId: string;
  learnerId: string;
  lessonId: string;
  cellId: string;
}

/** Runs a feedback action, shows its answer, and reloads the page's data when it worked. */
function useFeedbackAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<FeedbackResult | null>(null);
  const run = (action: () => Promise<FeedbackResult>, onOk?: () => void) =>
    startTransition(async () => {
      const res = await action();
      setResult(res);
      if (res.ok) {
        onOk?.();
        router.refresh();
      }
    });
  return { pending, result, run };
}

/** An instructor's comment on one cell of a learner's code: on a line of it, or on the whole cell. */
export function FeedbackForm({ target, lines }: { target: Target; lines: string[] }) {
  const { pending, result, run } = useFeedbackAction();
  const id = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const line = String(data.get("line") ?? "");
    run(() => addFeedback({ ...target, line: line === "" ? null : Number(line), body: String(data.get("body") ?? "") }), () => form.reset());
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label={`New comment on ${target.cellId}`}>
      <label htmlFor={`${id}-line`}>Comment on</label>
      <select id={`${id}-line`} name="line" defaultValue="">
        <option value="">The whole cell</option>
        {lines.map((text, i) => (
          <option key={i} value={i + 1}>
            Line {i + 1}: {text.trim().slice(0, 60) || "(empty)"}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-body`}>Comment (plain text)</label>
      <textarea id={`${id}-body`} name="body" maxLength={FEEDBACK_MAX_CHARS} />
      <div className={styles.actions}>
        <Button type="submit" disabled={pending}>{pending ? "Posting…" : "Post comment"}</Button>
      </div>
      {result && <Alert tone={result.ok ? "success" : "error"} testId="feedback-result">{result.message}</Alert>}
    </form>
  );
}

/** Takes one of the instructor's comments back. */
export function DeleteFeedbackButton({ id, label }: { id: string; label: string }) {
  const { pending, result, run } = useFeedbackAction();
  return (
    <div className={styles.actions}>
      <Button type="button" variant="danger" disabled={pending} onClick={() => run(() => deleteFeedback({ id }))} aria-label={`Delete the comment on ${label}`}>
        Delete
      </Button>
      {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
    </div>
  );
}
