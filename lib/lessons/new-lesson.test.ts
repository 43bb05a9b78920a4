import { mkdtemp, mkdir, writeFile, cp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkCourse } from "./check/check-course";
import type { KernelFactory } from "./check/kernel";
import { createNodeKernelFactory } from "./check/node-kernel";
import { scanCourse } from "./discover";
import { newLesson } from "./new-lesson";
import { parseStage } from "./stages";
import { formatProblem } from "./problems";

let factory: KernelFactory;
beforeAll(async () => {
  factory = await createNodeKernelFactory(path.resolve("public/kernel/datasets"));
});

describe("npm run lessons:new", () => {
  it("writes a lesson from the template that passes the check, with the stage's next free order and its last lesson as prerequisite", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "new-lesson-"));
    await cp(path.resolve("tests/fixtures/lessons/good"), root, { recursive: true });
    const course = await scanCourse(root);
    const made = newLesson(course, 1, "fixture-dropout", 'Dropout: "switching units off"');
    if ("error" in made) throw new Error(made.error);
    expect(made.order).toBe(3);
    expect(made.mdxPath).toBe("1-basics/03-fixture-dropout.mdx");
    await mkdir(path.join(root, "1-basics"), { recursive: true });
    await writeFile(path.join(root, made.mdxPath), made.mdx);
    await writeFile(path.join(root, made.quizPath), made.quiz);

    const notices: string[] = [];
    const { problems, summary } = await checkCourse({
      root, kernelFactory: factory, only: ["fixture-dropout"],
      onRun: (_, record) => notices.push(...(record.practice ? [] : (record.run.outputs ?? []).flatMap((o) => (o.type === "notice" ? [o.text] : [])))),
    });
    // A model for authors: no leak notice, no warning.
    expect(notices).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(summary).toMatchObject({ lessons: 1, cells: 1, exercises: 1, quizQuestions: 1 });
    const written = (await scanCourse(root)).lessons.find((l) => l.id === "fixture-dropout")!;
    expect(written.meta).toMatchObject({ title: 'Dropout: "switching units off"', stage: 1, order: 3, draft: true });
    expect(written.meta.prerequisites).toEqual([course.lessons.filter((l) => l.meta.stage === 1).at(-1)!.id]);
  });

  it("refuses a bad or taken id and names the stages it knows", async () => {
    const course = await scanCourse(path.resolve("tests/fixtures/lessons/good"));
    expect(newLesson(course, 1, "Not An Id", "x")).toEqual({ error: expect.stringMatching(/is not a lesson id/) });
    expect(newLesson(course, 1, "fixture-tensors", "x")).toEqual({ error: 'a lesson with the id "fixture-tensors" exists already' });
    expect([parseStage("3"), parseStage("faq"), parseStage("7"), parseStage("stage-1")]).toEqual([3, "faq", null, null]);
  });
});
