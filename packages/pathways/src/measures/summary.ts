/**
 * Summary statistics of one per-case measure over a set of cases: how many cases have a value, their
 * mean, median and 90th percentile.
 *
 * Quantiles interpolate linearly between order statistics (Hyndman & Fan 1996, type 7: the default of
 * R, numpy and pandas, and DuckDB's `quantile_cont`): for ascending values x₀ … x_{n−1} and a
 * probability p, with h = (n − 1)·p,
 *
 *   Q(p) = x_⌊h⌋ + (h − ⌊h⌋)·(x_⌊h⌋+1 − x_⌊h⌋).
 *
 * Edge cases: `NaN` values (a measure that is undefined for a case, such as the longest wait of a
 * pathway without handoffs) are left out, and `n` counts the values that remain; with `n = 0` the mean,
 * median and p90 are `NaN`.
 *
 * Complexity: O(n log n) for the sort.
 *
 * Reference: Hyndman, R. J. & Fan, Y. (1996). Sample quantiles in statistical packages.
 * The American Statistician 50(4), 361–365.
 */

import { quantileSorted } from "../handoffs/quantiles.js";

/** Count, mean, median and 90th percentile of a measure over the cases where it is defined. */
export interface MeasureSummary {
  /** Cases with a defined (non-NaN) value. */
  n: number;
  mean: number;
  median: number;
  p90: number;
}

/** Summarises values as {@link MeasureSummary}, leaving out `NaN`s (see the file comment). */
export function summarize(values: Iterable<number>): MeasureSummary {
  const defined: number[] = [];
  let sum = 0;
  for (const value of values) {
    if (Number.isNaN(value)) continue;
    defined.push(value);
    sum += value;
  }
  defined.sort((a, b) => a - b);
  return {
    n: defined.length,
    mean: defined.length === 0 ? Number.NaN : sum / defined.length,
    median: quantileSorted(defined, 0.5),
    p90: quantileSorted(defined, 0.9),
  };
}
