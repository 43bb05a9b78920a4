import { describe, expect, it } from "vitest";
import type { OverviewLearner } from "@/lib/analytics/overview";
import { lessonNumbers, stageGroups, viewRows } from "./overview-view";

const learner = (name: string, extra: Partial<OverviewLearner>): OverviewLearner => ({
  id: name, name, email: `${name.toLowerCase()}@example.test`, joinedAt: "2026-01-01T00:00:00.000Z", lastActiveAt: null,
  active: false, recentCompletions: 0, completed: 0, statuses: ["not-started", "not-started"], stageCompleted: [0], assignmentStates: [], assignmentCounts: { onTime: 0, late: 0, missing: 0, open: 0 }, ...extra,
});

const rows = [
  learner("Cleo", { completed: 2, active: true, lastActiveAt: "2026-11-20T00:00:00.000Z", statuses: ["completed", "completed"], stageCompleted: [2] }),
  learner("ada", { completed: 1, active: true, lastActiveAt: "2026-11-25T00:00:00.000Z", statuses: ["completed", "in-progress"], stageCompleted: [1] }),
  learner("Bo", { completed: 0 }),
];
const base = { query: "", activity: "all", sort: "name", descending: false } as const;

describe("viewRows", () => {
  it("sorts by name case-insensitively, and by any column both ways", () => {
    expect(viewRows(rows, base).map((r) => r.name)).toEqual(["ada", "Bo", "Cleo"]);
    expect(viewRows(rows, { ...base, sort: "completed", descending: true }).map((r) => r.name)).toEqual(["Cleo", "ada", "Bo"]);
    expect(viewRows(rows, { ...base, sort: "lastActive" }).map((r) => r.name)).toEqual(["Bo", "Cleo", "ada"]);
    expect(viewRows(rows, { ...base, sort: "lesson:1", descending: true }).map((r) => r.name)).toEqual(["Cleo", "ada", "Bo"]);
    expect(viewRows(rows, { ...base, sort: "stage:0" }).map((r) => r.name)).toEqual(["Bo", "ada", "Cleo"]);
  });

  it("filters by name or email and by the activity signal", () => {
    expect(viewRows(rows, { ...base, query: "CLEO@" }).map((r) => r.name)).toEqual(["Cleo"]);
    expect(viewRows(rows, { ...base, activity: "inactive" }).map((r) => r.name)).toEqual(["Bo"]);
    expect(viewRows(rows, { ...base, activity: "active" }).map((r) => r.name)).toEqual(["ada", "Cleo"]);
  });

  it("does not reorder the input", () => {
    viewRows(rows, { ...base, sort: "completed" });
    expect(rows.map((r) => r.name)).toEqual(["Cleo", "ada", "Bo"]);
  });
});

describe("the heatmap's headers", () => {
  const lessons = [
    { id: "a", title: "A", stage: "intro" as const }, { id: "b", title: "B", stage: 1 as const },
    { id: "c", title: "C", stage: 1 as const }, { id: "d", title: "D", stage: 2 as const },
  ];
  const stages = [
    { key: "intro" as const, label: "Start here", title: "Getting started", lessons: 1 },
    { key: 1 as const, label: "Stage 1", title: "Understanding Neural Networks", lessons: 2 },
    { key: 2 as const, label: "Stage 2", title: "Basics", lessons: 1 },
  ];
  it("groups consecutive lessons of a stage under one header, in course order", () => {
    expect(stageGroups(lessons, stages).map((g) => [g.label, g.title, g.lessons])).toEqual([
      ["Start here", "Getting started", 1], ["Stage 1", "Understanding Neural Networks", 2], ["Stage 2", "Basics", 1],
    ]);
  });
  it("numbers each lesson within its stage", () => {
    expect(lessonNumbers(lessons)).toEqual([1, 1, 2, 1]);
  });
});
