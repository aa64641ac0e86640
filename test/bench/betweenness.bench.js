// Betweenness on seeded stochastic-block graphs (20 blocks, mean degree 10, 80 % of ties inside a
// block; undirected, unweighted) of 1,000 and 10,000 actors. Target: faster than igraph at 10,000
// with values equal to igraph's within 1e-9 relative. Peers in the same run, on the same edge list
// (written to a temporary file): igraph (both sizes) and networkx (1,000 only: pure Python needs
// about 10 minutes at 10,000), timing only their betweenness call; graphology-metrics at 1,000 for
// reference. Ours is timed whole (graph → adjacency → betweenness), on every core ("auto") and on
// one thread; both give the same values bit for bit.
//   pnpm bench betweenness          (SIZES=1000,10000 to change the sizes; PYTHON=… for the peers)
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { centrality, mulberry32 } from "@tvaers/analysis";
import { measure, python, report } from "./measure.js";

const SIZES = (process.env.SIZES ?? "1000,10000").split(",").map(Number);
const BLOCKS = 20;
const DEGREE = 10;
const INSIDE = 0.8;
const require = createRequire(new URL("../../packages/analysis/package.json", import.meta.url));
const Graph = require("graphology");
const graphologyBetweenness = require("graphology-metrics/centrality/betweenness");

/** Seeded stochastic-block graph: node i is in block i mod BLOCKS; every pair is drawn once. */
function stochasticBlocks(n, seed) {
  const random = mulberry32(seed);
  const size = n / BLOCKS;
  const pInside = (INSIDE * DEGREE) / (size - 1);
  const pOutside = ((1 - INSIDE) * DEGREE) / (n - size);
  const edges = [];
  for (let u = 0; u < n; u++) {
    for (let v = u + 1; v < n; v++) {
      if (random() < (u % BLOCKS === v % BLOCKS ? pInside : pOutside)) edges.push([u, v]);
    }
  }
  return edges;
}

/** Largest relative difference between our values (keyed "0"…"n−1") and a peer's (an array). */
function maxRelativeDifference(ours, theirs, n) {
  let worst = 0;
  for (let i = 0; i < n; i++) {
    const a = ours[String(i)];
    const b = theirs[i];
    if (a !== b) worst = Math.max(worst, Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));
  }
  return worst;
}
let failed = false;
console.log(`  ${availableParallelism()} cores`);

for (const n of SIZES) {
  const edges = stochasticBlocks(n, 2001 + n);
  const file = join(tmpdir(), `tvaers-sbm-${n}.txt`);
  writeFileSync(file, edges.map(([u, v]) => `${u} ${v}`).join("\n"));
  const graph = new Graph({ type: "undirected" });
  for (let i = 0; i < n; i++) graph.addNode(String(i));
  for (const [u, v] of edges) graph.addEdge(String(u), String(v));
  console.log(`\n  SBM: ${n} nodes, ${edges.length} ties (${file})`);

  const options = { measures: ["betweenness"], normalized: false };
  const ours = await measure(() => centrality(graph, options).betweenness);
  report("tvaers centrality (threads: auto)", ours);
  const single = await measure(() => centrality(graph, { ...options, threads: 1 }).betweenness);
  report("tvaers centrality (threads: 1)", single);
  const same = Object.keys(ours.value).every((k) => ours.value[k] === single.value[k]);
  console.log(`  threads auto and 1 identical: ${same}`);
  if (!same) failed = true;

  const out = python(
    `
import json, time
import igraph
edges = [tuple(map(int, line.split())) for line in open(${JSON.stringify(file)})]
g = igraph.Graph(n=${n}, edges=edges, directed=False)
t = time.perf_counter()
values = g.betweenness(directed=False)
print(json.dumps({"version": igraph.__version__, "seconds": time.perf_counter() - t, "values": values}))
`,
  );
  if (out !== null) {
    const peer = JSON.parse(out);
    const worst = maxRelativeDifference(ours.value, peer.values, n);
    report(`igraph ${peer.version} betweenness`, { seconds: peer.seconds });
    console.log(
      `  ours / igraph: ${(ours.seconds / peer.seconds).toFixed(2)} (threads auto), ` +
        `${(single.seconds / peer.seconds).toFixed(2)} (threads 1); max relative difference ${worst.toExponential(2)}`,
    );
    if (!(worst <= 1e-9)) failed = true;
  }

  if (n <= 1000) {
    const nx = python(
      `
import json, time
import networkx as nx
g = nx.Graph()
g.add_nodes_from(range(${n}))
g.add_edges_from(tuple(map(int, line.split())) for line in open(${JSON.stringify(file)}))
t = time.perf_counter()
values = nx.betweenness_centrality(g, normalized=False)
print(json.dumps({"version": nx.__version__, "seconds": time.perf_counter() - t, "values": [values[i] for i in range(${n})]}))
`,
    );
    if (nx !== null) {
      const peer = JSON.parse(nx);
      const worst = maxRelativeDifference(ours.value, peer.values, n);
      report(`networkx ${peer.version} betweenness_centrality`, { seconds: peer.seconds });
      console.log(
        `  ours / networkx: ${(ours.seconds / peer.seconds).toFixed(3)}; max relative difference ${worst.toExponential(2)}`,
      );
    }
    const reference = await measure(() => graphologyBetweenness(graph, { normalized: false }));
    const worst = maxRelativeDifference(
      ours.value,
      Array.from({ length: n }, (_, i) => reference.value[String(i)]),
      n,
    );
    report("graphology-metrics betweenness", reference, `max relative difference ${worst.toExponential(2)}`);
  }
}
if (failed) {
  console.log("  FAILED: results differ from igraph by more than 1e-9 relative, or across threads");
  process.exitCode = 1;
}
