import { isTensorLike, type TensorLike } from "./tensor-format.ts";

/**
 * Tensors (values 0–1) to RGBA pixels, on the worker side: the page only paints bytes.
 * Accepted: [h, w], [h, w, 1|3|4], or a flat [h*w] square (a 784-long digit is 28×28).
 */
export interface Pixels {
  width: number;
  height: number;
  pixels: Uint8ClampedArray;
}

function toByte(value: number): number {
  return value <= 0 ? 0 : value >= 1 ? 255 : Math.round(value * 255);
}

/** Writes one image of `channels` channels from `values` (starting at `offset`) into RGBA. */
export function toRgba(values: ArrayLike<number>, offset: number, width: number, height: number, channels: number): Uint8ClampedArray {
  const pixels = new Uint8ClampedArray(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    const at = offset + p * channels;
    const r = toByte(Number(values[at]));
    const g = channels >= 3 ? toByte(Number(values[at + 1])) : r;
    const b = channels >= 3 ? toByte(Number(values[at + 2])) : r;
    pixels[p * 4] = r;
    pixels[p * 4 + 1] = g;
    pixels[p * 4 + 2] = b;
    pixels[p * 4 + 3] = channels === 4 ? toByte(Number(values[at + 3])) : 255;
  }
  return pixels;
}

/** Width, height and channels of one image of the given shape (without the batch axis). */
export function imageGeometry(shape: number[], hint?: { width?: number; height?: number }): { width: number; height: number; channels: number } {
  if (shape.length === 1) {
    const size = shape[0] ?? 0;
    const width = hint?.width ?? (hint?.height ? size / hint.height : Math.round(Math.sqrt(size)));
    const height = hint?.height ?? size / width;
    if (!Number.isInteger(width) || !Number.isInteger(height) || width * height !== size) {
      throw new Error(`Cannot show ${size} values as an image: pass { width, height }`);
    }
    return { width, height, channels: 1 };
  }
  const [height = 0, width = 0, channels = 1] = shape;
  if (shape.length > 3 || ![1, 3, 4].includes(channels)) {
    throw new Error(`An image needs shape [h, w] or [h, w, 1|3|4], got [${shape.join(", ")}]`);
  }
  return { width, height, channels };
}

export function defaultScale(width: number, height: number): number {
  return Math.max(1, Math.min(8, Math.floor(128 / Math.max(width, height, 1))));
}

export function tensorImage(value: unknown): Pixels {
  if (!isTensorLike(value)) throw new Error("display.image needs a tensor with values in 0–1");
  const tensor = value as TensorLike;
  const { width, height, channels } = imageGeometry(tensor.shape);
  return { width, height, pixels: toRgba(tensor.dataSync() as ArrayLike<number>, 0, width, height, channels) };
}
