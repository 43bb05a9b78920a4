import { describe, expect, it } from "vitest";
import { draftToAnswer, optionVerdict, type Graded } from "./answer";
import type { QuestionView } from "./view";

const single: QuestionView = { id: "q", type: "single", promptHtml: "", options: [{ id: "a", html: "A" }, { id: "b", html: "B" }] };
const multiple: QuestionView = { ...single, type: "multiple" };
const graded = (correct: boolean, correctOptionIds: string[] | null): Graded =>
  ({ status: "graded", correct, feedback: [], correctOptionIds, correctValue: null, explanationHtml: "" });

describe("optionVerdict", () => {
  it("marks nothing before grading or on options not chosen", () => {
    expect(optionVerdict(single, null, true, "a")).toBeNull();
    expect(optionVerdict(single, graded(false, null), false, "b")).toBeNull();
  });

  it("marks a chosen single-choice option right or wrong from the grade alone", () => {
    expect(optionVerdict(single, graded(true, ["a"]), true, "a")).toBe("right");
    expect(optionVerdict(single, graded(false, null), true, "b")).toBe("wrong");
  });

  it("does not tell which chosen options of a wrong multiple answer were wrong until revealed", () => {
    expect(optionVerdict(multiple, graded(false, null), true, "a")).toBeNull();
    expect(optionVerdict(multiple, graded(false, ["a"]), true, "a")).toBe("right");
    expect(optionVerdict(multiple, graded(false, ["a"]), true, "b")).toBe("wrong");
  });
});

describe("draftToAnswer", () => {
  const draft = { choice: null, choices: [], number: "" };
  it("returns null until the draft is complete", () => {
    expect(draftToAnswer(single, draft)).toBeNull();
    expect(draftToAnswer(multiple, draft)).toBeNull();
    expect(draftToAnswer({ id: "n", type: "numeric", promptHtml: "" }, { ...draft, number: "abc" })).toBeNull();
  });

  it("shapes the answer per question type", () => {
    expect(draftToAnswer(single, { ...draft, choice: "a" })).toBe("a");
    expect(draftToAnswer(multiple, { ...draft, choices: ["a", "b"] })).toEqual(["a", "b"]);
    expect(draftToAnswer({ id: "t", type: "truefalse", promptHtml: "" }, { ...draft, choice: "false" })).toBe(false);
    expect(draftToAnswer({ id: "n", type: "numeric", promptHtml: "" }, { ...draft, number: " 2,5 " })).toBe(2.5);
  });
});
