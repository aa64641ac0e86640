/**
 * The shortest-path sweep behind betweenness, closeness, harmonic centrality and the between-group
 * path share of `bottlenecks`: Brandes' algorithm (Brandes 2001) run from a block of sources over the
 * compact adjacency arrays.
 *
 * For a source s it finds the distances d(s, ·) — breadth-first search when every arc has length 1,
 * Dijkstra's algorithm with an indexed binary heap otherwise — and the number σ_sw of shortest paths
 * from s to every w. Then, in order of decreasing distance, it accumulates the dependencies
 *
 *   δ_s(v) = Σ_{w : v ∈ P_s(w)} (σ_sv / σ_sw) · (c_sw + δ_s(w)),
 *
 * where P_s(w) are w's predecessors on shortest paths from s and c_sw = 1 counts w as a target
 * (betweenness) or c_sw = [group(w) ≠ group(s)] counts only targets in another group (between-group
 * share). Along the way it adds d(s, w), 1 and 1 / d(s, w) to w's distance sum, reach count and
 * harmonic sum, which gives closeness and harmonic centrality on distances *to* w, as networkx does.
 * Unweighted, the search records the arcs of the shortest-path DAG as it goes, so the dependency pass
 * reads those arcs only (as igraph keeps predecessor lists); weighted, σ and the dependencies are
 * found from the in-arcs once the distances are final.
 *
 * Equal distances. With lengths that are not all 1, two path lengths a and b count as equal when
 * |a − b| ≤ 1e-10 · (a + b): the relative tolerance igraph uses (`igraph_cmp_epsilon`), so that paths
 * whose lengths differ only by floating-point rounding (1/3 + 1/6 against 1/2) are all shortest paths.
 * networkx compares lengths exactly and can miss such ties. σ and δ use the same test on the final
 * distances, so they always agree on who is a predecessor.
 *
 * Reference: Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of
 * Mathematical Sociology 25(2), 163–177.
 *
 * Complexity per source: O(n + m) unweighted, O(m log n) weighted; O(n + m) working memory.
 *
 * The worker threads run these very functions, sent as source text (`Function.prototype.toString`,
 * see `workerSource`), so that no separate worker file has to be built or found, from `dist/` and
 * from the TypeScript source alike. They must therefore stay self-contained: no imports, and no
 * references to anything outside this file's functions.
 */

/** Which result vectors a sweep fills: the index of each in a block's output, or −1 when not wanted. */
export interface SweepSlots {
  /** Σ_s δ_s(v): betweenness, or between-group dependency when `groups` is set. */
  dependency: number;
  /** Σ_s d(s, v) over the sources s that reach v. */
  distanceSum: number;
  /** Number of sources s ≠ v that reach v. */
  reach: number;
  /** Σ_s 1 / d(s, v) over the sources that reach v. */
  harmonic: number;
  /** Per source s: targets in another group that s reaches (group mode only). */
  crossOut: number;
  /** Per target t: sources in another group that reach t (group mode only). */
  crossIn: number;
}

/**
 * One sweep's input and output, as plain typed arrays so that it can be shared with worker threads.
 * Sources 0…n−1 are split into `blocks` contiguous blocks; block b writes its sums into
 * `out[b·vectors·n …]` (parallel runs) and blocks are added up in block order, so the result is the
 * same whatever the number of threads.
 */
export interface SweepTask {
  n: number;
  blocks: number;
  vectors: number;
  slots: SweepSlots;
  outOffsets: Int32Array;
  outTargets: Int32Array;
  /** Arc lengths (distances) aligned with `outTargets`; `null` when every arc has length 1. */
  outLengths: Float64Array | null;
  inOffsets: Int32Array;
  inSources: Int32Array;
  inLengths: Float64Array | null;
  /** Group index per node (−1: none) for the between-group dependency; `null` for plain betweenness. */
  groups: Int32Array | null;
  /** Output: `blocks × vectors × n` numbers (parallel) or `vectors × n` (one block at a time). */
  out: Float64Array;
  /** Shared counters: [next block to claim, blocks done, a block failed (0/1)]. */
  control: Int32Array;
}

/**
 * Runs the sweep from every source of `block`, adding into `task.out` from index `base` on: breadth-first
 * when every arc has length 1, Dijkstra otherwise. A source without a group is skipped in group mode
 * (it has no between-group pairs).
 */
export function sweepBlock(task: SweepTask, block: number, base: number): void {
  const first = Math.floor((block * task.n) / task.blocks);
  const last = Math.floor(((block + 1) * task.n) / task.blocks);
  if (task.outLengths === null) sweepHops(task, first, last, base);
  else sweepLengths(task, first, last, base);
}

/**
 * Unweighted sweep. The breadth-first search records, for each node in the order it is dequeued, its
 * arcs to nodes one level further (the shortest-path DAG) in one flat array, so the dependency pass
 * reads only those arcs: δ_s(v) = σ_sv · Σ_w κ(w) over v's DAG arcs, with κ(w) = (c_sw + δ_s(w)) / σ_sw
 * computed once per node, in reverse order of discovery.
 */
