import type * as WorkerThreads from "node:worker_threads";
import Graph from "graphology";
import { afterEach, describe, expect, it } from "vitest";
import { bottlenecks, centrality, mulberry32 } from "../src/index.js";

// The parallel shortest-path sweep: worker threads run the kernel from the TypeScript source here (and
// from dist/ in `pnpm bench betweenness`), and give the same numbers, bit for bit, as one thread. The
// values themselves are checked against networkx and igraph in centrality.test.ts.

/** A seeded graph of `n` nodes in 8 blocks, mean degree about 8, weights 1–5 (a small stochastic-block graph). */
function blocks(n: number, seed: number, type: "directed" | "undirected"): Graph {
  const random = mulberry32(seed);
  const graph = new Graph({ type });
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`, { sector: `s${i % 8}` });
  const size = n / 8;
  for (let u = 0; u < n; u++) {
    for (let v = type === "directed" ? 0 : u + 1; v < n; v++) {
      if (u === v) continue;
      const p = u % 8 === v % 8 ? 6 / size : 2 / (n - size);
      if (random() < p) graph.addEdge(`n${u}`, `n${v}`, { weight: 1 + Math.floor(random() * 5) });
    }
  }
  return graph;
}

const threadsModule = process.getBuiltinModule("node:worker_threads") as typeof WorkerThreads;
const OriginalWorker = threadsModule.Worker;
afterEach(() => {
  threadsModule.Worker = OriginalWorker;
});

/**
 * Replaces `Worker` so that the calling thread waits, right after starting each worker, until that
 * worker has swept a block (the task's control word 1 counts finished blocks): proof that the worker
 * thread really runs the kernel. Returns the workers' exit codes and errors once they end.
 */
function watchWorkers() {
  const ended: Promise<{ code: number; errors: unknown[] }>[] = [];
  const swept: number[] = [];
  threadsModule.Worker = class extends OriginalWorker {
    constructor(script: string | URL, options: WorkerThreads.WorkerOptions) {
      super(script, options);
      const errors: unknown[] = [];
      this.on("error", (error) => errors.push(error));
      ended.push(new Promise((resolve) => this.on("exit", (code) => resolve({ code, errors }))));
      const control = (options.workerData as { control: Int32Array }).control;
      Atomics.wait(control, 1, 0, 20_000);
      swept.push(Atomics.load(control, 1));
    }
  } as typeof OriginalWorker;
  return { swept, ended: () => Promise.all(ended) };
}

describe("parallel betweenness", () => {
  for (const [type, weighted] of [
    ["undirected", false],
    ["directed", true],
  ] as const) {
    it(`a worker thread sweeps blocks and the result equals one thread's exactly (${type}, ${weighted ? "weighted" : "hops"})`, async () => {
      const graph = blocks(1200, 11, type);
      const options = {
        measures: ["betweenness", "closeness", "harmonic"] as const,
        weight: weighted ? "weight" : null,
      };
      const single = centrality(graph, { ...options, threads: 1 });
      const watch = watchWorkers();
      const parallel = centrality(graph, { ...options, threads: 2 });
      expect(watch.swept).toHaveLength(1);
      expect(watch.swept[0]).toBeGreaterThanOrEqual(1);
      expect(await watch.ended()).toEqual([{ code: 0, errors: [] }]);
      expect(parallel).toEqual(single);
      // Not all zero: the comparison means something.
      expect(Math.max(...Object.values(single.betweenness!))).toBeGreaterThan(0.001);
    });
  }

  it("the between-group path share is the same on two threads", async () => {
    const graph = blocks(500, 5, "directed");
    const single = bottlenecks(graph, { threads: 1 });
    const watch = watchWorkers();
    const parallel = bottlenecks(graph, { threads: 2 });
    expect(watch.swept[0]).toBeGreaterThanOrEqual(1);
    expect(await watch.ended()).toEqual([{ code: 0, errors: [] }]);
    expect(parallel.betweenGroupShare).toEqual(single.betweenGroupShare);
  });

  it("does not depend on the order the blocks are summed in by thread, run after run", () => {
    const graph = blocks(400, 3, "undirected");
    const runs = [1, 2, 3, 2].map(
      (threads) => centrality(graph, { measures: ["betweenness"], threads }).betweenness,
    );
    for (const run of runs) expect(run).toEqual(runs[0]);
  });

  it("rejects a bad thread count", () => {
    const graph = blocks(16, 1, "undirected");
    expect(() => centrality(graph, { measures: ["betweenness"], threads: 0 })).toThrow(/threads must be/);
    expect(() => centrality(graph, { measures: ["betweenness"], threads: 1.5 })).toThrow(/threads must be/);
  });
});
