export interface ActivityEvent {
  id: string;
  lessonId: string;
  type: string;
  target: string;
  ok: boolean | null;
  detail: string | null;
  at: Date;
}

export interface ActivityItem {
  id: string;
  at: string;
  lessonId: string;
  text: string;
  /** How many identical things in a row this item stands for (five runs of one cell are one line). */
  count: number;
}

interface LessonNames {
  title: string;
  exerciseTitles: Record<string, string>;
}

function hintNumber(detail: string | null): number | null {
  try {
    const n = (JSON.parse(detail ?? "null") as { hint?: unknown } | null)?.hint;
    return typeof n === "number" ? n : null;
  } catch {
    return null;
  }
}

/** One event in words. */
export function describeEvent(e: ActivityEvent, lesson: LessonNames | undefined): string {
  const title = lesson?.title ?? e.lessonId;
  const exercise = `“${lesson?.exerciseTitles[e.target] ?? e.target}”`;
  switch (e.type) {
    case "lesson-opened":
      return `Opened ${title}`;
    case "cell-run":
      return e.ok ? `Ran a cell in ${title}` : `A cell stopped with an error in ${title}`;
    case "exercise-check":
      return e.ok ? `Passed the exercise ${exercise} in ${title}` : `Checked the exercise ${exercise} in ${title} (not passing yet)`;
    case "hint-viewed": {
      const n = hintNumber(e.detail);
      return `Opened hint${n ? ` ${n}` : ""} for ${exercise} in ${title}`;
    }
    case "solution-viewed":
      return `Viewed the solution of ${exercise} in ${title}`;
    case "quiz":
      return e.ok ? `Answered a quiz question in ${title} correctly` : `Answered a quiz question in ${title} (not right yet)`;
    default:
      return `Worked on ${title}`;
  }
}

/** Newest first, consecutive identical lines merged, at most `limit` items. */
export function recentActivity(events: readonly ActivityEvent[], lessons: ReadonlyMap<string, LessonNames>, limit = 10): ActivityItem[] {
  const sorted = [...events].sort((a, b) => b.at.getTime() - a.at.getTime());
  const items: ActivityItem[] = [];
  for (const e of sorted) {
    const text = describeEvent(e, lessons.get(e.lessonId));
    const last = items[items.length - 1];
    if (last && last.text === text) {
      last.count += 1;
      continue;
    }
    if (items.length === limit) break;
    items.push({ id: e.id, at: e.at.toISOString(), lessonId: e.lessonId, text, count: 1 });
  }
  return items;
}
