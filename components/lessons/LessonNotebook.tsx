"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { accountEdits, type AccountEdits, type ServerCell } from "@/components/progress/account-edits";
import { ProgressStatus } from "@/components/progress/ProgressStatus";
import { useProgressStatus } from "@/components/progress/useProgress";
import type { RunStatus } from "@/lib/kernel/outputs";
import { progress } from "@/lib/progress/client";
import { LessonProgressContext, type LessonEvent, type LessonProgress } from "./lesson-progress";
import { NotebookProvider } from "./notebook";
import styles from "./lesson-page.module.css";

interface Props {
  lessonId: string;
  version: string;
  setupSource?: string;
  signedIn: boolean;
  /** The learner's saved code for this lesson, as the page loaded it ([] for guests). */
  savedCode: readonly ServerCell[];
  children: ReactNode;
}

/**
 * The lesson's notebook, wired to the learner's progress: a signed-in learner's code lives in their
 * account (restored on any device), runs, checks, hints and solutions are recorded, and the status
 * shows in the sticky toolbar. A guest's edits stay in this browser (the notebook's localStorage).
 */
export function LessonNotebook({ lessonId, version, setupSource, signedIn, savedCode, children }: Props) {
  const [refused, setRefused] = useState<string | null>(null);
  // Read once: a refresh of the page's server data must not reset what the learner is editing.
  const [edits] = useState(() =>
    signedIn ? accountEdits({ lessonId, version, saved: savedCode, queue: progress, onRefused: (_cell, message) => setRefused(message) }) : undefined,
  );
  const lesson = useLessonProgressValue(lessonId, signedIn, edits);

  const onRunComplete = (cellId: string, runStatus: RunStatus, errorName?: string) =>
    lesson.record({ type: "cell-run", cellId, ok: runStatus === "ok", ...(runStatus !== "ok" && errorName ? { errorName: errorName.slice(0, 100) } : {}) });

  const toolbarExtra = signedIn ? (
    <>
      <ProgressStatus className={styles.saveStatus} />
      {refused && <p role="alert" className={styles.saveRefused}>{refused}</p>}
    </>
  ) : null;

  return (
    <LessonProgressContext.Provider value={lesson}>
      <NotebookProvider
        notebookId={lessonId}
        version={version}
        setupSource={setupSource}
        persistEdits={!signedIn}
        edits={edits}
        onRunComplete={onRunComplete}
        toolbarExtra={toolbarExtra}
      >
        {children}
      </NotebookProvider>
    </LessonProgressContext.Provider>
  );
}

/**
 * What the lesson's components record progress through. Records "lesson-opened" once per lesson,
 * and re-reads the page's status once a completion-relevant change has reached the server.
 */
function useLessonProgressValue(lessonId: string, signedIn: boolean, edits: AccountEdits | undefined): LessonProgress {
  const router = useRouter();
  const refreshWanted = useRef(false);
  const status = useProgressStatus();

  const lesson = useMemo<LessonProgress>(
    () => ({
      lessonId,
      signedIn,
      record: (event: LessonEvent) => void (signedIn && progress.record({ ...event, lessonId })),
      refreshWhenSaved: () => void (refreshWanted.current = signedIn),
      refresh: () => router.refresh(),
      adopt: (cellId, source) => edits?.adopt(cellId, source),
    }),
    [lessonId, signedIn, edits, router],
  );

  useEffect(() => {
    if (refreshWanted.current && status.state === "saved" && status.pending === 0) {
      refreshWanted.current = false;
      router.refresh();
    }
  }, [status, router]);

  const opened = useRef<string | null>(null);
  useEffect(() => {
    if (opened.current === lessonId) return;
    opened.current = lessonId;
    lesson.record({ type: "lesson-opened" });
  }, [lesson, lessonId]);
  return lesson;
}
