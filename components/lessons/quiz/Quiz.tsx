"use client";

import { QuestionCard } from "./QuestionCard";
import type { QuestionView } from "./view";
import styles from "./quiz.module.css";

export function Quiz({ lessonId, questions, signedIn }: { lessonId: string; questions: QuestionView[]; signedIn: boolean }) {
  return (
    <div className={styles.quiz} data-testid="quiz">
      {questions.map((q, i) => (
        <QuestionCard key={q.id} lessonId={lessonId} question={q} number={i + 1} total={questions.length} signedIn={signedIn} />
      ))}
    </div>
  );
}
