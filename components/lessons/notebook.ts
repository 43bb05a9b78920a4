/**
 * The one place lesson components meet the notebook (components/notebook): its provider, its cell,
 * and the slice of its API an exercise needs.
 */
export { NotebookProvider } from "@/components/notebook/NotebookProvider";
export { Cell as NotebookCell } from "@/components/notebook/Cell";
export { useNotebook } from "@/components/notebook/context";

export interface RunOutcome {
  status: "ok" | "error" | "interrupted";
  outputs: ReadonlyArray<{ type: string; ename?: string; evalue?: string; line?: number }>;
}

/** What Check needs; the notebook's useNotebook() satisfies it. */
export interface ExerciseRunner {
  runSource(code: string, options: { timeLimitMs: number; silent: boolean }): Promise<RunOutcome>;
  getSource(cellId: string): string | null | undefined;
}
