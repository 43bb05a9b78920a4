"use client";

import { useId } from "react";
import type { ColumnSet, ViewOptions } from "./overview-view";
import styles from "./instructor.module.css";

interface Props {
  options: ViewOptions;
  onChange: (patch: Partial<ViewOptions>) => void;
  columns: ColumnSet;
  onColumns: (columns: ColumnSet) => void;
  shown: number;
  total: number;
}

/** The overview's search, activity filter and column choice, with a live count of the rows shown. */
export function OverviewFilters({ options, onChange, columns, onColumns, shown, total }: Props) {
  const id = useId();
  return (
    <div className={styles.controls}>
      <div className={styles.control}>
        <label htmlFor={`${id}-q`}>Find a learner</label>
        <input id={`${id}-q`} type="search" value={options.query} onChange={(e) => onChange({ query: e.target.value })} placeholder="Name or email" />
      </div>
      <div className={styles.control}>
        <label htmlFor={`${id}-activity`}>Activity</label>
        <select id={`${id}-activity`} value={options.activity} onChange={(e) => onChange({ activity: e.target.value as ViewOptions["activity"] })}>
          <option value="all">Everyone</option>
          <option value="active">Active in the last 7 days</option>
          <option value="inactive">Not active in the last 7 days</option>
        </select>
      </div>
      <div className={styles.control}>
        <label htmlFor={`${id}-columns`}>Columns</label>
        <select id={`${id}-columns`} value={columns} onChange={(e) => onColumns(e.target.value as ColumnSet)}>
          <option value="stages">Stages</option>
          <option value="lessons">Lessons</option>
        </select>
      </div>
      <p className={styles.count} role="status" aria-live="polite">
        {shown} of {total} learners
      </p>
    </div>
  );
}
