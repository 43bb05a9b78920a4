"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { preload } from "react-dom";
import { KernelClient } from "@/lib/kernel/client";
import { NotebookContext } from "./context";
import { NotebookController } from "./controller";
import { disposeCellModels } from "./editor/monaco-registry";
import type { RunStatus } from "@/lib/kernel/outputs";
import type { EditPersistence, EditStore } from "./saved-edits";
import { Toolbar } from "./Toolbar";
import styles from "./notebook.module.css";

const KERNEL_BUNDLE_URL = "/kernel/kernel.js";

export interface NotebookProviderProps {
  /** Stable id of the page's notebook (the lesson id, or "playground"): edits are keyed by it. */
  notebookId: string;
  /** The lesson's version: an edit saved against another version is flagged with a reset offer. */
  version: string;
  /** Hidden code run once per kernel session before the first cell. */
  setupSource?: string;
  /** Called with a cell's source whenever the learner edits it (and right before it runs). */
  onSourceChange?: (cellId: string, source: string) => void;
  /** After each cell run (not exercise checks): "ok", "error" or "interrupted", and the error's name. */
  onRunComplete?: (cellId: string, status: RunStatus, errorName?: string) => void;
  /** Keep edits in localStorage (default true). The playground keeps its own state. */
  persistEdits?: boolean;
  /** Keep edits here instead of localStorage (a signed-in learner's account); read once. */
  edits?: EditPersistence;
  /** Shown at the end of the sticky toolbar (e.g. whether progress is saved). */
  toolbarExtra?: ReactNode;
  children: ReactNode;
}

function browserStorage(): EditStore | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

function nextFrame(flush: () => void): void {
  if (typeof requestAnimationFrame === "function" && document.visibilityState === "visible") requestAnimationFrame(flush);
  else setTimeout(flush, 16);
}

export function NotebookProvider(props: NotebookProviderProps) {
  const { notebookId, version, setupSource, persistEdits = true, edits, toolbarExtra, children } = props;
  // In the server HTML's <head>: the kernel bundle downloads while the page parses. The boot
  // script's fetch() (same mode and credentials) then takes this response (lib/kernel/client/boot.ts).
  preload(KERNEL_BUNDLE_URL, { as: "fetch", crossOrigin: "anonymous" });
  // The latest callbacks, so a parent re-render never recreates the controller.
  const callbacks = useRef(props);
  callbacks.current = props;
  const [controller] = useState(
    () =>
      new NotebookController(new KernelClient(), {
        notebookId,
        version,
        setupSource,
        storage: persistEdits ? browserStorage() : null,
        edits,
        schedule: nextFrame,
        onSourceChange: (cellId, source) => callbacks.current.onSourceChange?.(cellId, source),
        onRunComplete: (cellId, status, errorName) => callbacks.current.onRunComplete?.(cellId, status, errorName),
      }),
  );

  useEffect(() => {
    // Start the kernel as soon as the page is interactive, so the first run does not wait for
    // TensorFlow.js; it loads in the sandbox's worker, off this thread.
    const handle = setTimeout(() => controller.connect(), 0);
    return () => {
      clearTimeout(handle);
      controller.dispose();
      disposeCellModels();
    };
  }, [controller]);

  return (
    <NotebookContext.Provider value={controller}>
      <div className={styles.notebook}>
        <Toolbar extra={toolbarExtra} />
        {children}
      </div>
    </NotebookContext.Provider>
  );
}
