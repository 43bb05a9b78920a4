"use client";

import { useMemo, useState } from "react";
import type { CohortOverview } from "@/lib/analytics/overview";
import { OverviewFilters } from "./OverviewFilters";
import { OverviewRow, StatusLegend } from "./OverviewRow";
import { SortHeader } from "./SortHeader";
import { viewRows, type ColumnSet, type SortKey, type ViewOptions } from "./overview-view";
import styles from "./instructor.module.css";

/** Learners × stages (or lessons), sortable and filterable in the browser. */
export function OverviewTable({ cohortId, overview }: { cohortId: string; overview: Omit<CohortOverview, "generatedAt"> }) {
  const [options, setOptions] = useState<ViewOptions>({ query: "", activity: "all", sort: "name", descending: false });
  const [columns, setColumns] = useState<ColumnSet>("stages");
  const rows = useMemo(() => viewRows(overview.learners, options), [overview.learners, options]);
  const set = (patch: Partial<ViewOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const sortBy = (sort: SortKey) => set({ sort, descending: options.sort === sort ? !options.descending : sort !== "name" });
  const header = (key: SortKey, label: string, className?: string) => (
    <SortHeader key={key} label={label} active={options.sort === key} descending={options.descending} onSort={() => sortBy(key)} className={className} />
  );

  return (
    <div>
      <OverviewFilters options={options} onChange={set} columns={columns} onColumns={setColumns} shown={rows.length} total={overview.learners.length} />
      <div className={styles.tableWrap}>
        <table className={styles.table} data-testid="overview-table">
          <caption className="visually-hidden">Progress of each learner; column headers sort the table</caption>
          <thead>
            <tr>
              {header("name", "Learner")}
              {header("lastActive", "Last active")}
              {header("completed", "Lessons done", styles.num)}
              {overview.assignments.length > 0 && <th scope="col">Assignments</th>}
              {columns === "stages"
                ? overview.stages.map((s, i) => header(`stage:${i}`, `${s.label}: ${s.title}`, styles.lessonHead))
                : overview.lessons.map((l, i) => header(`lesson:${i}`, l.title, styles.lessonHead))}
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((l) => (
              <OverviewRow key={l.id} cohortId={cohortId} learner={l} overview={overview} columns={columns} />
            ))}
          </tbody>
        </table>
      </div>
      {columns === "lessons" && <StatusLegend />}
    </div>
  );
}
