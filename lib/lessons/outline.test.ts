import { describe, expect, it } from "vitest";
import { scanCourse } from "./discover";
import { formatOutline } from "./outline";
import { STAGES } from "./stages";

/** The outline line whose id column is this lesson's. */
const rowOf = (id: string) => new RegExp(`^\\s+\\d+\\s+${id}\\s`, "m");

describe("the course outline", () => {
  it("lists every lesson once under its stage, in course order, with the next free order of each stage", async () => {
    const course = await scanCourse("lessons");
    const outline = formatOutline(course);
    for (const lesson of course.lessons) {
      expect(outline.split("\n").filter((line) => rowOf(lesson.id).test(line)), lesson.id).toHaveLength(1);
    }
    // Stage headers in roadmap order, each lesson after its own header and before the next one.
    const headerAt = STAGES.map((s) => outline.indexOf(`${s.label}: ${s.title}`));
    expect(headerAt.every((at) => at >= 0)).toBe(true);
    expect([...headerAt].sort((a, b) => a - b)).toEqual(headerAt);
    for (const lesson of course.lessons) {
      const stage = STAGES.findIndex((s) => s.key === lesson.meta.stage);
      const at = outline.search(rowOf(lesson.id));
      expect(at).toBeGreaterThan(headerAt[stage]!);
      if (stage + 1 < STAGES.length) expect(at).toBeLessThan(headerAt[stage + 1]!);
    }
    const stage1 = course.lessons.filter((l) => l.meta.stage === 1).map((l) => l.meta.order);
    expect(outline).toContain(`next free order: ${Math.max(...stage1) + 1})`);
    expect(outline.trim().endsWith(`${course.lessons.length} lessons`)).toBe(true);
  });

  it("shows prerequisites and the lesson's file", async () => {
    const course = await scanCourse("lessons");
    const withPrereq = course.lessons.find((l) => l.meta.prerequisites.length > 0)!;
    const line = formatOutline(course).split("\n").find((l) => rowOf(withPrereq.id).test(l))!;
    expect(line).toContain(`after: ${withPrereq.meta.prerequisites.join(", ")}`);
    expect(line).toContain(withPrereq.file);
  });
});
