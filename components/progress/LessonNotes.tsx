"use client";

import { useEffect, useId, useState } from "react";
import { progress } from "@/lib/progress/client";
import { NOTES_CELL_ID } from "@/lib/progress/schema";
import { CodeConflictNotice } from "./CodeConflictNotice";
import styles from "./dashboard.module.css";

interface Props {
  lessons: Array<{ id: string; title: string; version: string }>;
  initialLessonId: string;
  /** What the server has: lesson id -> note. */
  saved: Record<string, { source: string | null; revision: number }>;
}

/**
 * The learner's own notes on a lesson, saved through the progress queue like code: debounced,
 * kept offline, restored on any device, and never silently overwritten by another tab.
 */
export function LessonNotes({ lessons, initialLessonId, saved }: Props) {
  const id = useId();
  const [lessonId, setLessonId] = useState(initialLessonId);
  // What this page has shown per lesson: switching lessons and back must not bring back older text.
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const lesson = lessons.find((l) => l.id === lessonId) ?? lessons[0];

  useEffect(() => {
    if (lessonId in texts) return;
    // Unsent notes in this browser win over the server's copy (they are newer).
    const pending = progress.pendingCode(lessonId)[NOTES_CELL_ID];
    const text = pending ? (pending.source ?? "") : (saved[lessonId]?.source ?? "");
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the unsent notes are in this browser's storage, which the server render cannot read; they are read once per lesson after hydration.
    setTexts((t) => ({ ...t, [lessonId]: text }));
  }, [lessonId, saved, texts]);

  if (!lesson) return null;
  const text = texts[lessonId] ?? saved[lessonId]?.source ?? "";
  const setText = (value: string) => setTexts((t) => ({ ...t, [lessonId]: value }));
  const onChange = (value: string) => {
    setText(value);
    const result = progress.saveCode({ lessonId, cellId: NOTES_CELL_ID, source: value, version: lesson.version, baseRevision: saved[lessonId]?.revision ?? 0 });
    setMessage(result.ok ? null : result.message);
  };
  return (
    <div className={styles.notes}>
      <label htmlFor={`${id}-lesson`} className={styles.label}>Lesson</label>
      <select id={`${id}-lesson`} value={lessonId} onChange={(e) => setLessonId(e.target.value)} className={styles.select}>
        {lessons.map((l) => (
          <option key={l.id} value={l.id}>{l.title}</option>
        ))}
      </select>
      <CodeConflictNotice lessonId={lessonId} cellId={NOTES_CELL_ID} onLoadTheirs={(source) => setText(source ?? "")} />
      <label htmlFor={`${id}-text`} className={styles.label}>Your notes on “{lesson.title}”</label>
      <textarea id={`${id}-text`} value={text} onChange={(e) => onChange(e.target.value)} rows={5} className={styles.textarea} data-testid="lesson-notes" />
      {message && <p role="alert" className={styles.errorText}>{message}</p>}
      <p className={styles.muted}>Saved to your account as you type. Instructors of cohorts you join can read them.</p>
    </div>
  );
}
