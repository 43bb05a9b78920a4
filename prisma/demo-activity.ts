import { mulberry32 } from "@/lib/kernel/core/prng";
import { grade } from "@/lib/quiz/grade";
import type { QuizAnswer, QuizQuestion, QuizSpec } from "@/lib/quiz/schema";

/**
 * Simulated learners for the demo cohort (prisma/demo-cohort.ts): pure and seeded, so the same
 * course gives the same cohort. Each learner has a pace (how far along the course they are), a
 * skill (how often they answer right first time) and a few misconceptions they hold; their wrong
 * quiz answers pick the options tagged with those, so the instructor's misconception analysis
 * shows clusters as a real class would.
 */

export interface SimLesson {
  id: string;
  version: string;
  cells: string[];
  exercises: Array<{ id: string; cellId: string; hints: number; starter: string; solution: string }>;
  quiz: QuizSpec | null;
}

export interface SimLearner {
  name: string;
  email: string;
}

interface SimEvent {
  lessonId: string;
  type: "lesson-opened" | "cell-run" | "exercise-check" | "hint-viewed" | "solution-viewed";
  target: string;
  ok: boolean | null;
  detail: string | null;
  occurredAt: Date;
}

interface SimAttempt {
  lessonId: string;
  questionId: string;
  answer: QuizAnswer;
  correct: boolean;
  createdAt: Date;
}

interface SimCodeSave {
  lessonId: string;
  cellId: string;
  source: string;
  lessonVersion: string;
  updatedAt: Date;
}

export interface SimHistory {
  learner: SimLearner;
  joinedAt: Date;
  events: SimEvent[];
  attempts: SimAttempt[];
  codeSaves: SimCodeSave[];
}

const DAY = 86_400_000;
const MINUTE = 60_000;

const between = (random: () => number, lo: number, hi: number) => lo + (hi - lo) * random();
const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** How far along each kind of learner is, and how recently they were active (days ago). */
const PACES = [
  { share: 4, reached: [0.8, 1], lastActive: [0, 2] },
  { share: 12, reached: [0.35, 0.7], lastActive: [0, 4] },
  { share: 5, reached: [0.12, 0.3], lastActive: [1, 8] },
  { share: 3, reached: [0.03, 0.1], lastActive: [16, 30] },
] as const;

function paceOf(index: number, random: () => number) {
  const slots = PACES.flatMap((p) => Array.from({ length: p.share }, () => p));
  return slots[index % slots.length] ?? pick(random, slots);
}

function tagsOf(q: QuizQuestion): string[] {
  if (q.type === "truefalse") return q.misconception ? [q.misconception] : [];
  if (q.type === "numeric") return [];
  return q.options.flatMap((o) => (o.misconception ? [o.misconception] : []));
}

/** The misconception tags the course's quizzes can reveal. */
function courseTags(lessons: readonly SimLesson[]): string[] {
  return [...new Set(lessons.flatMap((l) => l.quiz?.questions.flatMap(tagsOf) ?? []))].sort();
}

/** A wrong answer, preferring an option tagged with a misconception the learner holds. */
function wrongAnswer(q: QuizQuestion, held: ReadonlySet<string>, random: () => number): QuizAnswer {
  switch (q.type) {
    case "truefalse":
      return !q.answer;
    case "numeric":
      return q.answer === 0 ? 1 : Number((q.answer * pick(random, [0.5, 2, 10])).toPrecision(6));
    case "single":
    case "multiple": {
      const wrong = q.options.filter((o) => !o.correct);
      const believed = wrong.filter((o) => o.misconception && held.has(o.misconception));
      const tagged = wrong.filter((o) => o.misconception);
      const choice =
        believed.length > 0 && random() < 0.8 ? pick(random, believed) : tagged.length > 0 && random() < 0.6 ? pick(random, tagged) : wrong.length > 0 ? pick(random, wrong) : null;
      const right = q.options.filter((o) => o.correct).map((o) => o.id);
      if (q.type === "single") return choice?.id ?? right[0]!;
      // A multiple-choice slip: one right option missed, or a wrong one added.
      if (!choice) return right.slice(1);
      return random() < 0.5 && right.length > 1 ? [...right.slice(1), choice.id] : [...right, choice.id];
    }
  }
}

function rightAnswer(q: QuizQuestion): QuizAnswer {
  if (q.type === "truefalse" || q.type === "numeric") return q.answer;
  const right = q.options.filter((o) => o.correct).map((o) => o.id);
  return q.type === "single" ? right[0]! : right;
}

const CELL_ERRORS = ["TypeError", "ReferenceError", "Error", "RangeError"];

interface LearnerState {
  random: () => number;
  skill: number;
  held: ReadonlySet<string>;
  history: SimHistory;
}

/**
 * One lesson, from `startAt`: opened, its cells run, its exercises tried (with hints when they
 * fail), its quiz answered until right. Unless `finishing`, the learner stops part-way, before the quiz.
 */
