import type { OverviewLearner } from "@/lib/analytics/overview";

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
