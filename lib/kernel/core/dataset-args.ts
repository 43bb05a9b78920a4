/** Argument checks shared by the datasets, with messages that name the argument. */
export function positiveInt(value: unknown, name: string, fallback: number): number {
  const n = value === undefined ? fallback : value;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1) throw new Error(`${name} should be a positive whole number, got ${String(value)}`);
  return n;
}

export function nonNegative(value: unknown, name: string, fallback: number): number {
  const n = value === undefined ? fallback : value;
  if (typeof n !== "number" || !Number.isFinite(n) || n < 0) throw new Error(`${name} should be a number ≥ 0, got ${String(value)}`);
  return n;
}
