"use client";

import styles from "./instructor.module.css";

interface Props {
  label: string;
  active: boolean;
  descending: boolean;
  onSort: () => void;
  className?: string;
}

/** A column header that sorts on click or Enter/Space (a real button), and tells screen readers how. */
export function SortHeader({ label, active, descending, onSort, className }: Props) {
  return (
    <th scope="col" aria-sort={active ? (descending ? "descending" : "ascending") : "none"} className={className}>
      <button type="button" className={styles.sortButton} onClick={onSort} title={label}>
        <span className={styles.clamp}>{label}</span>
        <span aria-hidden="true" className={styles.sortMark}>{active ? (descending ? "▼" : "▲") : "↕"}</span>
      </button>
    </th>
  );
}
