import { nonNegative, positiveInt } from "./dataset-args.ts";
import { gaussian, mulberry32 } from "./prng.ts";
import type { TF } from "./types.ts";

/** The generated `datasets`: deterministic for a given seed, no files. */
export function createSyntheticDatasets(tf: TF) {
  return {
    /** Interleaved spirals, one arm per class (the classic non-linear classification set). */
    spirals(options: { count?: number; classes?: number; noise?: number; seed?: number } = {}) {
      const count = positiveInt(options.count, "spirals count", 300);
      const classes = positiveInt(options.classes, "spirals classes", 3);
      const noise = nonNegative(options.noise, "spirals noise", 0.2);
      const normal = gaussian(mulberry32(options.seed ?? 42));
      const perClass = Math.ceil(count / classes);
      const points: number[] = [];
      const labels: number[] = [];
      for (let i = 0; i < count; i++) {
        const k = i % classes;
        const j = Math.floor(i / classes);
        const r = perClass > 1 ? j / (perClass - 1) : 0;
        const t = (k * 4) + 4 * r + normal() * noise;
        points.push(r * Math.sin(t), r * Math.cos(t));
        labels.push(k);
      }
      return { points: tf.tensor2d(points, [count, 2]), labels: tf.tensor1d(labels, "int32") };
    },

    /** y = sin(x) plus Gaussian noise, x sorted over [-π, π]. */
    sine(options: { count?: number; noise?: number; seed?: number } = {}) {
      const count = positiveInt(options.count, "sine count", 200);
      const noise = nonNegative(options.noise, "sine noise", 0.1);
      const random = mulberry32(options.seed ?? 42);
      const normal = gaussian(random);
      const xs = Array.from({ length: count }, () => (random() * 2 - 1) * Math.PI).sort((a, b) => a - b);
      const ys = xs.map((x) => Math.sin(x) + normal() * noise);
      return { x: tf.tensor2d(xs, [count, 1]), y: tf.tensor2d(ys, [count, 1]) };
    },

    /** The four XOR points. */
    xor() {
      return {
        x: tf.tensor2d([[0, 0], [0, 1], [1, 0], [1, 1]]),
        y: tf.tensor2d([[0], [1], [1], [0]]),
      };
    },
  };
}
