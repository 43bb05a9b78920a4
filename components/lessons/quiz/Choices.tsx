"use client";

import { optionVerdict, type Draft, type Graded } from "./answer";
import type { QuestionView } from "./view";
import styles from "./quiz.module.css";

interface Props {
  question: QuestionView;
  draft: Draft;
  onChange: (draft: Draft) => void;
  graded: Graded | null;
  chosen: string[];
}

const TRUE_FALSE = [
  { id: "true", html: "True" },
  { id: "false", html: "False" },
];

/** The form controls of one question: radios, checkboxes, true/false or a number field. */
export function Choices({ question, draft, onChange, graded, chosen }: Props) {
  const name = `quiz-${question.id}`;
  if (question.type === "numeric") {
    const inputId = `${name}-value`;
    return (
      <div className={styles.numeric}>
        <label htmlFor={inputId}>Your answer</label>
        <input id={inputId} type="number" step="any" inputMode="decimal" value={draft.number} onChange={(e) => onChange({ ...draft, number: e.target.value })} />
      </div>
    );
  }
  const options = question.type === "truefalse" ? TRUE_FALSE : question.options;
  const multiple = question.type === "multiple";
  return (
    <ul className={styles.options}>
      {multiple && <li className={styles.instruction}>Choose all that apply.</li>}
      {options.map((option) => {
        const checked = multiple ? draft.choices.includes(option.id) : draft.choice === option.id;
        const feedback = graded?.feedback.find((f) => f.optionId === option.id && chosen.includes(option.id));
        const isAnswer = graded?.correctOptionIds?.includes(option.id) ?? false;
        const verdict = optionVerdict(question, graded, checked, option.id);
        const toggle = () =>
          onChange(multiple
            ? { ...draft, choices: checked ? draft.choices.filter((c) => c !== option.id) : [...draft.choices, option.id] }
            : { ...draft, choice: option.id });
        return (
          <li key={option.id} className={[styles.option, checked ? styles.chosen : "", isAnswer ? styles.answer : "", verdict ? styles[verdict] : ""].join(" ")}>
            <label className={styles.optionLabel}>
              <input type={multiple ? "checkbox" : "radio"} name={name} value={option.id} checked={checked} onChange={toggle} />
              <span dangerouslySetInnerHTML={{ __html: option.html }} />
              {verdict && <span className={styles.verdictTag}>{verdict === "right" ? "✓ Your answer" : "✗ Your answer"}</span>}
              {isAnswer && !verdict && <span className={styles.answerTag}>Correct answer</span>}
            </label>
            {feedback && <p className={styles.feedback} dangerouslySetInnerHTML={{ __html: feedback.html }} />}
          </li>
        );
      })}
    </ul>
  );
}
