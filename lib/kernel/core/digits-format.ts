/**
 * The `digits.bin` file (written by scripts/build-datasets.ts from the `mnist` package):
 *
 *   bytes 0–3    magic "DGT1"
 *   bytes 4–7    sample count n (uint32, little-endian)
 *   bytes 8–9    rows (uint16 LE, 28)
 *   bytes 10–11  cols (uint16 LE, 28)
 *   then         n × rows × cols pixel bytes (uint8, 0–255, row-major, one image after another)
 *   then         n label bytes (uint8, 0–9)
 *
 * Samples are shuffled with a fixed seed, so the first k of them hold every digit about equally.
 */
const DIGITS_MAGIC = "DGT1";
const DIGITS_HEADER_BYTES = 12;

export interface DigitsData {
  count: number;
  rows: number;
  cols: number;
  pixels: Uint8Array;
  labels: Uint8Array;
}

export function encodeDigits(data: DigitsData): Uint8Array {
  const size = data.rows * data.cols;
  const bytes = new Uint8Array(DIGITS_HEADER_BYTES + data.count * size + data.count);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = DIGITS_MAGIC.charCodeAt(i);
  view.setUint32(4, data.count, true);
  view.setUint16(8, data.rows, true);
  view.setUint16(10, data.cols, true);
  bytes.set(data.pixels.subarray(0, data.count * size), DIGITS_HEADER_BYTES);
  bytes.set(data.labels.subarray(0, data.count), DIGITS_HEADER_BYTES + data.count * size);
  return bytes;
}

export function decodeDigits(buffer: ArrayBuffer): DigitsData {
  const bytes = new Uint8Array(buffer);
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== DIGITS_MAGIC) throw new Error("digits.bin is not a digits file (bad magic)");
  const view = new DataView(buffer);
  const count = view.getUint32(4, true);
  const rows = view.getUint16(8, true);
  const cols = view.getUint16(10, true);
  const size = rows * cols;
  const expected = DIGITS_HEADER_BYTES + count * size + count;
  if (bytes.length !== expected) throw new Error(`digits.bin has ${bytes.length} bytes, expected ${expected}`);
  const pixels = bytes.subarray(DIGITS_HEADER_BYTES, DIGITS_HEADER_BYTES + count * size);
  const labels = bytes.subarray(DIGITS_HEADER_BYTES + count * size);
  return { count, rows, cols, pixels, labels };
}
