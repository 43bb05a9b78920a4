"use client";
import type { DisplayData } from "@/lib/kernel/outputs";
import styles from "./outputs.module.css";

type Table = Extract<DisplayData, { kind: "table" }>;

export function TableOutput({ table }: { table: Table }) {
  return (
    <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Table output">
      <table className={styles.table}>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) => (
                <td key={column} className={typeof cell === "number" ? styles.number : undefined}>
                  {cell === null ? "" : String(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.truncated && <p className={styles.muted}>Only the first {table.rows.length} rows are shown.</p>}
    </div>
  );
}
