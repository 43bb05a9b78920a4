import type { Course, LessonRecord } from "./discover";
import { STAGES, stageInfo } from "./stages";

/**
 * The course as a table, stage by stage: each lesson's order, id, title, minutes, exercises, quiz
 * questions, prerequisites and file, the next free `order` of each stage, and any gap or clash in
 * the orders. What an author needs to place a new lesson without reading the running site
 * (`npm run lessons:list`).
 */
export function formatOutline(course: Course): string {
  const lines: string[] = [];
  for (const stage of STAGES) {
    const lessons = course.lessons.filter((l) => l.meta.stage === stage.key);
    const nextOrder = Math.max(0, ...lessons.map((l) => l.meta.order)) + 1;
    lines.push(`${stageInfo(stage.key).label}: ${stage.title}  (stage: ${JSON.stringify(stage.key)}, next free order: ${nextOrder})`);
    if (lessons.length === 0) lines.push("  (no lessons yet)");
    for (const lesson of lessons) lines.push(`  ${row(lesson)}`);
    lines.push(...orderWarnings(lessons).map((w) => `  ⚠ ${w}`));
    lines.push("");
  }
  const counted = `${course.lessons.length} lessons`;
  lines.push(course.problems.length > 0 ? `${counted}; ${course.problems.length} files could not be read (run npm run lessons:check).` : counted);
  return lines.join("\n");
}

/** Orders used by more than one lesson, and orders missing between 1 and the stage's last. */
export function orderWarnings(lessons: readonly LessonRecord[]): string[] {
  const byOrder = new Map<number, string[]>();
  for (const l of lessons) byOrder.set(l.meta.order, [...(byOrder.get(l.meta.order) ?? []), l.id]);
  const warnings: string[] = [];
  for (const [order, ids] of [...byOrder].sort((a, b) => a[0] - b[0])) {
    if (ids.length > 1) warnings.push(`order ${order} is used by ${ids.join(" and ")}: give each lesson its own`);
  }
  const last = Math.max(0, ...byOrder.keys());
  const missing = Array.from({ length: last }, (_, i) => i + 1).filter((n) => !byOrder.has(n));
  if (missing.length > 0) warnings.push(`no lesson has order ${missing.join(", ")} (a gap; fine while a lesson is being written)`);
  return warnings;
}

/** Exercises are block-level <Exercise> elements, so a line that starts with one is one. */
const exerciseCount = (source: string) => source.match(/^<Exercise\b/gm)?.length ?? 0;

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

function row(lesson: LessonRecord): string {
  const { order, title, minutes, prerequisites, draft } = lesson.meta;
  const after = prerequisites.length > 0 ? `  after: ${prerequisites.join(", ")}` : "";
  const parts = [`${minutes} min`, plural(exerciseCount(lesson.source), "exercise"), plural(lesson.quiz?.questions.length ?? 0, "quiz question"), ...(draft ? ["draft"] : [])];
  return `${String(order).padStart(2)}  ${lesson.id.padEnd(34)} ${title}  (${parts.join(", ")})${after}  ${lesson.file}`;
}
