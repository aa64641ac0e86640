/**
 * Runs the shortest-path sweep of `sweep-kernel.ts` from every node, on one thread or on several.
 *
 * Sources are cut into a fixed number of contiguous blocks that depends only on n. Each block's sums
 * are computed on their own and then added to the totals in block order, so a result is the same bit
 * for bit on one thread or many, run after run.
 *
 * Threads. In Node, `threads` > 1 starts `threads − 1` worker threads (`node:worker_threads`) that
 * share the adjacency arrays and the output through `SharedArrayBuffer`s and claim blocks from a shared
 * counter; the calling thread claims blocks too and then blocks in `Atomics.wait` until the last one is
 * done, which keeps every measure synchronous. The worker module is loaded with
 * `process.getBuiltinModule` (synchronous, Node only), so in a browser — or wherever it is missing —
 * the sweep runs on the calling thread. `"auto"` uses every available core once the work n·(n + m)
 * reaches 2·10⁷ (a few tenths of a second on one thread, well above the ~0.05 s a worker takes to
 * start), and one thread below that. `threads: 2` means the calling thread and one worker.
 *
 * Complexity: O(n·m) unweighted, O(n·m log n) weighted, divided over the threads; memory
 * O(m + blocks · vectors · n) when parallel, O(m + vectors · n) otherwise.
 */
import type * as WorkerThreads from "node:worker_threads";
import type { Adjacency } from "../graph/adjacency.js";
import type { ArcLengths } from "./path-lengths.js";
import { claimBlocks, type SweepSlots, type SweepTask, sweepBlock, workerSource } from "./sweep-kernel.js";

/** How many threads a sweep may use: a number (1 = the calling thread only) or `"auto"`. */
export type Threads = number | "auto";

/** What to compute: dependencies (or between-group dependencies when `groups` is set) and distance sums. */
export interface SweepRequest {
  dependency: boolean;
  /** Distance sum and reach count, for closeness. */
  distances: boolean;
  harmonic: boolean;
  /** Group index per node (−1: none): between-group dependencies and cross-group reach counts. */
  groups: Int32Array | null;
  threads: Threads;
}

/** The sums of a sweep over all sources; a vector is present when it was asked for. */
export type SweepResult = Partial<Record<keyof SweepSlots, Float64Array>>;

/** Blocks of sources (at most); fixed so that results do not depend on the number of threads. */
const BLOCKS = 32;
/** n·(n + m) from which `"auto"` starts worker threads. */
const AUTO_WORK = 2e7;

let script: string | undefined;

interface NodeBuiltins {
  getBuiltinModule?: (id: string) => unknown;
}

/** `node:worker_threads` and the number of cores, when running in Node. */
function workerRuntime(): { threads: typeof WorkerThreads; cores: number } | undefined {
  const process = (globalThis as { process?: NodeBuiltins }).process;
  if (typeof process?.getBuiltinModule !== "function") return undefined;
  const threads = process.getBuiltinModule("node:worker_threads") as typeof WorkerThreads | undefined;
  const os = process.getBuiltinModule("node:os") as typeof import("node:os") | undefined;
  if (threads === undefined || os === undefined) return undefined;
  return { threads, cores: os.availableParallelism() };
}

function threadCount(option: Threads, work: number, cores: number): number {
  if (option === "auto") return work < AUTO_WORK ? 1 : cores;
  if (!Number.isInteger(option) || option < 1) {
    throw new RangeError(`threads must be "auto" or an integer ≥ 1, got ${String(option)}`);
  }
  return option;
}

function sharedInt32(array: Int32Array): Int32Array {
  const copy = new Int32Array(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}

function sharedFloat64(array: Float64Array): Float64Array {
  const copy = new Float64Array(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}

/** Sweeps from every node of `adjacency` with the given arc lengths and returns the summed vectors. */
export function sweep(adjacency: Adjacency, lengths: ArcLengths, request: SweepRequest): SweepResult {
  const n = adjacency.nodes.length;
  const names: (keyof SweepSlots)[] = [];
  if (request.dependency) names.push("dependency");
  if (request.distances) names.push("distanceSum", "reach");
  if (request.harmonic) names.push("harmonic");
  if (request.groups !== null) names.push("crossOut", "crossIn");
  const slots: SweepSlots = {
    dependency: -1,
    distanceSum: -1,
    reach: -1,
    harmonic: -1,
    crossOut: -1,
    crossIn: -1,
  };
  names.forEach((name, i) => {
    slots[name] = i;
  });
  const vectors = names.length;
  const blocks = Math.min(n, BLOCKS);
  const totals = new Float64Array(vectors * n);
  const base = {
    n,
    blocks,
    vectors,
    slots,
    outOffsets: adjacency.outOffsets,
    outTargets: adjacency.outTargets,
    outLengths: lengths.outLengths,
    inOffsets: adjacency.inOffsets,
    inSources: adjacency.inSources,
    inLengths: lengths.inLengths,
    groups: request.groups,
  };
  const runtime = workerRuntime();
  const work = n * (n + adjacency.outTargets.length);
  const wanted = threadCount(request.threads, work, runtime?.cores ?? 1);
  const threads = runtime === undefined ? 1 : Math.min(wanted, blocks);

  if (runtime === undefined || threads <= 1) {
    const task: SweepTask = { ...base, out: new Float64Array(vectors * n), control: new Int32Array(3) };
    for (let block = 0; block < blocks; block++) {
      task.out.fill(0);
      sweepBlock(task, block, 0);
      for (let i = 0; i < totals.length; i++) totals[i]! += task.out[i]!;
    }
  } else {
    const optional = (array: Float64Array | null) => (array === null ? null : sharedFloat64(array));
    const task: SweepTask = {
      ...base,
      outOffsets: sharedInt32(base.outOffsets),
      outTargets: sharedInt32(base.outTargets),
      outLengths: optional(base.outLengths),
      inOffsets: sharedInt32(base.inOffsets),
      inSources: sharedInt32(base.inSources),
      inLengths: optional(base.inLengths),
      groups: base.groups === null ? null : sharedInt32(base.groups),
      out: new Float64Array(new SharedArrayBuffer(blocks * vectors * n * 8)),
      control: new Int32Array(new SharedArrayBuffer(12)),
    };
    script ??= workerSource();
    // Workers end by themselves once no block is left; unref'd, they never keep the process alive.
    for (let i = 1; i < threads; i++) {
      const worker = new runtime.threads.Worker(script!, { eval: true, workerData: task });
      worker.unref();
      // A worker that fails to start leaves its blocks to the others; the error must not go unhandled.
      worker.on("error", () => {});
    }
    claimBlocks(task, sweepBlock);
    for (let done = Atomics.load(task.control, 1); done < blocks; done = Atomics.load(task.control, 1)) {
      Atomics.wait(task.control, 1, done);
    }
    if (Atomics.load(task.control, 2) !== 0)
      throw new Error("shortest-path sweep: a block of sources failed on a thread");
    const size = vectors * n;
    for (let block = 0; block < blocks; block++) {
      const offset = block * size;
      for (let i = 0; i < size; i++) totals[i]! += task.out[offset + i]!;
    }
  }

  const result: SweepResult = {};
  names.forEach((name, i) => {
    result[name] = totals.subarray(i * n, (i + 1) * n);
  });
  return result;
}
