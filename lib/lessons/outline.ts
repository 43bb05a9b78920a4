import type { Course, LessonRecord } from "./discover";
import { STAGES, stageInfo } from "./stages";

/**
 * The course as a table, stage by stage: each lesson's order, id, title, minutes, prerequisites and
 * file, and the next free `order` of each stage. What an author needs to place a new lesson without
 * reading the running site (`npm run lessons:outline`).
 */
export function formatOutline(course: Course): string {
  const lines: string[] = [];
  for (const stage of STAGES) {
    const lessons = course.lessons.filter((l) => l.meta.stage === stage.key);
    const nextOrder = Math.max(0, ...lessons.map((l) => l.meta.order)) + 1;
    lines.push(`${stageInfo(stage.key).label}: ${stage.title}  (stage: ${JSON.stringify(stage.key)}, next free order: ${nextOrder})`);
    if (lessons.length === 0) lines.push("  (no lessons yet)");
    for (const lesson of lessons) lines.push(`  ${row(lesson)}`);
    lines.push("");
  }
  const counted = `${course.lessons.length} lessons`;
  lines.push(course.problems.length > 0 ? `${counted}; ${course.problems.length} files could not be read (run npm run lessons:check).` : counted);
  return lines.join("\n");
}

function row(lesson: LessonRecord): string {
  const { order, title, minutes, prerequisites, draft } = lesson.meta;
  const after = prerequisites.length > 0 ? `  after: ${prerequisites.join(", ")}` : "";
  return `${String(order).padStart(2)}  ${lesson.id.padEnd(34)} ${title}  (${minutes} min${draft ? ", draft" : ""})${after}  ${lesson.file}`;
}
