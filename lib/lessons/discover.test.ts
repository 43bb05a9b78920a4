import path from "node:path";
import { describe, expect, it } from "vitest";
import { lessonPosition, visibleLessons, findLesson } from "./course";
import { scanCourse } from "./discover";
import { formatProblem } from "./problems";

const GOOD = path.resolve("tests/fixtures/lessons/good");
const BROKEN = path.resolve("tests/fixtures/lessons/broken");

describe("scanCourse", () => {
  it("reads the fixture course in roadmap order with versions and quizzes", async () => {
    const course = await scanCourse(GOOD);
    expect(course.problems).toEqual([]);
    expect(course.lessons.map((l) => l.id)).toEqual(["fixture-welcome", "fixture-tensors", "fixture-draft"]);
    const tensors = course.lessons[1]!;
    expect(tensors.file).toBe("tests/fixtures/lessons/good/1-basics/01-tensors.mdx");
    expect(tensors.version).toMatch(/^[0-9a-f]{12}$/);
    expect(tensors.quiz?.questions.map((q) => q.id)).toEqual(["rank-of-batch", "tensor-facts", "gradient-sign", "mean-value"]);
    expect(tensors.quizFile).toBe("tests/fixtures/lessons/good/1-basics/01-tensors.quiz.yaml");
    expect(course.misconceptions.has("shape-confusion")).toBe(true);
  });

  it("reports invalid frontmatter, missing prerequisites and invalid quizzes with file and line", async () => {
    const course = await scanCourse(BROKEN);
    const all = [...course.problems, ...course.lessons.flatMap((l) => l.problems)].map(formatProblem);
    expect(all).toEqual(
      expect.arrayContaining([
        'tests/fixtures/lessons/broken/bad-frontmatter.mdx:4: stage: must be a number from 1 to 6, or "intro", "misconceptions" or "faq"',
        "tests/fixtures/lessons/broken/bad-frontmatter.mdx:2: summary: is required",
        'tests/fixtures/lessons/broken/missing-prerequisite.mdx:10: the prerequisite "no-such-lesson" is not a lesson id',
        "tests/fixtures/lessons/broken/bad-quiz.quiz.yaml:6: questions[0].options: a single-choice question needs exactly one correct option (found 0)",
        expect.stringMatching(/bad-quiz\.quiz\.yaml:\d+: questions\[2\]\.options: needs at least two options/),
        'tests/fixtures/lessons/broken/bad-quiz.quiz.yaml:20: questions[1].options[1].misconception: unknown misconception tag "no-such-misconception" (add it to misconceptions.yaml first)',
      ]),
    );
    expect(course.lessons.find((l) => l.id === "bad-quiz")?.quiz).toBeNull();
  });
});

describe("course access", () => {
  it("hides drafts from learners and guests but not from authors", async () => {
    const course = await scanCourse(GOOD);
    expect(visibleLessons(course, null).map((l) => l.id)).toEqual(["fixture-welcome", "fixture-tensors"]);
    expect(visibleLessons(course, { role: "LEARNER" }).some((l) => l.meta.draft)).toBe(false);
    expect(findLesson(course, "fixture-draft", { role: "LEARNER" })).toBeNull();
    expect(findLesson(course, "fixture-draft", { role: "AUTHOR" })?.id).toBe("fixture-draft");
    expect(findLesson(course, "fixture-draft", { role: "ADMIN" })?.id).toBe("fixture-draft");
  });

  it("places a lesson in its stage and links its neighbours", async () => {
    const course = await scanCourse(GOOD);
    const lessons = visibleLessons(course, { role: "AUTHOR" });
    const position = lessonPosition(lessons, lessons[1]!);
    expect(position.previous?.id).toBe("fixture-welcome");
    expect(position.next?.id).toBe("fixture-draft");
    expect([position.indexInStage, position.stageCount]).toEqual([1, 2]);
  });
});
