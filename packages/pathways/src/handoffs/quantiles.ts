/**
 * Waiting-time summaries of a handoff pair: median, 90th percentile and mean, in hours. Quantiles are
 * Hyndman & Fan's type 7 (linear interpolation between order statistics; what R's `quantile` default,
 * numpy/pandas `quantile` and DuckDB `quantile_cont` compute): for sorted x₀…xₙ₋₁ and p, h = (n − 1)·p
 * and Q = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).
 *
 * Waits are whole milliseconds, so sums are exact; every figure is computed in milliseconds and divided
 * by 3 600 000 once at the end (mean = sum / n / 3 600 000), so two engines that follow this recipe
 * agree to the last bit.
 *
 * Reference: Hyndman, R. J. & Fan, Y. (1996). Sample quantiles in statistical packages. The American
 * Statistician 50(4), 361–365.
 */

import type { WaitSummary } from "./handoff.js";

const HOUR = 3_600_000;

/** The type-7 quantile `p` (0–1) of values sorted ascending, NaN-free; NaN when there are none. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo]!;
  return a + (h - lo) * (sorted[hi]! - a);
}

/** Median, p90 and mean in hours of waits in milliseconds (sorted in place). */
export function summariseWaits(waitsMs: Float64Array): WaitSummary {
  waitsMs.sort();
  let sum = 0;
  for (let i = 0; i < waitsMs.length; i++) sum += waitsMs[i]!;
  return {
    median: quantileSorted(waitsMs, 0.5) / HOUR,
    p90: quantileSorted(waitsMs, 0.9) / HOUR,
    mean: sum / waitsMs.length / HOUR,
  };
}
