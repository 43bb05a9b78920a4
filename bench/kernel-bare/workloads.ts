/**
 * The benchmark's workloads as JavaScript source, so the kernel (as a cell) and the bare worker
 * (through eval) run exactly the same code. Random data: the timing does not depend on it.
 */
export interface DenseWorkload {
  samples: number;
  features: number;
  hidden: number;
  outputs: number;
  epochs: number;
}

export const DENSE_2_LAYER: DenseWorkload = { samples: 2000, features: 10, hidden: 32, outputs: 1, epochs: 5 };
export const MNIST_DENSE: DenseWorkload = { samples: 2000, features: 784, hidden: 256, outputs: 10, epochs: 3 };

/** An async function expression `(tf, workload) => fit milliseconds`. */
export const TRAIN_SOURCE = `async (tf, w) => {
  const xs = tf.randomNormal([w.samples, w.features]);
  const labels = tf.randomUniform([w.samples], 0, w.outputs, "int32");
  const ys = w.outputs === 1 ? tf.randomNormal([w.samples, 1]) : tf.oneHot(labels, w.outputs);
  const model = tf.sequential({ layers: [
    tf.layers.dense({ units: w.hidden, inputShape: [w.features], activation: "relu" }),
    tf.layers.dense({ units: w.outputs, activation: w.outputs === 1 ? "linear" : "softmax" }),
  ] });
  model.compile({ optimizer: "adam", loss: w.outputs === 1 ? "meanSquaredError" : "categoricalCrossentropy" });
  const started = performance.now();
  await model.fit(xs, ys, { epochs: w.epochs, batchSize: 32, verbose: 0 });
  const ms = performance.now() - started;
  model.dispose();
  tf.dispose([xs, ys, labels]);
  return ms;
}`;
