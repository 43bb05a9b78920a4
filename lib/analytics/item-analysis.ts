import { misconceptionsOf } from "@/lib/quiz/grade";
import type { QuizQuestion, QuizSpec } from "@/lib/quiz/schema";
import { STAGES, type StageKey } from "@/lib/lessons/stages";

export interface AnalysisLesson {
  id: string;
  title: string;
  stage: StageKey;
  quiz: QuizSpec | null;
}

export interface AttemptFact {
  userId: string;
  lessonId: string;
  questionId: string;
  /** The stored answer, already parsed from JSON. */
  answer: unknown;
  correct: boolean;
  createdAt: Date;
}

/**
 * One learner's identical attempts at one question, folded together: what the database's GROUP BY
 * returns, so the analysis holds one row per distinct answer instead of one per attempt.
 */
export interface AnswerGroup {
  userId: string;
  lessonId: string;
  questionId: string;
  answer: unknown;
  correct: boolean;
  /** When this learner first gave this answer. */
  firstAt: Date;
  /** How many times they gave it. */
  count: number;
}

interface OptionStats {
  id: string;
  text: string;
  correct: boolean;
  misconception: string | null;
  /** Learners whose first attempt chose this option. */
  firstChoices: number;
  /** Learners who chose it in any attempt. */
  learners: number;
}

export interface QuestionStats {
  lessonId: string;
  lessonTitle: string;
  stage: StageKey;
  questionId: string;
  type: QuizQuestion["type"];
  prompt: string;
  learnersAnswered: number;
  attempts: number;
  firstAttemptCorrect: number;
  /** firstAttemptCorrect / learnersAnswered, or null when nobody answered. */
  firstAttemptCorrectShare: number | null;
  options: OptionStats[];
}

interface MisconceptionStats {
  tag: string;
  description: string;
  /** Distinct learners who chose an option carrying the tag, per stage (aligned with `stages`). */
  byStage: number[];
  learners: number;
}

export interface ItemAnalysis {
  learnerCount: number;
  stages: Array<{ key: StageKey; label: string }>;
  questions: QuestionStats[];
  misconceptions: MisconceptionStats[];
}

/** The option ids an answer chose: truefalse answers are "true"/"false", numbers their value. */
function chosenIds(q: QuizQuestion, answer: unknown): string[] {
  if (q.type === "single") return typeof answer === "string" ? [answer] : [];
  if (q.type === "multiple") return Array.isArray(answer) ? [...new Set(answer.filter((a): a is string => typeof a === "string"))] : [];
  if (q.type === "truefalse") return typeof answer === "boolean" ? [String(answer)] : [];
  return typeof answer === "number" && Number.isFinite(answer) ? [String(answer)] : [];
}

function baseOptions(q: QuizQuestion, numericValues: string[]): Array<Omit<OptionStats, "firstChoices" | "learners">> {
  switch (q.type) {
    case "single":
    case "multiple":
      return q.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct, misconception: o.misconception ?? null }));
    case "truefalse":
      return [true, false].map((v) => ({ id: String(v), text: v ? "True" : "False", correct: q.answer === v, misconception: q.answer === v ? null : (q.misconception ?? null) }));
    case "numeric":
      return numericValues.map((v) => ({ id: v, text: v, correct: Math.abs(Number(v) - q.answer) <= q.tolerance + 1e-9 * Math.max(1, Math.abs(q.answer)), misconception: null }));
  }
}

function analyseQuestion(lesson: AnalysisLesson, q: QuizQuestion, groups: AnswerGroup[]): QuestionStats {
  // `groups` is sorted by firstAt, so each learner's first group holds their first attempt.
  const first = new Map<string, AnswerGroup>();
  const chosenBy = new Map<string, Set<string>>();
  for (const a of groups) {
    if (!first.has(a.userId)) first.set(a.userId, a);
    for (const id of chosenIds(q, a.answer)) {
      if (!chosenBy.has(id)) chosenBy.set(id, new Set());
      chosenBy.get(id)!.add(a.userId);
    }
  }
  const firstCount = new Map<string, number>();
  for (const a of first.values()) for (const id of chosenIds(q, a.answer)) firstCount.set(id, (firstCount.get(id) ?? 0) + 1);
  // Numeric questions: the most common answers (at most 8) stand in for options.
  const numericValues = q.type === "numeric" ? [...chosenBy.entries()].sort((x, y) => y[1].size - x[1].size).slice(0, 8).map(([v]) => v) : [];
  const firstAttemptCorrect = [...first.values()].filter((a) => a.correct).length;
  return {
    lessonId: lesson.id,
    lessonTitle: lesson.title,
    stage: lesson.stage,
    questionId: q.id,
    type: q.type,
    prompt: q.prompt,
    learnersAnswered: first.size,
    attempts: groups.reduce((n, g) => n + g.count, 0),
    firstAttemptCorrect,
    firstAttemptCorrectShare: first.size === 0 ? null : firstAttemptCorrect / first.size,
    options: baseOptions(q, numericValues).map((o) => ({ ...o, firstChoices: firstCount.get(o.id) ?? 0, learners: chosenBy.get(o.id)?.size ?? 0 })),
  };
}

/**
 * Pure: per question, the share correct on the first attempt and the distribution of chosen
 * options; per misconception tag and stage, how many learners chose an option carrying it.
 */
export function analyseItems(lessons: readonly AnalysisLesson[], groups: readonly AnswerGroup[], registry: ReadonlyMap<string, string>, learnerCount: number): ItemAnalysis {
  const stages = STAGES.filter((s) => lessons.some((l) => l.stage === s.key && l.quiz)).map((s) => ({ key: s.key, label: s.label }));
  const byQuestion = new Map<string, AnswerGroup[]>();
  for (const a of [...groups].sort((x, y) => x.firstAt.getTime() - y.firstAt.getTime())) {
    const key = `${a.lessonId}\u0000${a.questionId}`;
    if (!byQuestion.has(key)) byQuestion.set(key, []);
    byQuestion.get(key)!.push(a);
  }
  const questions: QuestionStats[] = [];
  const tagLearners = new Map<string, Array<Set<string>>>();
  for (const lesson of lessons) {
    if (!lesson.quiz) continue;
    const stageIndex = stages.findIndex((s) => s.key === lesson.stage);
    for (const q of lesson.quiz.questions) {
      const list = byQuestion.get(`${lesson.id}\u0000${q.id}`) ?? [];
      questions.push(analyseQuestion(lesson, q, list));
      for (const a of list) {
        for (const tag of safeMisconceptions(lesson.quiz, q.id, a.answer)) {
          if (!tagLearners.has(tag)) tagLearners.set(tag, stages.map(() => new Set()));
          tagLearners.get(tag)![stageIndex]!.add(a.userId);
        }
      }
    }
  }
  const misconceptions = [...tagLearners.entries()]
    .map(([tag, sets]) => ({ tag, description: registry.get(tag) ?? tag, byStage: sets.map((s) => s.size), learners: new Set(sets.flatMap((s) => [...s])).size }))
    .sort((a, b) => b.learners - a.learners || a.tag.localeCompare(b.tag));
  return { learnerCount, stages, questions, misconceptions };
}

/** An answer stored before the question changed may no longer fit it: it then reveals nothing. */
function safeMisconceptions(spec: QuizSpec, questionId: string, answer: unknown): string[] {
  try {
    return misconceptionsOf(spec, questionId, answer as never);
  } catch {
    return [];
  }
}
