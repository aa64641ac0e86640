// Turns hand-written ranges into illustrative numbers, one seeded stream per tie.

/** @typedef {"low" | "medium" | "high"} QualityLevel */

/**
 * Channel quality ranges on the default 1–5 scale (a Relational Coordination item: 1 poor, 5 excellent).
 * "low" is used where a source reports weak communication, "high" where it reports that a channel works.
 */
const QUALITY_RANGES = Object.freeze({
  low: [1.2, 2.4],
  medium: [2.5, 3.5],
  high: [3.6, 4.6],
});

/**
 * A whole number between `lo` and `hi` (both included), uniform on a log scale, so a range such as
 * 100–1,000 patients is not dominated by its upper half.
 *
 * @param {() => number} random
 * @param {[number, number]} range `[lo, hi]` with 1 ≤ lo ≤ hi
 * @returns {number}
 */
export function drawVolume(random, [lo, hi]) {
  if (!(lo >= 1 && hi >= lo)) throw new Error(`bad volume range [${lo}, ${hi}]`);
  const value = Math.round(Math.exp(Math.log(lo) + random() * (Math.log(hi) - Math.log(lo))));
  return Math.min(hi, Math.max(lo, value));
}

/**
 * A whole number between `lo` and `hi` (both included), uniform.
 *
 * @param {() => number} random
 * @param {[number, number]} range
 * @returns {number}
 */
export function drawInteger(random, [lo, hi]) {
  if (!(hi >= lo)) throw new Error(`bad range [${lo}, ${hi}]`);
  return lo + Math.floor(random() * (hi - lo + 1));
}

/**
 * A channel quality with one decimal, uniform within the level's range.
 *
 * @param {() => number} random
 * @param {QualityLevel} level
 * @returns {number}
 */
export function drawQuality(random, level) {
  const range = QUALITY_RANGES[level];
  if (range === undefined) throw new Error(`unknown quality level "${level}"`);
  const [lo, hi] = range;
  return Math.round((lo + random() * (hi - lo)) * 10) / 10;
}