export function sweepHops(task: SweepTask, first: number, last: number, base: number): void {
  const { n, slots, outOffsets, outTargets, groups, out } = task;
  const dependencyAt = slots.dependency < 0 ? -1 : base + slots.dependency * n;
  const distanceAt = slots.distanceSum < 0 ? -1 : base + slots.distanceSum * n;
  const reachAt = slots.reach < 0 ? -1 : base + slots.reach * n;
  const harmonicAt = slots.harmonic < 0 ? -1 : base + slots.harmonic * n;
  const crossOutAt = slots.crossOut < 0 ? -1 : base + slots.crossOut * n;
  const crossInAt = slots.crossIn < 0 ? -1 : base + slots.crossIn * n;
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const kappa = new Float64Array(n);
  const order = new Int32Array(n);
  const dag = new Int32Array(outTargets.length);
  const dagStart = new Int32Array(n + 1);

  for (let s = first; s < last; s++) {
    const sourceGroup = groups === null ? -1 : groups[s]!;
    if (groups !== null && sourceGroup < 0) continue;
    let count = 1;
    let arcs = 0;
    order[0] = s;
    dist[s] = 0;
    sigma[s] = 1;
    for (let head = 0; head < count; head++) {
      const v = order[head]!;
      const next = dist[v]! + 1;
      const paths = sigma[v]!;
      dagStart[head] = arcs;
      for (let k = outOffsets[v]!, end = outOffsets[v + 1]!; k < end; k++) {
        const w = outTargets[k]!;
        const dw = dist[w]!;
        if (dw < 0) {
          dist[w] = next;
          sigma[w] = paths;
          order[count++] = w;
          dag[arcs++] = w;
        } else if (dw === next) {
          sigma[w] = sigma[w]! + paths;
          dag[arcs++] = w;
        }
      }
    }
    dagStart[count] = arcs;

    for (let j = count - 1; j > 0; j--) {
      const v = order[j]!;
      const dv = dist[v]!;
      const cross = groups !== null && groups[v]! >= 0 && groups[v] !== sourceGroup;
      if (dependencyAt >= 0) {
        let sum = 0;
        for (let a = dagStart[j]!, end = dagStart[j + 1]!; a < end; a++) sum += kappa[dag[a]!]!;
        const paths = sigma[v]!;
        const dependency = paths * sum;
        kappa[v] = ((groups === null || cross ? 1 : 0) + dependency) / paths;
        out[dependencyAt + v] = out[dependencyAt + v]! + dependency;
      }
      if (distanceAt >= 0) out[distanceAt + v] = out[distanceAt + v]! + dv;
      if (reachAt >= 0) out[reachAt + v] = out[reachAt + v]! + 1;
      if (harmonicAt >= 0) out[harmonicAt + v] = out[harmonicAt + v]! + 1 / dv;
      if (cross && crossOutAt >= 0) {
        out[crossOutAt + s] = out[crossOutAt + s]! + 1;
        out[crossInAt + v] = out[crossInAt + v]! + 1;
      }
    }
    for (let j = 0; j < count; j++) dist[order[j]!] = -1;
  }
}

/**
 * Weighted sweep: Dijkstra with an indexed binary heap, then σ and the dependencies over in-arcs,
 * with predecessors recognised by the relative tolerance of the file comment.
 */
