// A small seeded pseudo-random number generator, so the example data repeat byte for byte.

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit state, one multiply-xorshift step per draw.
 * Fast and good enough for example numbers; not for cryptography or statistics.
 *
 * @param {number} seed any integer; only its low 32 bits are used
 * @returns {() => number} a function returning floats in [0, 1)
 */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * FNV-1a 32-bit hash of a string's UTF-16 code units.
 *
 * @param {string} text
 * @returns {number} an unsigned 32-bit integer
 */
export function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A generator for one named thing (a tie id), derived from the global seed and the name. Each tie
 * draws from its own stream, so adding or removing a tie never changes the numbers of the others.
 *
 * @param {number} seed the global seed
 * @param {string} key a stable name, such as a tie id
 * @returns {() => number}
 */
export function streamFor(seed, key) {
  return mulberry32((seed ^ fnv1a(key)) >>> 0);
}
