/**
 * The benchmark's workloads as JavaScript source, so the kernel (as a cell) and the bare worker
 * (through eval) run exactly the same code. Random data: the timing does not depend on it.
 */
export interface Workload {
  /** dense: features → hidden → outputs. cnn: 28×28×1 → conv 8 → pool → conv 16 → pool → outputs. embedding: ids → embedding → average → outputs. */
  kind: "dense" | "cnn" | "embedding";
  samples: number;
  features: number;
  hidden: number;
  outputs: number;
  epochs: number;
}

export const DENSE_2_LAYER: Workload = { kind: "dense", samples: 2000, features: 10, hidden: 32, outputs: 1, epochs: 5 };
export const MNIST_DENSE: Workload = { kind: "dense", samples: 2000, features: 784, hidden: 256, outputs: 10, epochs: 3 };
/** The shape of the course's CNN lessons: its filter and pooling gradients are what WASM lacks. */
export const SMALL_CNN: Workload = { kind: "cnn", samples: 256, features: 784, hidden: 8, outputs: 10, epochs: 1 };
/** An embedding lookup's gradient is UnsortedSegmentSum: `features` is the vocabulary, `hidden` the dimension; 16 ids per sample. */
export const EMBEDDING: Workload = { kind: "embedding", samples: 256, features: 500, hidden: 16, outputs: 4, epochs: 1 };

/** An async function expression `(tf, workload) => fit milliseconds`. */
export const TRAIN_SOURCE = `async (tf, w) => {
  const labels = tf.randomUniform([w.samples], 0, w.outputs, "int32");
  const ys = w.outputs === 1 ? tf.randomNormal([w.samples, 1]) : tf.oneHot(labels, w.outputs);
  const head = () => tf.layers.dense({ units: w.outputs, activation: w.outputs === 1 ? "linear" : "softmax" });
  let xs;
  let layers;
  if (w.kind === "cnn") {
    xs = tf.randomUniform([w.samples, 28, 28, 1]);
    layers = [
      tf.layers.conv2d({ inputShape: [28, 28, 1], filters: w.hidden, kernelSize: 3, activation: "relu" }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.conv2d({ filters: 2 * w.hidden, kernelSize: 3, activation: "relu" }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      head(),
    ];
  } else if (w.kind === "embedding") {
    xs = tf.randomUniform([w.samples, 16], 0, w.features, "int32").toFloat();
    layers = [
      tf.layers.embedding({ inputDim: w.features, outputDim: w.hidden, inputLength: 16 }),
      tf.layers.globalAveragePooling1d(),
      head(),
    ];
  } else {
    xs = tf.randomNormal([w.samples, w.features]);
    layers = [tf.layers.dense({ units: w.hidden, inputShape: [w.features], activation: "relu" }), head()];
  }
  const model = tf.sequential({ layers });
  model.compile({ optimizer: "adam", loss: w.outputs === 1 ? "meanSquaredError" : "categoricalCrossentropy" });
  const started = performance.now();
  await model.fit(xs, ys, { epochs: w.epochs, batchSize: 32, verbose: 0 });
  const ms = performance.now() - started;
  model.dispose();
  tf.dispose([xs, ys, labels]);
  return ms;
}`;
