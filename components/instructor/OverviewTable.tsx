"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import type { CohortOverview } from "@/lib/analytics/overview";
import { OverviewFilters } from "./OverviewFilters";
import { OverviewRow, StatusLegend } from "./OverviewRow";
import { SortHeader } from "./SortHeader";
import { lessonNumbers, stageGroups, viewRows, VIRTUALISE_AFTER, type ColumnSet, type SortKey, type ViewOptions } from "./overview-view";
import styles from "./instructor.module.css";

type Overview = Omit<CohortOverview, "generatedAt">;
/** Rows above the table body: the stage groups (lesson columns only) and the column headers. */
const headerRows = (columns: ColumnSet) => (columns === "lessons" ? 2 : 1);

/**
 * Learners × stages (or a heatmap of learners × lessons), sortable and filterable in the browser.
 * The table scrolls inside its own box with the header and the learner column sticky, and past
 * VIRTUALISE_AFTER rows only the rows in view (and a margin) are in the page.
 */
export function OverviewTable({ cohortId, overview }: { cohortId: string; overview: Overview }) {
  const [options, setOptions] = useState<ViewOptions>({ query: "", activity: "all", sort: "name", descending: false });
  const [columns, setColumns] = useState<ColumnSet>("stages");
  const rows = useMemo(() => viewRows(overview.learners, options), [overview.learners, options]);
  const groups = useMemo(() => stageGroups(overview.lessons, overview.stages), [overview.lessons, overview.stages]);
  const numbers = useMemo(() => lessonNumbers(overview.lessons), [overview.lessons]);
  const scroller = useRef<HTMLDivElement>(null);
  // The row holding keyboard focus stays in the page when it scrolls out of view, so focus is not lost.
  const focused = useRef<number | null>(null);
  const keepFocused = (range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const f = focused.current;
    return f === null || f >= range.count || indexes.includes(f) ? indexes : [...indexes, f].sort((a, b) => a - b);
  };
  const virtual = rows.length > VIRTUALISE_AFTER;
  // eslint-disable-next-line react-hooks/incompatible-library -- the React Compiler is not enabled (next.config.js), so nothing memoises this component around the virtualiser's functions.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 66,
    overscan: 12,
    enabled: virtual,
    initialRect: { width: 1200, height: 800 },
    rangeExtractor: keepFocused,
  });
  // For tests and bench:server: the table answers input from here on (set without a re-render).
  useEffect(() => scroller.current?.setAttribute("data-hydrated", ""), []);
  const set = (patch: Partial<ViewOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const sortBy = (sort: SortKey) => set({ sort, descending: options.sort === sort ? !options.descending : sort !== "name" });
  const header = (key: SortKey, label: string, className?: string, short?: string) => (
    <SortHeader key={key} label={label} short={short} active={options.sort === key} descending={options.descending} onSort={() => sortBy(key)} className={className} />
  );
  const items = virtual ? virtualizer.getVirtualItems() : null;
  // Rows in the page, each with the gap (the height of the rows left out) to put before it.
  let cursor = 0;
  const shownRows = items
    ? items.map((item) => {
        const gap = item.start - cursor;
        cursor = item.end;
        return { learner: rows[item.index]!, index: item.index, gap };
      })
    : rows.map((learner, index) => ({ learner, index, gap: 0 }));
  const after = items && items.length > 0 ? virtualizer.getTotalSize() - cursor : 0;
  const width = 4 + (overview.assignments.length > 0 ? 1 : 0) + (columns === "stages" ? overview.stages.length : overview.lessons.length);
  const first = headerRows(columns);

  return (
    <div>
      <OverviewFilters options={options} onChange={set} columns={columns} onColumns={setColumns} shown={rows.length} total={overview.learners.length} />
      <div ref={scroller} className={styles.tableWrap} data-testid="overview-scroller" tabIndex={0} role="region" aria-label="Progress table">
        <table className={`${styles.table} ${columns === "lessons" ? styles.heatmap : ""}`} data-testid="overview-table" aria-rowcount={rows.length + first}>
          <caption className="visually-hidden">Progress of each learner; column headers sort the table</caption>
          <thead>
            {columns === "lessons" && (
              <tr aria-rowindex={1}>
                <td className={styles.groupSpacer} />
                <td colSpan={2 + (overview.assignments.length > 0 ? 1 : 0)} className={styles.groupFill} />
                {groups.map((g) => (
                  <th key={g.key} scope="colgroup" colSpan={g.lessons} className={styles.stageGroup} title={`${g.label}: ${g.title}`}>
                    <span className={styles.stageLabel}>{g.label}</span>{" "}
                    {/* A title wider than its columns would stack a word per line: stages of one or two lessons keep it for screen readers and the tooltip. */}
                    <span className={g.lessons >= 3 ? styles.stageTitle : "visually-hidden"}>{g.title}</span>
                  </th>
                ))}
                <td className={styles.groupFill} />
              </tr>
            )}
            <tr aria-rowindex={first}>
              {header("name", "Learner")}
              {header("lastActive", "Last active")}
              {header("completed", "Lessons done", styles.num)}
              {overview.assignments.length > 0 && <th scope="col">Assignments</th>}
              {columns === "stages"
                ? overview.stages.map((s, i) => header(`stage:${i}`, `${s.label}: ${s.title}`, styles.lessonHead))
                : overview.lessons.map((l, i) => header(`lesson:${i}`, `${groups.find((g) => g.key === String(l.stage))?.label ?? ""}, lesson ${numbers[i]}: ${l.title}`, `${styles.heatHead} ${numbers[i] === 1 ? styles.stageStart : ""}`, String(numbers[i])))}
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody
            onFocus={(event) => {
              const row = (event.target as Element).closest("tr[data-index]");
              focused.current = row ? Number(row.getAttribute("data-index")) : null;
            }}
            onBlur={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) focused.current = null;
            }}
          >
            {shownRows.map(({ learner, index, gap }) => [
              gap > 0 && <tr key={`gap-${index}`} aria-hidden="true" style={{ height: gap }}><td colSpan={width} className={styles.spacer} /></tr>,
              <OverviewRow
                key={learner.id}
                cohortId={cohortId}
                learner={learner}
                overview={overview}
                columns={columns}
                rowIndex={index + first + 1}
                measure={virtual ? virtualizer.measureElement : undefined}
                dataIndex={index}
              />,
            ])}
            {after > 0 && <tr aria-hidden="true" style={{ height: after }}><td colSpan={width} className={styles.spacer} /></tr>}
          </tbody>
        </table>
      </div>
      {columns === "lessons" && <StatusLegend />}
    </div>
  );
}
