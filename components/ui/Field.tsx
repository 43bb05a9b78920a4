import type { InputHTMLAttributes } from "react";
import styles from "./ui.module.css";

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
}

/** A labelled input whose errors are announced and tied to it with aria-describedby. */
export function Field({ name, label, hint, errors, id, ...input }: FieldProps) {
  const inputId = id ?? `field-${name}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = errors?.length ? `${inputId}-error` : undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={inputId} className={styles.label}>{label}</label>
      {hint && <span id={hintId} className={styles.hint}>{hint}</span>}
      <input
        {...input}
        id={inputId}
        name={name}
        className={styles.input}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      />
      {errorId && (
        <p id={errorId} className={styles.error} data-testid={`error-${name}`}>
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}
