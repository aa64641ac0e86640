/**
 * Partitions of a set of nodes, and the contingency table of two partitions that the comparison
 * measures (normalised mutual information, adjusted Rand index) are computed from. Building the table
 * is O(n) with a hash map; it has at most min(n, k_a·k_b) non-zero cells.
 */

/** Community labels, either keyed by node id or as an array aligned by position. Labels are compared as strings. */
export type Partition = Readonly<Record<string, string | number>> | readonly (string | number)[];

/** Two partitions of the same n items as a sparse contingency table. */
export interface Contingency {
  /** Number of items. */
  n: number;
  /** Non-zero cells n_ij. */
  cells: number[];
  /** Row sums a_i (sizes of the first partition's blocks). */
  rows: number[];
  /** Column sums b_j (sizes of the second partition's blocks). */
  columns: number[];
}

/** Numbers labels 0, 1, … in order of first appearance. */
function numbered(labels: readonly (string | number)[]): { ids: Int32Array; count: number } {
  const seen = new Map<string, number>();
  const ids = Int32Array.from(labels, (label) => {
    const key = String(label);
    let id = seen.get(key);
    if (id === undefined) {
      id = seen.size;
      seen.set(key, id);
    }
    return id;
  });
  return { ids, count: seen.size };
}

/**
 * Lines two partitions up item by item: arrays must have the same length, records the same keys
 * (a `RangeError` names the first item that only one of them has).
 */
function aligned(a: Partition, b: Partition): [(string | number)[], (string | number)[]] {
  if (Array.isArray(a) !== Array.isArray(b)) {
    throw new TypeError("both partitions must be arrays, or both records keyed by node id");
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      throw new RangeError(`partitions differ in length: ${a.length} and ${b.length}`);
    }
    return [[...a], [...b]];
  }
  const ra = a as Readonly<Record<string, string | number>>;
  const rb = b as Readonly<Record<string, string | number>>;
  const keys = Object.keys(ra);
  const missing =
    keys.find((key) => !Object.hasOwn(rb, key)) ?? Object.keys(rb).find((key) => !Object.hasOwn(ra, key));
  if (missing !== undefined) throw new RangeError(`node ${missing} is in only one of the partitions`);
  return [keys.map((key) => ra[key]!), keys.map((key) => rb[key]!)];
}

/** The contingency table of two partitions of the same items (see {@link Partition}). */
export function contingency(a: Partition, b: Partition): Contingency {
  const [la, lb] = aligned(a, b);
  const first = numbered(la);
  const second = numbered(lb);
  const cellCounts = new Map<number, number>();
  const rows = new Array<number>(first.count).fill(0);
  const columns = new Array<number>(second.count).fill(0);
  for (let k = 0; k < la.length; k++) {
    const i = first.ids[k]!;
    const j = second.ids[k]!;
    const cell = i * second.count + j;
    cellCounts.set(cell, (cellCounts.get(cell) ?? 0) + 1);
    rows[i]! += 1;
    columns[j]! += 1;
  }
  return { n: la.length, cells: [...cellCounts.values()], rows, columns };
}
