import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatProblem } from "../problems";
import { checkCourse } from "./check-course";
import type { KernelFactory } from "./kernel";
import { createNodeKernelFactory } from "./node-kernel";

// The fixture lessons use no datasets, so the folder need not be built for these tests.
let factory: KernelFactory;
beforeAll(async () => {
  factory = await createNodeKernelFactory(path.resolve("public/kernel/datasets"));
});

describe("checkCourse (real kernel)", () => {
  it("passes the good fixture course and counts what it ran", async () => {
    const { problems, summary } = await checkCourse({ root: path.resolve("tests/fixtures/lessons/good"), kernelFactory: factory });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(summary).toMatchObject({ lessons: 3, cells: 3, exercises: 1, quizQuestions: 4 });
  });

  it("reports every broken lesson with its file, line and reason", async () => {
    const { problems } = await checkCourse({ root: path.resolve("tests/fixtures/lessons/broken"), kernelFactory: factory });
    const lines = problems.map(formatProblem);
    const dir = "tests/fixtures/lessons/broken";
    expect(lines).toEqual(
      expect.arrayContaining([
        `${dir}/bad-frontmatter.mdx:2: id: must be lowercase letters, digits and single dashes, e.g. "tensors"`,
        `${dir}/unknown-component.mdx:14: unknown component <Slider> (use Exercise, Hint, Quiz, Callout or Figure)`,
        `${dir}/broken-mdx.mdx:14: MDX: Expected a closing tag for \`<Callout>\``,
        `${dir}/bad-quiz.quiz.yaml:20: questions[1].options[1].misconception: unknown misconception tag "no-such-misconception" (add it to misconceptions.yaml first)`,
        `${dir}/missing-prerequisite.mdx:10: the prerequisite "no-such-lesson" is not a lesson id`,
        `${dir}/starter-passes.mdx:16: lesson "starter-passes" exercise "too-easy": the starter already passes the check (the check must fail until the learner solves it)`,
        `${dir}/failing-cell.mdx:17: lesson "failing-cell" cell 2: Error: Size(3) must match the product of shape 2,2`,
        `${dir}/library-warning.mdx:12: lesson "library-warning" cell 1: TensorFlow.js warned: Discrepancy between trainableweights and collected trainable weights. Did you set \`model.trainable\` without calling \`model.compile()\` afterwards? (fix the code; a learner sees this warning too)`,
        `${dir}/unplaced-question.mdx:14: the quiz question "forgotten" is in no <Quiz questions={[...]}>, so learners never see it and cannot complete the lesson (place it, or use <Quiz /> for every question)`,
      ]),
    );
    // A quiz file that does not parse is one problem: its YAML error, not every <Quiz> that names its questions.
    expect(lines.filter((l) => l.includes("yaml-error"))).toEqual([`${dir}/yaml-error.quiz.yaml:4: invalid YAML: Nested mappings are not allowed in compact mappings`]);
    expect(lines.filter((l) => l.includes("bad-quiz.mdx"))).toEqual([]);
    // Sorted by file then line, so the output reads top to bottom.
    expect(lines).toEqual([...lines].sort((a, b) => a.split(":")[0]!.localeCompare(b.split(":")[0]!) || 0));
  });

  it("reports every run to onRun with its label and outputs, and ranks the slowest runs", async () => {
    const seen: string[] = [];
    const { summary } = await checkCourse({
      root: path.resolve("tests/fixtures/lessons/good"),
      kernelFactory: factory,
      onRun: (lesson, record) => seen.push(`${lesson.id} ${record.label}${record.practice ? " (practice)" : ""}: ${record.run.outputs?.length ?? 0}`),
    });
    expect(seen).toEqual(expect.arrayContaining([expect.stringMatching(/^fixture-tensors cell 1: \d+$/), expect.stringMatching(/ starter \(practice\): /), expect.stringMatching(/ solution: /)]));
    expect(summary.slowest.length).toBeGreaterThan(0);
    expect(summary.slowest.map((r) => r.ms)).toEqual([...summary.slowest.map((r) => r.ms)].sort((a, b) => b - a));
  });

  it("fails a lesson whose code runs past the time budget, naming its time", async () => {
    const { problems } = await checkCourse({ root: path.resolve("tests/fixtures/lessons/good"), kernelFactory: factory, budgetMs: 0 });
    expect(problems.map((p) => p.reason)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^lesson "[a-z-]+" took \d+\.\d s to run; the budget is 0 s/)]),
    );
  });

  it("checks only the lessons named, by id or file, and reports an unknown name", async () => {
    const root = path.resolve("tests/fixtures/lessons/good");
    const byId = await checkCourse({ root, kernelFactory: factory, only: ["fixture-tensors"] });
    expect(byId.problems).toEqual([]);
    expect(byId.summary).toMatchObject({ lessons: 1, cells: 2 });
    const byFile = await checkCourse({ root, kernelFactory: factory, only: ["tests/fixtures/lessons/good/0-intro/00-welcome.mdx"] });
    expect(byFile.summary.lessons).toBe(1);
    const unknown = await checkCourse({ root, kernelFactory: factory, only: ["nope"] });
    expect(unknown.summary.lessons).toBe(0);
    expect(unknown.problems.map(formatProblem)).toEqual(['nope:1: no lesson has the id or file "nope"']);
  });

  it("validates without running code when there is no kernel", async () => {
    const { problems, summary } = await checkCourse({ root: path.resolve("tests/fixtures/lessons/broken"), kernelFactory: null });
    expect(problems.some((p) => p.reason.includes("starter already passes"))).toBe(false);
    expect(problems.some((p) => p.reason.includes("unknown component"))).toBe(true);
    expect(summary.lessons).toBe(9);
  });
});
