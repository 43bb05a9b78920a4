import type { CohortOverview, OverviewLearner } from "@/lib/analytics/overview";

export type SortKey = "name" | "lastActive" | "completed" | `stage:${number}` | `lesson:${number}`;
export interface ViewOptions {
  query: string;
  activity: "all" | "active" | "inactive";
  sort: SortKey;
  descending: boolean;
}

const STATUS_RANK = { "not-started": 0, "in-progress": 1, completed: 2 } as const;

function sortValue(l: OverviewLearner, key: SortKey): string | number {
  if (key === "name") return l.name.toLowerCase();
  if (key === "lastActive") return l.lastActiveAt ? Date.parse(l.lastActiveAt) : -1;
  if (key === "completed") return l.completed;
  const [kind, index] = key.split(":") as ["stage" | "lesson", string];
  const i = Number(index);
  return kind === "stage" ? (l.stageCompleted[i] ?? 0) : STATUS_RANK[l.statuses[i] ?? "not-started"];
}

/** Filters and sorts the overview rows (client-side: a cohort is at most a few hundred learners). */
export function viewRows(learners: readonly OverviewLearner[], options: ViewOptions): OverviewLearner[] {
  const q = options.query.trim().toLowerCase();
  const rows = learners.filter(
    (l) =>
      (!q || l.name.toLowerCase().includes(q) || l.email.toLowerCase().includes(q)) &&
      (options.activity === "all" || (options.activity === "active") === l.active),
  );
  const dir = options.descending ? -1 : 1;
  return rows.sort((a, b) => {
    const x = sortValue(a, options.sort);
    const y = sortValue(b, options.sort);
    const primary = x < y ? -dir : x > y ? dir : 0;
    return primary || a.name.localeCompare(b.name);
  });
}

/** What the columns after "Lessons done" show: one per stage, or one per lesson. */
export type ColumnSet = "stages" | "lessons";

/** Past this many rows the table keeps only the rows in view (and a margin) in the page. */
export const VIRTUALISE_AFTER = 60;

export interface StageGroup { key: string; label: string; title: string; lessons: number }

/** The heatmap's stage header: one group per run of consecutive lessons of a stage, in course order. */
export function stageGroups(lessons: CohortOverview["lessons"], stages: CohortOverview["stages"]): StageGroup[] {
  const groups: StageGroup[] = [];
  for (const lesson of lessons) {
    const last = groups[groups.length - 1];
    if (last && last.key === String(lesson.stage)) last.lessons++;
    else {
      const stage = stages.find((s) => s.key === lesson.stage);
      groups.push({ key: String(lesson.stage), label: stage?.label ?? String(lesson.stage), title: stage?.title ?? "", lessons: 1 });
    }
  }
  return groups;
}

/** Each lesson's position within its stage (1, 2, …): what its heatmap column shows. */
export function lessonNumbers(lessons: CohortOverview["lessons"]): number[] {
  return lessons.map((l, i) => {
    let n = 1;
    while (i - n >= 0 && lessons[i - n]!.stage === l.stage) n++;
    return n;
  });
}