function simulateLesson({ random, skill, held, history }: LearnerState, lesson: SimLesson, startAt: number, finishing: boolean): void {
  let t = startAt;
  const at = (minutes: number) => new Date((t += minutes * MINUTE));
  const event = (type: SimEvent["type"], target = "", ok: boolean | null = null, detail: string | null = null, minutes = between(random, 0.5, 3)) =>
    history.events.push({ lessonId: lesson.id, type, target, ok, detail, occurredAt: at(minutes) });

  event("lesson-opened", "", null, null, 0);
  const cellShare = finishing ? 1 : between(random, 0.3, 0.9);
  for (const cell of lesson.cells.slice(0, Math.max(1, Math.round(lesson.cells.length * cellShare)))) {
    if (random() < 0.1) event("cell-run", cell, false, JSON.stringify({ errorName: pick(random, CELL_ERRORS) }));
    event("cell-run", cell, true);
    if (random() < 0.25) event("cell-run", cell, true, null, between(random, 0.2, 1));
  }
  const exercises = finishing ? lesson.exercises : lesson.exercises.slice(0, Math.floor(lesson.exercises.length * cellShare));
  for (const exercise of exercises) {
    let failures = 0;
    while (failures < 4 && random() > skill) failures += 1;
    for (let f = 0; f < failures; f++) {
      event("exercise-check", exercise.id, false, null, between(random, 2, 8));
      if (f < exercise.hints && random() < 0.65) event("hint-viewed", exercise.id, null, JSON.stringify({ hint: f + 1 }));
    }
    if (failures >= 3 && random() < 0.5) event("solution-viewed", exercise.id);
    const passed = finishing || random() < 0.5;
    if (passed) event("exercise-check", exercise.id, true, null, between(random, 2, 6));
    history.codeSaves.push({ lessonId: lesson.id, cellId: exercise.cellId, source: passed ? exercise.solution : exercise.starter, lessonVersion: lesson.version, updatedAt: new Date(t) });
  }
  if (!finishing || !lesson.quiz) return;
  for (const q of lesson.quiz.questions) {
    const believes = tagsOf(q).some((tag) => held.has(tag));
    let tries = 0;
    for (;;) {
      tries += 1;
      const rightNow = tries >= 3 || random() < (tries === 1 ? (believes ? skill - 0.35 : skill) : 0.8);
      const answer = rightNow ? rightAnswer(q) : wrongAnswer(q, held, random);
      const correct = grade(lesson.quiz, q.id, answer).correct;
      history.attempts.push({ lessonId: lesson.id, questionId: q.id, answer, correct, createdAt: at(between(random, 0.3, 2)) });
      if (correct) break;
    }
  }
}

/**
 * One learner's history over the course, between `start` and `now`. Lessons before the last one
 * reached are completed (every exercise passed, every question answered, eventually right); the
 * last one is left part-way.
 */
function simulate(learner: SimLearner, index: number, lessons: readonly SimLesson[], tags: readonly string[], start: Date, now: Date, seed: number): SimHistory {
  const random = mulberry32(seed * 7919 + index * 104_729 + 1);
  const pace = paceOf(index, random);
  const skill = between(random, 0.55, 0.93);
  const held = new Set(Array.from({ length: 3 }, () => pick(random, tags.length > 0 ? tags : ["none"])));
  const reached = Math.max(1, Math.round(lessons.length * between(random, pace.reached[0], pace.reached[1])));
  const joinedAt = new Date(start.getTime() + between(random, 0, 4) * DAY);
  const lastActive = new Date(now.getTime() - between(random, pace.lastActive[0], pace.lastActive[1]) * DAY);
  const span = Math.max(DAY, lastActive.getTime() - joinedAt.getTime());
  const history: SimHistory = { learner, joinedAt, events: [], attempts: [], codeSaves: [] };

  const learnerState: LearnerState = { random, skill, held, history };
  lessons.slice(0, reached).forEach((lesson, i) => {
    const finishing = i < reached - 1 || (pace.reached[0] >= 0.8 && i === lessons.length - 1);
    // Lessons are spread over the learner's active weeks, in the evening or at weekends.
    const t = joinedAt.getTime() + (span * i) / reached + between(random, 0, span / reached / 3);
    simulateLesson(learnerState, lesson, Math.min(t, lastActive.getTime() - 90 * MINUTE), finishing);
  });
  return history;
}

/** The whole cohort's history: one entry per learner, in the order given. */
export function simulateCohort(learners: readonly SimLearner[], lessons: readonly SimLesson[], options: { start: Date; now: Date; seed?: number }): SimHistory[] {
  const tags = courseTags(lessons);
  return learners.map((learner, i) => simulate(learner, i, lessons, tags, options.start, options.now, options.seed ?? 1));
}
