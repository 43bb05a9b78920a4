import { assert, assertClose } from "./assert.ts";
import { createCellConsole } from "./console.ts";
import type { Datasets } from "./datasets.ts";
import { createDisplay } from "./display.ts";
import type { OutputSink } from "./output-sink.ts";
import { realSetTimeout, type CellTimers } from "./timers.ts";
import type { TF } from "./types.ts";

/**
 * The names every cell sees without importing (docs/architecture.md, "Cell globals"). They sit
 * behind the scope in the cell's lookup chain, so a cell may shadow one with its own declaration.
 */
export interface CellGlobalDeps {
  tf: TF;
  timers: CellTimers;
  datasets: Datasets;
  /** The sink of whatever is running now (a run, or a timer callback between runs). */
  sink(): OutputSink;
  now(): number;
  nextChartId(): string;
}

export function createCellGlobals({ tf, timers, datasets, sink, now, nextChartId }: CellGlobalDeps): Record<string, unknown> {
  const display = createDisplay({
    emit: (output) => sink().emit(output),
    nextChartId,
    now,
    yieldToEventLoop: () => new Promise((resolve) => realSetTimeout(resolve, 0)),
  });
  const { setTimeout, setInterval, clearTimeout, clearInterval, sleep } = timers;
  return Object.assign(Object.create(null) as Record<string, unknown>, {
    tf,
    display,
    datasets,
    sleep,
    assert,
    assertClose,
    console: createCellConsole(sink),
    setTimeout,
    setInterval,
    clearTimeout,
    clearInterval,
  });
}
