import path from "node:path";
import { createElement } from "react";
import { prerender } from "react-dom/static";
import { describe, expect, it, vi } from "vitest";
import { compileLesson } from "@/lib/lessons/compile";
import { AUTHOR_COMPONENTS, GENERATED_COMPONENTS } from "@/lib/lessons/components-spec";
import { scanCourse } from "@/lib/lessons/discover";
import { LessonBody } from "./LessonBody";
import { createLessonComponents } from "./mdx-components";

// The quiz's server action pulls in auth and the database; rendering only needs its reference.
vi.mock("@/lib/quiz/actions", () => ({ submitQuizAnswer: async () => ({ status: "invalid", message: "test" }) }));
// The lesson's notebook refreshes the page's status through the App Router, absent outside Next.
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => {} }) }));

async function renderFixtureLesson(signedIn: boolean) {
  const course = await scanCourse(path.resolve("tests/fixtures/lessons/good"));
  const lesson = course.lessons.find((l) => l.id === "fixture-tensors")!;
  const compiled = await compileLesson(lesson);
  if (!compiled.ok) throw new Error(compiled.problems.map((p) => p.reason).join("\n"));
  // prerender waits for the async server components (highlighted cells) like a server render does.
  const { prelude } = await prerender(createElement(LessonBody, { lesson, compiled: compiled.lesson, signedIn, savedCode: [] }));
  return new Response(prelude).text();
}

describe("lesson components", () => {
  it("provide every component the compiler accepts or emits", () => {
    const map = createLessonComponents({ lessonId: "x", quiz: null, signedIn: false });
    for (const name of [...Object.keys(AUTHOR_COMPONENTS), ...GENERATED_COMPONENTS]) expect(map[name], name).toBeTypeOf("function");
  });

  it("render a lesson to HTML: highlighted code, math, callouts, the exercise and the quiz", async () => {
    const html = await renderFixtureLesson(false);
    expect(html).toContain('id="making-a-tensor"');
    expect(html).toMatch(/<pre class="shiki github-light-high-contrast"/);
    expect(html).toContain('class="katex"');
    expect(html).toContain("Misconception");
    expect(html).toContain('data-testid="exercise-mean-of-x"');
    expect(html).toContain("Compute the mean of <code>x</code>");
    expect(html).toContain("Sign in to answer");
    expect(html).toContain("/signin?callbackUrl=%2Flessons%2Ffixture-tensors%23quiz-rank-of-batch");
    expect(html).not.toContain("const helperScale"); // setup is hidden from the page
    // Two cells and the exercise's starter, each highlighted on the server for the notebook's code view.
    expect(html.match(/data-testid="cell"/g)).toHaveLength(3);
    expect(html).toMatch(/<span style="color:#[0-9A-F]{6}">const<\/span>/);
  });

  it("never put quiz answers, feedback or explanations in the page", async () => {
    const html = await renderFixtureLesson(true);
    expect(html).toContain("Check answer");
    expect(html).toContain('data-testid="progress-status"'); // a signed-in learner sees whether work is saved
    for (const secret of ["[32, 28, 28]: batch, height, width.", "Each axis adds one to the rank.", "shape-confusion", "It moves against the gradient", "(1 + 2 + 3 + 4) / 4", "tolerance"]) {
      expect(html).not.toContain(secret);
    }
  });
});
