/**
 * Script of the bare benchmark page: starts the bare worker and exposes `window.bare.call(op, …)`,
 * which resolves with the worker's answer. Timing happens in the page (performance.now()).
 */
const worker = new Worker(new URL("bare-worker.js", document.baseURI));
let nextId = 0;
const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

worker.onmessage = (event: MessageEvent<{ id: number; result?: unknown; error?: string }>) => {
  const waiter = pending.get(event.data.id);
  pending.delete(event.data.id);
  if (event.data.error) waiter?.reject(new Error(event.data.error));
  else waiter?.resolve(event.data.result);
};

function call(op: string, args: Record<string, unknown> = {}): Promise<unknown> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, op, ...args });
  });
}

(window as unknown as { bare: { call: typeof call } }).bare = { call };
