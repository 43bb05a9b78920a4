"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { assignLessons, removeAssignment } from "@/lib/cohorts/assignment-actions";
import { dueText } from "@/lib/cohorts/assignment-status";
import styles from "./instructor.module.css";

interface AssignableStage {
  key: string;
  label: string;
  title: string;
  lessons: Array<{ id: string; title: string }>;
}

interface Props {
  cohortId: string;
  stages: AssignableStage[];
  assignments: Array<{ lessonId: string; title: string; dueAt: string }>;
}

/** Sets lessons (or a whole stage) due at a time, in the instructor's own time zone, and lists what is set. */
export function AssignmentsPanel({ cohortId, stages, assignments }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const local = String(data.get("due") ?? "");
    // datetime-local has no zone: read it in the browser's, send the instant.
    const due = local ? new Date(local) : null;
    if (!due || Number.isNaN(due.getTime())) {
      setResult({ ok: false, message: "Choose a due date and time." });
      return;
    }
    apply(() => assignLessons({ cohortId, target: String(data.get("target") ?? ""), dueAt: due.toISOString() }));
  }

  /** Runs an action, shows its answer, and reloads the page's data when it worked. */
  function apply(action: () => ReturnType<typeof assignLessons>) {
    startTransition(async () => {
      const res = await action();
      setResult(res);
      if (res.ok) router.refresh();
    });
  }

  return (
    <div className={styles.assignments}>
      <form onSubmit={onSubmit} noValidate className={styles.assignForm}>
        <label className={styles.control}>
          <span>Lesson or stage</span>
          <select name="target" defaultValue="">
            <option value="" disabled>Choose…</option>
            {stages.map((s) => (
              <optgroup key={s.key} label={`${s.label}: ${s.title}`}>
                <option value={`stage:${s.key}`}>All of {s.label} ({s.lessons.length} lessons)</option>
                {s.lessons.map((l) => <option key={l.id} value={`lesson:${l.id}`}>{l.title}</option>)}
              </optgroup>
            ))}
          </select>
        </label>
        <label className={styles.control}>
          <span>Due (your time)</span>
          <input type="datetime-local" name="due" required />
        </label>
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Assign"}</Button>
      </form>
      {result && <Alert tone={result.ok ? "success" : "error"} testId="assignment-result">{result.message}</Alert>}
      {assignments.length === 0 ? (
        <p className={styles.muted}>Nothing assigned yet. Learners see what you assign, with its due date, on the course map, the lesson and their progress page.</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="assignment-list">
            <caption className="visually-hidden">Lessons set for this cohort, with their due dates</caption>
            <thead>
              <tr><th scope="col">Lesson</th><th scope="col">Due</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
            </thead>
            <tbody>
              {assignments.map((a) => (
                <tr key={a.lessonId} data-testid="assignment">
                  <th scope="row">{a.title}</th>
                  <td><time dateTime={a.dueAt}>{dueText(a.dueAt).replace(/^Due /, "")}</time></td>
                  <td>
                    <button type="button" className={styles.buttonDanger} onClick={() => apply(() => removeAssignment({ cohortId, lessonId: a.lessonId }))} disabled={pending} aria-label={`Remove the assignment ${a.title}`}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
