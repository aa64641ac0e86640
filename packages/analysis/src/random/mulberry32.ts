/**
 * Seeded pseudo-random numbers for measures that draw at random (permutation tests, Louvain's node
 * order), so that the same seed always gives the same result.
 *
 * Mulberry32 (Tommy Ettinger, 2017, public domain) keeps one 32-bit state. Each call adds the odd
 * constant 0x6D2B79F5 to the state (a Weyl sequence, period 2³²) and scrambles the state through two
 * xor-shift-multiply rounds; the 32-bit output divided by 2³² is a float in [0, 1). It passes
 * gjrand and PractRand up to a few gigabytes, which is far more than a permutation test draws; it is
 * not cryptographic. O(1) per number.
 */

/** A source of uniform numbers in [0, 1), like `Math.random`. */
export type Random = () => number;

/**
 * Returns a seeded generator of uniform floats in [0, 1) (Mulberry32). The seed is taken modulo 2³²
 * (`seed >>> 0`), so seeds that differ by a multiple of 2³² give the same stream; a non-integer
 * seed is truncated. Same seed → same sequence, on every platform.
 *
 * @example
 * const rng = mulberry32(1);
 * rng(); // 0.6270739405881613
 */
export function mulberry32(seed: number): Random {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${String(seed)}`);
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}
