"use client";
import type { Output } from "@/lib/kernel/outputs";
import { ChartOutput } from "./ChartOutput";
import { ErrorOutput } from "./ErrorOutput";
import { ImageGrid, ImageOutput } from "./ImageOutput";
import { InspectView } from "./InspectView";
import { TableOutput } from "./TableOutput";
import styles from "./outputs.module.css";

/** A cell's outputs, one renderer per output type. No HTML from the kernel is ever rendered. */
export function OutputArea({ outputs, testId, cellId }: { outputs: readonly Output[]; testId?: string; cellId?: string }) {
  return (
    <div className={styles.area} data-testid={testId} aria-label="Output" role="group">
      {outputs.map((output, index) => (
        <OutputView key={index} output={output} cellId={cellId} />
      ))}
    </div>
  );
}

function OutputView({ output, cellId }: { output: Output; cellId?: string }) {
  switch (output.type) {
    case "stream":
      return <pre className={output.name === "stderr" ? styles.stderr : styles.stdout}>{output.text}</pre>;
    case "result":
      return (
        <div className={styles.result}>
          <InspectView value={output.value} depth={0} />
        </div>
      );
    case "error":
      return <ErrorOutput output={output} cellId={cellId} />;
    case "notice":
      return (
        <p className={output.level === "warning" ? styles.noticeWarning : styles.noticeInfo} role="note">
          {output.text}
        </p>
      );
    case "display":
      return <DisplayView data={output.data} />;
  }
}

function DisplayView({ data }: { data: Extract<Output, { type: "display" }>["data"] }) {
  switch (data.kind) {
    case "value":
      return (
        <div className={styles.result}>
          <InspectView value={data.value} depth={0} />
        </div>
      );
    case "table":
      return <TableOutput table={data} />;
    case "image":
      return <ImageOutput image={data} />;
    case "images":
      return <ImageGrid grid={data} />;
    case "chart":
      return <ChartOutput chartId={data.chartId} spec={data.spec} />;
    case "chart-update":
      // Folded into its chart by the output model; a stray update has nothing to draw on.
      return null;
  }
}
