"use client";

import { useEffect, useState, useTransition, type FormEvent } from "react";
import { submitQuizAnswer } from "@/lib/quiz/actions";
import type { SubmitQuizResult } from "@/lib/quiz/submit";
import { chosenIds, draftToAnswer, emptyDraft, type Draft } from "./answer";
import { Choices } from "./Choices";
import { useLessonProgress } from "../lesson-progress";
import { signInHref } from "./sign-in-href";
import type { QuestionView } from "./view";
import styles from "./quiz.module.css";

interface Props {
  lessonId: string;
  question: QuestionView;
  number: number;
  total: number;
  signedIn: boolean;
}

export function QuestionCard({ lessonId, question, number, total, signedIn }: Props) {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [result, setResult] = useState<SubmitQuizResult | null>(null);
  const [pending, startTransition] = useTransition();
  const graded = result?.status === "graded" ? result : null;
  const answer = draftToAnswer(question, draft);
  const promptId = `quiz-${question.id}-prompt`;
  const { refresh } = useLessonProgress();

  // The attempt is stored by now: the lesson's status may have become complete.
  useEffect(() => {
    if (graded) refresh();
  }, [graded, refresh]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (answer === null || !signedIn) return;
    startTransition(async () => {
      setResult(await submitQuizAnswer({ lessonId, questionId: question.id, answer }));
    });
  }

  function tryAgain() {
    setResult(null);
    setDraft(emptyDraft());
  }

  return (
    <form id={`quiz-${question.id}`} className={styles.question} onSubmit={onSubmit} data-testid={`quiz-question-${question.id}`} aria-labelledby={promptId}>
      <fieldset className={styles.fieldset} disabled={graded !== null || pending}>
        <legend id={promptId} className={styles.legend}>
          <span className={styles.count}>Question {number} of {total}</span>
          <span className={styles.prompt} dangerouslySetInnerHTML={{ __html: question.promptHtml }} />
        </legend>
        <Choices question={question} draft={draft} onChange={setDraft} graded={graded} chosen={chosenIds(question, draft)} />
      </fieldset>

      <div className={styles.footer}>
        {!signedIn ? (
          <a className={styles.signIn} href={signInHref(lessonId, question.id)}>Sign in to answer</a>
        ) : graded ? (
          <button type="button" className={styles.secondary} onClick={tryAgain}>Try again</button>
        ) : (
          <button type="submit" className={styles.primary} disabled={answer === null || pending}>
            {pending ? "Checking…" : "Check answer"}
          </button>
        )}
      </div>

      <QuizFeedback result={result} numeric={question.type === "numeric"} signInUrl={signInHref(lessonId, question.id)} />
    </form>
  );
}

/** The verdict and explanation once graded, or why the answer was not graded (signed out, …). */
function QuizFeedback({ result, numeric, signInUrl }: { result: SubmitQuizResult | null; numeric: boolean; signInUrl: string }) {
  return (
    <div role="status" aria-live="polite" data-testid="quiz-result">
      {result?.status === "graded" && (
        <div className={result.correct ? styles.correct : styles.incorrect}>
          <p className={styles.verdict}>{result.correct ? "✓ Correct" : "✗ Not quite"}</p>
          {result.correctValue !== null && numeric && <p>The answer is {result.correctValue}.</p>}
          <p className={styles.explanation} dangerouslySetInnerHTML={{ __html: result.explanationHtml }} />
        </div>
      )}
      {result && result.status !== "graded" && (
        <p className={styles.notice}>
          {result.message} {result.status === "signed-out" && <a href={signInUrl}>Sign in</a>}
        </p>
      )}
    </div>
  );
}
