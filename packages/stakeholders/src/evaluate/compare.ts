/**
 * A measure before and after a collaboration model, side by side: `change` is after − before (a
 * negative change in gap severity is an improvement), `relative` is change / |before| (`null` when
 * before is 0 or either value is not a number).
 */

/** One measure before and after a model. */
export interface Comparison {
  before: number;
  after: number;
  /** after − before. */
  change: number;
  /** (after − before) / |before|; `null` when before is 0 or a value is NaN. */
  relative: number | null;
}

/** Puts two values side by side (see the file comment). */
export function compare(before: number, after: number): Comparison {
  const change = after - before;
  const relative = before === 0 || Number.isNaN(change) ? null : change / Math.abs(before);
  return { before, after, change, relative };
}
