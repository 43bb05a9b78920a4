"use client";
import { useId, useRef, useState } from "react";
import type { NotebookController } from "@/components/notebook/controller";
import { fromIpynb, toIpynb, tooLarge, type PngEncoder } from "@/lib/notebooks/ipynb";
import styles from "./playground.module.css";

/** An image output as base64 PNG, through a canvas (null where the browser cannot). */
const canvasPng: PngEncoder = ({ width, height, pixels }) => {
  try {
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d");
    if (!context) return null;
    context.putImageData(new ImageData(new Uint8ClampedArray(pixels), width, height), 0, 0);
    return canvas.toDataURL("image/png").split(",")[1] ?? null;
  } catch {
    return null;
  }
};

interface Props {
  controller: NotebookController;
  cellIds: readonly string[];
  currentSources(): string[];
  onOpen(sources: readonly string[]): void;
}

/** "Download .ipynb" (code and outputs, for Jupyter) and "Open .ipynb" (replaces the cells, after asking). */
export function NotebookFile({ controller, cellIds, currentSources, onOpen }: Props) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);

  const download = () => {
    const sources = currentSources();
    const cells = cellIds.map((id, i) => {
      const cell = controller.cells.get(id);
      return { source: sources[i] ?? "", outputs: cell?.outputs ?? [], executionCount: cell?.execCount ?? null };
    });
    const url = URL.createObjectURL(new Blob([toIpynb(cells, canvasPng)], { type: "application/x-ipynb+json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "playground.ipynb";
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage({ text: `Downloaded playground.ipynb (${cells.length} cell${cells.length === 1 ? "" : "s"}).`, problem: false });
  };

  const open = async (file: File) => {
    const size = tooLarge(file.size);
    const result = size ? ({ ok: false, error: size } as const) : fromIpynb(await file.text());
    if (!result.ok) {
      setMessage({ text: `Could not open ${file.name}. ${result.error}`, problem: true });
      return;
    }
    const hasWork = currentSources().some((source) => source.trim() !== "");
    if (hasWork && !window.confirm(`Replace the playground's cells with the ${result.sources.length} cells of ${file.name}? Download .ipynb first to keep the current ones.`)) {
      setMessage({ text: `Kept the current cells; ${file.name} was not opened.`, problem: false });
      return;
    }
    onOpen(result.sources);
    setMessage({ text: `Opened ${file.name}: ${result.sources.length} cell${result.sources.length === 1 ? "" : "s"}.${result.skipped ? ` ${result.skipped.charAt(0).toUpperCase()}${result.skipped.slice(1)}` : ""}`, problem: false });
  };

  return (
    <div className={styles.file}>
      <button type="button" className={styles.button} data-testid="download-ipynb" onClick={download}>
        Download .ipynb
      </button>
      <label htmlFor={inputId} className={styles.button}>
        Open .ipynb…
      </label>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept=".ipynb,application/x-ipynb+json,application/json"
        className={styles.fileInput}
        data-testid="open-ipynb"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) void open(file);
        }}
      />
      <span role="status" aria-live="polite" className={message?.problem ? styles.problem : styles.status} data-testid="ipynb-message" data-problem={message?.problem ? "" : undefined}>
        {message?.text ?? ""}
      </span>
    </div>
  );
}
