// Burt's constraint and effective size on a seeded random directed graph: 10,000 actors, mean
// out-degree 10 (about 100,000 ties), weights 1–20. Target: each < 2 s. networkx is the peer, on the
// same ties in the same run: its per-node code path (Burt's formulas node by node, as in every
// networkx version) is timed on a sample of SAMPLE nodes and scaled to all nodes, and where its
// all-nodes sparse path exists (networkx PR #7249, with scipy) that is timed too. The values of the
// sample are compared with ours (networkx's per-node path returns NaN for nodes without out-ties,
// which are skipped; networkx issue #2661).
//   pnpm bench structural-holes     (ACTORS=… DEGREE=… SAMPLE=… to change the size; PYTHON=… for the peer)
import { constraint, effectiveSize, mulberry32 } from "@tvaers/analysis";
import { parseNetwork, toGraph } from "@tvaers/model";
import { measure, python, report } from "./measure.js";

const ACTORS = Number(process.env.ACTORS ?? 10_000);
const DEGREE = Number(process.env.DEGREE ?? 10);
const SAMPLE = Math.min(ACTORS, Number(process.env.SAMPLE ?? 200));

const random = mulberry32(1992);
const ties = [];
const lines = [];
const seen = new Set();
for (let i = 0; i < ACTORS; i++) {
  for (let k = 0; k < DEGREE; k++) {
    const j = Math.floor(random() * ACTORS);
    if (j === i || seen.has(i * ACTORS + j)) continue;
    seen.add(i * ACTORS + j);
    const weight = 1 + Math.floor(random() * 20);
    ties.push({ source: String(i), target: String(j), kind: "communication", weight });
    lines.push(`${i} ${j} ${weight}`);
  }
}
const graph = toGraph(
  parseNetwork({
    format: "tvaers.network/v1",
    name: "generated",
    sectors: [{ id: "region", label: "Region" }],
    actors: Array.from({ length: ACTORS }, (_, i) => ({
      id: String(i),
      label: `Actor ${i}`,
      sector: "region",
    })),
    ties,
  }),
);
console.log(`  graph: ${graph.order} actors, ${graph.size} directed ties`);

const ours = {};
for (const [label, fn, options] of [
  ["constraint", constraint, {}],
  ["effectiveSize", effectiveSize, {}],
  ["constraint (weighted)", constraint, { weight: "weight" }],
  ["effectiveSize (weighted)", effectiveSize, { weight: "weight" }],
]) {
  const run = await measure(() => fn(graph, options));
  ours[label] = run;
  report(label, run);
}

const peer = python(
  `
import importlib.util, inspect, json, sys, time
import networkx as nx
sparse_path = importlib.util.find_spec("scipy") is not None
g = nx.DiGraph()
g.add_nodes_from(range(${ACTORS}))
for line in sys.stdin.read().splitlines():
    u, v, w = map(int, line.split())
    g.add_edge(u, v, weight=w)
sample = list(range(${SAMPLE}))
out = {"version": nx.__version__, "sample": {}, "all": {}, "values": {}}
for name, fn in (("constraint", nx.constraint), ("effectiveSize", nx.effective_size)):
    t = time.perf_counter()
    values = fn(g, sample)
    out["sample"][name] = time.perf_counter() - t
    out["values"][name] = {str(k): v for k, v in values.items() if v == v}
    # The sparse all-nodes path exists where the source builds an adjacency matrix (networkx PR #7249).
    if sparse_path and "adjacency_matrix" in inspect.getsource(fn):
        t = time.perf_counter()
        fn(g)
        out["all"][name] = time.perf_counter() - t
print(json.dumps(out))
`,
  lines.join("\n"),
);
if (peer !== null) {
  const result = JSON.parse(peer);
  for (const name of ["constraint", "effectiveSize"]) {
    const scaled = (result.sample[name] * ACTORS) / SAMPLE;
    const mine = ours[name].value;
    let worst = 0;
    for (const [node, value] of Object.entries(result.values[name])) {
      worst = Math.max(worst, Math.abs(mine[node] - value) / Math.abs(value));
    }
    report(
      `networkx ${result.version} ${name} (per node, ${SAMPLE} → ${ACTORS})`,
      { seconds: scaled },
      `ours ${(scaled / ours[name].seconds).toFixed(0)}× faster; max rel. diff ${worst.toExponential(1)}`,
    );
    if (result.all[name] !== undefined) {
      report(
        `networkx ${result.version} ${name} (all nodes, scipy)`,
        { seconds: result.all[name] },
        `ours ${(result.all[name] / ours[name].seconds).toFixed(1)}× faster`,
      );
    }
  }
}
