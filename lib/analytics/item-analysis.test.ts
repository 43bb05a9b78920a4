import { describe, expect, it } from "vitest";
import { quizSpecSchema } from "@/lib/quiz/schema";
import { analyseItems, type AnswerGroup, type AttemptFact } from "./item-analysis";

const quiz = quizSpecSchema.parse({
  questions: [
    {
      id: "rank", type: "single", prompt: "Rank?", explanation: "Axes.",
      options: [
        { id: "two", text: "2", misconception: "shape-confusion" },
        { id: "three", text: "3", correct: true },
        { id: "size", text: "25088", misconception: "shape-confusion" },
      ],
    },
    {
      id: "broadcast", type: "multiple", prompt: "Valid?", explanation: "Right-align.",
      options: [{ id: "a", text: "A", correct: true }, { id: "b", text: "B", misconception: "shape-confusion" }, { id: "c", text: "C", correct: true }],
    },
    { id: "gc", type: "truefalse", prompt: "Freed automatically?", explanation: "No.", answer: false, misconception: "tensors-are-garbage-collected" },
    { id: "size", type: "numeric", prompt: "How many?", explanation: "20.", answer: 20 },
  ],
});
const quiz4 = quizSpecSchema.parse({
  questions: [{ id: "memory", type: "truefalse", prompt: "GC?", explanation: "No.", answer: false, misconception: "tensors-are-garbage-collected" }],
});
const lessons = [
  { id: "tensors", title: "Tensors", stage: 1 as const, quiz },
  { id: "memory", title: "Memory", stage: 4 as const, quiz: quiz4 },
  { id: "reading", title: "Reading", stage: 4 as const, quiz: null },
];
const registry = new Map([["shape-confusion", "Confusing rank, shape and size"], ["tensors-are-garbage-collected", "Tensors are freed automatically"]]);

let minute = 0;
const at = (userId: string, lessonId: string, questionId: string, answer: unknown, correct: boolean): AttemptFact => ({
  userId, lessonId, questionId, answer, correct, createdAt: new Date(Date.UTC(2026, 10, 1, 0, (minute += 1))),
});

/** Folds single attempts into answer groups, as the database's GROUP BY does for the app. */
function groupAttempts(attempts: readonly AttemptFact[]): AnswerGroup[] {
  const groups = new Map<string, AnswerGroup>();
  for (const a of attempts) {
    const key = JSON.stringify([a.userId, a.lessonId, a.questionId, a.answer, a.correct]);
    const g = groups.get(key);
    if (!g) groups.set(key, { userId: a.userId, lessonId: a.lessonId, questionId: a.questionId, answer: a.answer, correct: a.correct, firstAt: a.createdAt, count: 1 });
    else {
      g.count += 1;
      if (a.createdAt < g.firstAt) g.firstAt = a.createdAt;
    }
  }
  return [...groups.values()];
}

describe("analyseItems", () => {
  const attempts = [
    at("ada", "tensors", "rank", "two", false),
    at("ada", "tensors", "rank", "three", true),
    at("bo", "tensors", "rank", "three", true),
    at("cy", "tensors", "rank", "size", false),
    at("ada", "tensors", "broadcast", ["a", "b"], false),
    at("bo", "tensors", "broadcast", ["a", "c"], true),
    at("ada", "tensors", "gc", true, false),
    at("ada", "memory", "memory", true, false),
    at("bo", "memory", "memory", true, false),
    at("cy", "tensors", "size", 20, true),
    at("bo", "tensors", "size", 12, false),
    at("ada", "tensors", "size", 12, false),
    // Stored before the question changed: no such option any more. Counted as an attempt, reveals nothing.
    at("bo", "tensors", "rank", "four", false),
  ];
  // Shuffled input: the result must not depend on arrival order.
  const result = analyseItems(lessons, groupAttempts([...attempts].reverse()), registry, 4);
  const q = (id: string) => result.questions.find((x) => x.questionId === id)!;

  it("computes the share right on the first attempt per question", () => {
    expect(q("rank")).toMatchObject({ learnersAnswered: 3, attempts: 5, firstAttemptCorrect: 1, firstAttemptCorrectShare: 1 / 3 });
    expect(q("broadcast")).toMatchObject({ learnersAnswered: 2, firstAttemptCorrect: 1, firstAttemptCorrectShare: 0.5 });
    expect(q("memory")).toMatchObject({ stage: 4, firstAttemptCorrectShare: 0 });
  });

  it("gives the distribution of chosen options, on the first try and ever", () => {
    expect(q("rank").options.map((o) => [o.id, o.firstChoices, o.learners])).toEqual([["two", 1, 1], ["three", 1, 2], ["size", 1, 1]]);
    expect(q("broadcast").options.map((o) => [o.id, o.firstChoices])).toEqual([["a", 2], ["b", 1], ["c", 1]]);
    expect(q("gc").options).toEqual([
      expect.objectContaining({ id: "true", correct: false, misconception: "tensors-are-garbage-collected", firstChoices: 1 }),
      expect.objectContaining({ id: "false", correct: true, misconception: null, firstChoices: 0 }),
    ]);
    expect(q("size").options.map((o) => [o.text, o.correct, o.learners])).toEqual([["12", false, 2], ["20", true, 1]]);
  });

  it("counts distinct learners per misconception and stage", () => {
    expect(result.stages.map((s) => s.key)).toEqual([1, 4]);
    expect(result.misconceptions).toEqual([
      { tag: "shape-confusion", description: "Confusing rank, shape and size", byStage: [2, 0], learners: 2 },
      { tag: "tensors-are-garbage-collected", description: "Tensors are freed automatically", byStage: [1, 2], learners: 2 },
    ]);
  });

  it("folds a learner's repeated identical answers into one group that still counts every attempt", () => {
    const repeated = [at("dee", "tensors", "rank", "two", false), at("dee", "tensors", "rank", "two", false), at("dee", "tensors", "rank", "three", true)];
    const groups = groupAttempts(repeated);
    expect(groups.map((g) => [g.answer, g.count])).toEqual([["two", 2], ["three", 1]]);
    const r = analyseItems(lessons, groups, registry, 1).questions.find((x) => x.questionId === "rank")!;
    expect(r).toMatchObject({ learnersAnswered: 1, attempts: 3, firstAttemptCorrect: 0 });
    expect(r.options.map((o) => [o.id, o.firstChoices, o.learners])).toEqual([["two", 1, 1], ["three", 0, 1], ["size", 0, 0]]);
  });

  it("lists unanswered questions with zero counts and handles an empty cohort", () => {
    const empty = analyseItems(lessons, groupAttempts([]), registry, 0);
    expect(empty.questions).toHaveLength(5);
    expect(empty.questions.every((x) => x.learnersAnswered === 0 && x.firstAttemptCorrectShare === null)).toBe(true);
    expect(empty.misconceptions).toEqual([]);
  });
});
