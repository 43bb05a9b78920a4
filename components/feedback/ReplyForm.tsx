"use client";

import { useId, useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { replyToFeedback } from "@/lib/feedback/actions";
import { FEEDBACK_MAX_CHARS } from "@/lib/feedback/types";
import styles from "./feedback.module.css";

/** The learner's one reply to a comment. What was typed stays in the box until the server took it. */
export function ReplyForm({ id, onSent }: { id: string; onSent: (reply: string) => void }) {
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = String(new FormData(event.currentTarget).get("reply") ?? "");
    startTransition(async () => {
      const res = await replyToFeedback({ id, body });
      if (res.ok) onSent(body.replace(/\r\n?/g, "\n").trim());
      else setProblem(res.message);
    });
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      <label htmlFor={fieldId}>Your reply (you can send one)</label>
      <textarea id={fieldId} name="reply" maxLength={FEEDBACK_MAX_CHARS} />
      <div className={styles.actions}>
        <Button type="submit" variant="secondary" disabled={pending}>{pending ? "Sending…" : "Send reply"}</Button>
      </div>
      {problem && <Alert tone="error" testId="reply-problem">{problem}</Alert>}
    </form>
  );
}
