import { describe, expect, it } from "vitest";
import { scanCourse } from "./discover";
import { formatOutline, orderWarnings } from "./outline";
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

  it("counts each lesson's exercises and quiz questions", async () => {
    const course = await scanCourse("lessons");
    const tensors = course.lessons.find((l) => l.id === "tensors")!;
    const line = formatOutline(course).split("\n").find((l) => rowOf("tensors").test(l))!;
    expect(line).toContain(`${tensors.quiz!.questions.length} quiz questions`);
    expect(line).toMatch(/\b1 exercise\b/);
  });

  it("flags two lessons with one order, and orders missing in between", async () => {
    const course = await scanCourse("lessons");
    const stage1 = course.lessons.filter((l) => l.meta.stage === 1);
    expect(orderWarnings(stage1)).toEqual([]);
    const clash = { ...stage1[1]!, id: "clashing", meta: { ...stage1[1]!.meta } };
    const late = { ...stage1[0]!, id: "late", meta: { ...stage1[0]!.meta, order: stage1.length + 3 } };
    expect(orderWarnings([...stage1, clash, late])).toEqual([
      `order ${stage1[1]!.meta.order} is used by ${stage1[1]!.id} and clashing: give each lesson its own`,
      `no lesson has order ${stage1.length + 1}, ${stage1.length + 2} (a gap; fine while a lesson is being written)`,
    ]);
  });

  it("shows prerequisites and the lesson's file", async () => {
    const course = await scanCourse("lessons");
    const withPrereq = course.lessons.find((l) => l.meta.prerequisites.length > 0)!;
    const line = formatOutline(course).split("\n").find((l) => rowOf(withPrereq.id).test(l))!;
    expect(line).toContain(`after: ${withPrereq.meta.prerequisites.join(", ")}`);
    expect(line).toContain(withPrereq.file);
  });
});
