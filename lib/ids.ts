import { z } from "zod";

/**
 * The ids the app shares between its parts, and the two helpers every id-handling module needs.
 * Browser-safe (the progress queue uses it). lib/kernel keeps its own randomId in protocol.ts,
 * because the kernel imports nothing outside lib/kernel.
 */

/**
 * Lesson, cell, exercise, question and option ids and misconception tags: lowercase words joined by
 * single dashes ("rank-of-batch"). They key stored progress and quiz attempts forever, so they
 * are deliberately plain (docs/decisions/006-lesson-ids-and-quizzes.md).
 */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_RULE = "lowercase letters, digits and single dashes";

/** A slug, at most 100 characters; `example` goes into the error message. */
export function slugSchema(example?: string) {
  return z
    .string()
    .max(100)
    .regex(SLUG, `must be ${SLUG_RULE}${example ? `, e.g. "${example}"` : ""}`);
}

export const lessonIdSchema = slugSchema("tensors");

/**
 * Row ids (users, cohorts) as they arrive from forms and URLs: only their shape is checked here;
 * whether the row exists, and is the caller's to see, is for the data layer.
 */
export const userIdSchema = z.string().min(1).max(64);
export const cohortIdSchema = z.string().min(1).max(64);

/** A random, unguessable id: 32 hex digits (event and code-save ids). */
export function randomId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Stored JSON (quiz answers) read back; a corrupt value reads as null rather than failing the page. */
export function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
