"use client";
/**
 * What lesson components (exercises, quiz, cells) need to record a learner's progress, provided by
 * LessonNotebook. Outside a lesson, or for a guest, recording does nothing: guests send nothing.
 */
import { createContext, useContext } from "react";
import type { ProgressEventInput } from "@/lib/progress/schema";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type LessonEvent = DistributiveOmit<ProgressEventInput, "lessonId">;

export interface LessonProgress {
  lessonId: string;
  signedIn: boolean;
  record(event: LessonEvent): void;
  /** Completion may have changed: re-read the page's status once the server has everything. */
  refreshWhenSaved(): void;
  /** Re-read the page's status now (the change is already on the server, e.g. a quiz answer). */
  refresh(): void;
  /** The cell now shows this code (null: the lesson's) and the account already has it. */
  adopt(cellId: string, source: string | null): void;
}

const NONE: LessonProgress = {
  lessonId: "",
  signedIn: false,
  record: () => {},
  refreshWhenSaved: () => {},
  refresh: () => {},
  adopt: () => {},
};

export const LessonProgressContext = createContext<LessonProgress>(NONE);

export function useLessonProgress(): LessonProgress {
  return useContext(LessonProgressContext);
}
