import type { Random } from "./mulberry32.js";

/**
 * Fisher–Yates shuffle (Fisher & Yates 1938; Durstenfeld 1964, Algorithm 235; Knuth, TAOCP vol. 2,
 * Algorithm 3.4.2 P): for i from n−1 down to 1, swap item i with an item j drawn uniformly from
 * 0…i. Given a uniform `random`, every one of the n! orders is equally likely. O(n) time, in place.
 */

/** Any array whose items can be swapped in place (plain or typed). */
export interface Shuffleable {
  length: number;
  [index: number]: unknown;
}

/**
 * Shuffles `items` in place with the Fisher–Yates algorithm and returns it. `random` gives uniform
 * floats in [0, 1) (e.g. {@link mulberry32}); the same generator state gives the same order.
 *
 * @example
 * shuffle([1, 2, 3, 4], mulberry32(7)); // the same order on every run
 */
export function shuffle<A extends Shuffleable>(items: A, random: Random): A {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const item = items[i];
    items[i] = items[j];
    items[j] = item;
  }
  return items;
}
