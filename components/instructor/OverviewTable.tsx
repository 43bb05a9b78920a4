"use client";

import Link from "next/link";
import { useId, useMemo, useState } from "react";
import type { CohortOverview } from "@/lib/analytics/overview";
import { RemoveMemberButton } from "./RemoveMemberButton";
import { SortHeader } from "./SortHeader";
import { viewRows, type SortKey, type ViewOptions } from "./overview-view";
import styles from "./instructor.module.css";

const STATUS = {
  completed: { mark: "✓", text: "completed", className: styles.completed },
  "in-progress": { mark: "…", text: "in progress", className: styles.inProgress },
  "not-started": { mark: "–", text: "not started", className: styles.notStarted },
} as const;

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "never");

/** Learners × stages (or lessons), sortable and filterable in the browser. */
export function OverviewTable({ cohortId, overview }: { cohortId: string; overview: Omit<CohortOverview, "generatedAt"> }) {
  const id = useId();
  const [options, setOptions] = useState<ViewOptions>({ query: "", activity: "all", sort: "name", descending: false });
  const [columns, setColumns] = useState<"stages" | "lessons">("stages");
  const rows = useMemo(() => viewRows(overview.learners, options), [overview.learners, options]);
  const set = (patch: Partial<ViewOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const sortBy = (sort: SortKey) => set({ sort, descending: options.sort === sort ? !options.descending : sort !== "name" });
  const header = (key: SortKey, label: string, className?: string) => (
    <SortHeader key={key} label={label} active={options.sort === key} descending={options.descending} onSort={() => sortBy(key)} className={className} />
  );

  return (
    <div>
      <div className={styles.controls}>
        <div className={styles.control}>
          <label htmlFor={`${id}-q`}>Find a learner</label>
          <input id={`${id}-q`} type="search" value={options.query} onChange={(e) => set({ query: e.target.value })} placeholder="Name or email" />
        </div>
        <div className={styles.control}>
          <label htmlFor={`${id}-activity`}>Activity</label>
          <select id={`${id}-activity`} value={options.activity} onChange={(e) => set({ activity: e.target.value as ViewOptions["activity"] })}>
            <option value="all">Everyone</option>
            <option value="active">Active in the last 7 days</option>
            <option value="inactive">Not active in the last 7 days</option>
          </select>
        </div>
        <div className={styles.control}>
          <label htmlFor={`${id}-columns`}>Columns</label>
          <select id={`${id}-columns`} value={columns} onChange={(e) => setColumns(e.target.value as "stages" | "lessons")}>
            <option value="stages">Stages</option>
            <option value="lessons">Lessons</option>
          </select>
        </div>
        <p className={styles.count} role="status" aria-live="polite">
          {rows.length} of {overview.learners.length} learners
        </p>
      </div>
      <div className={styles.tableWrap}>
        <table className={styles.table} data-testid="overview-table">
          <caption className="visually-hidden">Progress of each learner; column headers sort the table</caption>
          <thead>
            <tr>
              {header("name", "Learner")}
              {header("lastActive", "Last active")}
              {header("completed", "Lessons done", styles.num)}
              {columns === "stages"
                ? overview.stages.map((s, i) => header(`stage:${i}`, `${s.label}: ${s.title}`, styles.lessonHead))
                : overview.lessons.map((l, i) => header(`lesson:${i}`, l.title, styles.lessonHead))}
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((l) => (
              <tr key={l.id} data-testid="learner-row" data-learner-email={l.email}>
                <th scope="row">
                  <Link href={`/instructor/cohorts/${cohortId}/learners/${l.id}`}>{l.name}</Link>
                  <div className={styles.email}>{l.email}</div>
                </th>
                <td>
                  <span className={`${styles.badge} ${l.active ? styles.active : styles.inactive}`}>{l.active ? "Active" : "Inactive"}</span>
                  <div className={styles.muted}>{day(l.lastActiveAt)}</div>
                </td>
                <td className={styles.num} data-testid="completed-count">{l.completed} / {overview.lessons.length}</td>
                {columns === "stages"
                  ? overview.stages.map((s, i) => {
                      const done = l.stageCompleted[i] ?? 0;
                      return (
                        <td key={String(s.key)}>
                          <div className={styles.stageCell}>
                            <span>{done} / {s.lessons}</span>
                            <div className={styles.miniTrack} aria-hidden="true"><div className={styles.miniFill} style={{ width: `${(done / Math.max(1, s.lessons)) * 100}%` }} /></div>
                          </div>
                        </td>
                      );
                    })
                  : l.statuses.map((status, i) => (
                      <td key={overview.lessons[i]!.id}>
                        <span className={`${styles.cell} ${STATUS[status].className}`} title={STATUS[status].text}>
                          <span aria-hidden="true">{STATUS[status].mark}</span>
                          <span className="visually-hidden">{STATUS[status].text}</span>
                        </span>
                      </td>
                    ))}
                <td><RemoveMemberButton cohortId={cohortId} userId={l.id} name={l.name} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {columns === "lessons" && (
        <p className={styles.legend} aria-hidden="true">
          {Object.values(STATUS).map((s) => (
            <span key={s.text}><span className={`${styles.cell} ${s.className}`}>{s.mark}</span>{s.text}</span>
          ))}
        </p>
      )}
    </div>
  );
}
