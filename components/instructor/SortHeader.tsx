"use client";

import styles from "./instructor.module.css";

interface Props {
  label: string;
  /** What the header shows when the full label does not fit (a heatmap column's number); the label, which must contain it, stays its name. */
  short?: string;
  active: boolean;
  descending: boolean;
  onSort: () => void;
  className?: string;
}

/** A column header that sorts on click or Enter/Space (a real button), and tells screen readers how. */
export function SortHeader({ label, short, active, descending, onSort, className }: Props) {
  return (
    <th scope="col" aria-sort={active ? (descending ? "descending" : "ascending") : "none"} className={className}>
      <button type="button" className={styles.sortButton} onClick={onSort} title={label} aria-label={short ? label : undefined}>
        <span className={short ? undefined : styles.clamp}>{short ?? label}</span>
        <span aria-hidden="true" className={styles.sortMark}>{active ? (descending ? "▼" : "▲") : "↕"}</span>
      </button>
    </th>
  );
}
