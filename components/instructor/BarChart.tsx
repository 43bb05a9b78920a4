"use client";

import { useEffect, useRef, useState } from "react";
import type { Chart as ChartType } from "chart.js";
import styles from "./charts.module.css";

interface BarSeries {
  label: string;
  data: number[];
}

interface Props {
  labels: string[];
  series: BarSeries[];
  /** What the chart shows, for screen readers (the table beside it has the numbers). */
  summary: string;
  stacked?: boolean;
  /** Values are shares 0–1, shown as percentages. */
  percent?: boolean;
  xTitle: string;
}

// Distinguishable with colour-blindness (Okabe–Ito), and dark enough against white.
const COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8a6d00", "#000000"];

/**
 * A horizontal bar chart drawn by chart.js, which is loaded only when a chart is on screen (it is
 * not part of any page's first bundle). Always paired with a table: the chart is for looking.
 */
export function BarChart({ labels, series, summary, stacked = false, percent = false, xTitle }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let chart: ChartType | null = null;
    let cancelled = false;
    import("chart.js")
      .then(({ Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip }) => {
        if (cancelled || !canvas.current) return;
        Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
        chart = new Chart(canvas.current, {
          type: "bar",
          data: { labels, datasets: series.map((s, i) => ({ label: s.label, data: s.data, backgroundColor: COLORS[i % COLORS.length] })) },
          options: {
            indexAxis: "y",
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            plugins: { legend: { display: series.length > 1, position: "bottom" } },
            scales: {
              x: {
                stacked,
                beginAtZero: true,
                max: percent ? 1 : undefined,
                title: { display: true, text: xTitle },
                ticks: percent ? { callback: (v) => `${Math.round(Number(v) * 100)}%` } : { precision: 0 },
              },
              y: { stacked, ticks: { autoSkip: false } },
            },
          },
        });
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [labels, series, stacked, percent, xTitle]);

  if (failed) return null;
  return (
    <div className={styles.chart} style={{ height: `${Math.max(8, labels.length * 2.2 + 4)}rem` }}>
      <canvas ref={canvas} role="img" aria-label={summary} data-testid="bar-chart" />
    </div>
  );
}
