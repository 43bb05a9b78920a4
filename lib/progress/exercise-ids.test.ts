import { describe, expect, it } from "vitest";
import { scanCourse } from "@/lib/lessons/discover";
import { compileLesson } from "@/lib/lessons/compile";
import { exercisesFromSource } from "./exercise-ids";

describe("exercisesFromSource", () => {
  it("reads ids and titles in order, skipping fenced code", () => {
    const source = [
      "# Lesson",
      '<Exercise id="first" title="Sum each column">',
      "```ts starter",
      '<Exercise id="inside-code" title="not real">',
      "```",
      "</Exercise>",
      "````md",
      "```ts",
      '<Exercise id="also-inside" title="docs">',
      "```",
      "````",
      '<Exercise title="Second one" id="second" timeLimit="120">',
    ].join("\n");
    expect(exercisesFromSource(source)).toEqual([{ id: "first", title: "Sum each column" }, { id: "second", title: "Second one" }]);
    expect(exercisesFromSource("no exercises here")).toEqual([]);
  });

  it("gives up (null) when an exercise has no literal id", () => {
    expect(exercisesFromSource('<Exercise title="Anonymous">')).toBeNull();
  });

  it("agrees with the compiler on every lesson of the course", async () => {
    const course = await scanCourse("lessons");
    for (const lesson of course.lessons) {
      const compiled = await compileLesson(lesson, { highlight: false });
      if (!compiled.ok) continue;
      const expected = compiled.lesson.structure.blocks.flatMap((b) => (b.kind === "exercise" ? [{ id: b.id, title: b.title }] : []));
      expect(exercisesFromSource(lesson.source), lesson.file).toEqual(expected);
    }
  }, 120_000);
});