export function sweepLengths(task: SweepTask, first: number, last: number, base: number): void {
  const { n, slots, outOffsets, outTargets, inOffsets, inSources, groups, out } = task;
  const outLengths = task.outLengths!;
  const inLengths = task.inLengths!;
  const dependencyAt = slots.dependency < 0 ? -1 : base + slots.dependency * n;
  const distanceAt = slots.distanceSum < 0 ? -1 : base + slots.distanceSum * n;
  const reachAt = slots.reach < 0 ? -1 : base + slots.reach * n;
  const harmonicAt = slots.harmonic < 0 ? -1 : base + slots.harmonic * n;
  const crossOutAt = slots.crossOut < 0 ? -1 : base + slots.crossOut * n;
  const crossInAt = slots.crossIn < 0 ? -1 : base + slots.crossIn * n;
  const needPaths = dependencyAt >= 0;
  const epsilon = 1e-10;
  const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const heap = new Int32Array(n);
  const position = new Int32Array(n).fill(-1);

  for (let s = first; s < last; s++) {
    const sourceGroup = groups === null ? -1 : groups[s]!;
    if (groups !== null && sourceGroup < 0) continue;
    let count = 0;
    dist[s] = 0;
    sigma[s] = 1;

    // Dijkstra's algorithm; `order` receives the nodes as they are settled.
    let size = 1;
    heap[0] = s;
    position[s] = 0;
    while (size > 0) {
      const v: number = heap[0]!;
      position[v] = -1;
      size -= 1;
      if (size > 0) {
        // Move the last heap entry to the root and sift it down.
        const x = heap[size]!;
        const dx = dist[x]!;
        let i = 0;
        for (;;) {
          let child = 2 * i + 1;
          if (child >= size) break;
          if (child + 1 < size && dist[heap[child + 1]!]! < dist[heap[child]!]!) child += 1;
          const c = heap[child]!;
          if (dist[c]! >= dx) break;
          heap[i] = c;
          position[c] = i;
          i = child;
        }
        heap[i] = x;
        position[x] = i;
      }
      order[count++] = v;
      const dv = dist[v]!;
      for (let k: number = outOffsets[v]!, end: number = outOffsets[v + 1]!; k < end; k++) {
        const length = outLengths[k]!;
        if (length === Number.POSITIVE_INFINITY) continue;
        const w = outTargets[k]!;
        const alt = dv + length;
        const dw = dist[w]!;
        let i: number;
        if (dw === Number.POSITIVE_INFINITY) {
          i = size;
          size += 1;
        } else if (position[w]! >= 0 && alt < dw && dw - alt > epsilon * (alt + dw)) {
          i = position[w]!;
        } else {
          continue;
        }
        // Insert w or lower its key: sift it up from slot i.
        dist[w] = alt;
        while (i > 0) {
          const parent = (i - 1) >> 1;
          const p = heap[parent]!;
          if (dist[p]! <= alt) break;
          heap[i] = p;
          position[p] = i;
          i = parent;
        }
        heap[i] = w;
        position[w] = i;
      }
    }

    if (needPaths) {
      // σ from the final distances, in settling order: σ_sw = Σ over predecessors v of σ_sv.
      for (let j = 1; j < count; j++) {
        const w = order[j]!;
        const dw = dist[w]!;
        let paths = 0;
        for (let k = inOffsets[w]!, end = inOffsets[w + 1]!; k < end; k++) {
          const alt = dist[inSources[k]!]! + inLengths[k]!;
          if (alt < Number.POSITIVE_INFINITY && Math.abs(alt - dw) <= epsilon * (alt + dw)) {
            paths += sigma[inSources[k]!]!;
          }
        }
        sigma[w] = paths;
      }
    }

    // Dependencies, farthest nodes first; per-target sums.
    for (let j = count - 1; j > 0; j--) {
      const w = order[j]!;
      const dw = dist[w]!;
      const cross = groups !== null && groups[w]! >= 0 && groups[w] !== sourceGroup;
      if (needPaths) {
        const coefficient = ((groups === null || cross ? 1 : 0) + delta[w]!) / sigma[w]!;
        for (let k = inOffsets[w]!, end = inOffsets[w + 1]!; k < end; k++) {
          const v = inSources[k]!;
          const alt = dist[v]! + inLengths[k]!;
          if (alt < Number.POSITIVE_INFINITY && Math.abs(alt - dw) <= epsilon * (alt + dw)) {
            delta[v] = delta[v]! + sigma[v]! * coefficient;
          }
        }
        out[dependencyAt + w] = out[dependencyAt + w]! + delta[w]!;
      }
      if (distanceAt >= 0) out[distanceAt + w] = out[distanceAt + w]! + dw;
      if (reachAt >= 0) out[reachAt + w] = out[reachAt + w]! + 1;
      if (harmonicAt >= 0) out[harmonicAt + w] = out[harmonicAt + w]! + 1 / dw;
      if (cross && crossOutAt >= 0) {
        out[crossOutAt + s] = out[crossOutAt + s]! + 1;
        out[crossInAt + w] = out[crossInAt + w]! + 1;
      }
    }

    for (let j = 0; j < count; j++) {
      const w = order[j]!;
      dist[w] = Number.POSITIVE_INFINITY;
      sigma[w] = 0;
      delta[w] = 0;
    }
  }
}

/**
 * Claims blocks from the shared counter until none is left and sweeps each into its own part of
 * `task.out`; run by every worker thread and by the calling thread. Counts a block as done even when
 * it fails, and then raises the failure flag, so the caller never waits forever.
 */
export function claimBlocks(task: SweepTask, sweep: typeof sweepBlock): void {
  const { control, blocks, vectors, n } = task;
  for (;;) {
    const block = Atomics.add(control, 0, 1);
    if (block >= blocks) return;
    try {
      sweep(task, block, block * vectors * n);
    } catch {
      Atomics.store(control, 2, 1);
    }
    Atomics.add(control, 1, 1);
    Atomics.notify(control, 1);
  }
}

/**
 * The source text of a worker thread: these functions (as the running code has them, compiled or
 * not) and a call that claims blocks of the task passed as `workerData`.
 */
export function workerSource(): string {
  return [
    '"use strict";',
    'const { workerData } = require("node:worker_threads");',
    sweepHops.toString(),
    sweepLengths.toString(),
    sweepBlock.toString(),
    `(${claimBlocks.toString()})(workerData, sweepBlock);`,
  ].join("\n");
}
