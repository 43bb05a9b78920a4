/**
 * Entry of the kernel worker bundle (public/kernel/kernel.js, one IIFE with TensorFlow.js).
 * The sandbox page loads it with importScripts from a blob worker and sends one init message
 * carrying the private port and the stop flag; every later message uses that port.
 */
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import type { WorkerInit } from "../protocol";
import { startKernel } from "./kernel";

const scope = self as unknown as DedicatedWorkerGlobalScope;

function isInit(data: unknown): data is WorkerInit {
  if (typeof data !== "object" || data === null) return false;
  const init = data as Partial<WorkerInit>;
  return (
    init.kind === "init" &&
    init.port instanceof MessagePort &&
    (init.stopFlag === null || init.stopFlag instanceof Int32Array) &&
    typeof init.assetBase === "string"
  );
}

scope.onmessage = (event: MessageEvent) => {
  if (!isInit(event.data)) return;
  // Only one init: afterwards the global channel is deaf.
  scope.onmessage = null;
  void startKernel(tf, event.data);
};
