"use client";
import { useEffect, useRef, useState } from "react";
import type { Chart } from "chart.js";
import type { ChartSpec } from "@/lib/kernel/outputs";
import { chartConfig } from "./chart-config";
import styles from "./outputs.module.css";

/** chart.js is loaded on the first chart, not with the page. */
const loadChartJs = () => import("chart.js/auto").then((module) => module.default);

/** A chart from the kernel; live `chart-update`s arrive as new specs and redraw without animation. */
export function ChartOutput({ chartId, spec }: { chartId: string; spec: ChartSpec }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart | null>(null);
  const specRef = useRef(spec);
  specRef.current = spec;
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    loadChartJs().then(
      (ChartJs) => {
        if (cancelled || !canvasRef.current) return;
        chartRef.current = new ChartJs(canvasRef.current, chartConfig(specRef.current) as never);
      },
      () => setFailed(true),
    );
    return () => {
      cancelled = true;
      chartRef.current?.destroy();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const next = chartConfig(spec);
    chart.data.labels = next.data.labels;
    chart.data.datasets = next.data.datasets as never;
    chart.update("none");
  }, [spec]);

  const summary = spec.series.map((s) => `${s.name}: ${s.y.length} points${s.y.length ? `, last ${formatNumber(s.y[s.y.length - 1])}` : ""}`).join("; ");
  return (
    <figure className={styles.chart} data-chart-id={chartId}>
      <div className={styles.chartCanvas}>
        <canvas ref={canvasRef} role="img" aria-label={`${spec.title ?? "Chart"} (${spec.type}). ${summary}`} />
      </div>
      {failed && <p className={styles.noticeWarning}>The chart could not be drawn.</p>}
    </figure>
  );
}

function formatNumber(value: number | undefined): string {
  return value === undefined ? "" : Number.isInteger(value) ? String(value) : value.toPrecision(4);
}
