// Louvain communities of a generated tvaers network (10,000 actors in 22 clusters, 100,000 mixed ties,
// 80 % of them inside a cluster), compared with the clusters; networkx's
// louvain_communities on the same ties as a peer when Python has it.
//   pnpm bench communities            (ACTORS=… TIES=… to change the size)
import { communities, modularity, mulberry32 } from "@tvaers/analysis";
import { parseNetwork, toGraph } from "@tvaers/model";
import { measure, python, report } from "./measure.js";

const ACTORS = Number(process.env.ACTORS ?? 10_000);
const TIES = Number(process.env.TIES ?? 100_000);
const CLUSTERS = 22;
const KINDS = ["communication", "handoff", "collaboration", "governance"];

const random = mulberry32(1);
const actors = Array.from({ length: ACTORS }, (_, i) => ({
  id: `a${i}`,
  label: `Actor ${i}`,
  sector: `s${i % 5}`,
  cluster: `c${i % CLUSTERS}`,
}));
const ties = [];
const lines = [];
for (let i = 0; i < TIES; i++) {
  const s = Math.floor(random() * ACTORS);
  let t = Math.floor(random() * ACTORS);
  // keep most ties inside the source's cluster: same residue modulo CLUSTERS
  if (random() < 0.8) t = t - (t % CLUSTERS) + (s % CLUSTERS);
  if (t >= ACTORS) t -= CLUSTERS;
  if (t === s) continue;
  const kind = KINDS[i % KINDS.length];
  ties.push({ source: `a${s}`, target: `a${t}`, kind, weight: 1 + Math.floor(random() * 20) });
  lines.push(`a${s} a${t}`);
}
const graph = toGraph(
  parseNetwork({
    format: "tvaers.network/v1",
    name: "generated",
    sectors: Array.from({ length: 5 }, (_, i) => ({ id: `s${i}`, label: `Sector ${i}` })),
    clusters: Array.from({ length: CLUSTERS }, (_, i) => ({ id: `c${i}`, label: `Cluster ${i}` })),
    actors,
    ties,
  }),
);
console.log(`  graph: ${graph.order} actors, ${graph.size} ties`);

const found = await measure(() => communities(graph, { compare: ["cluster"] }));
const { count, modularity: q, comparisons } = found.value;
report(
  "communities (Louvain + comparisons)",
  found,
  `${count} communities, Q ${q.toFixed(4)}, NMI vs cluster ${comparisons.cluster.nmi.toFixed(3)}`,
);
const formal = await measure(() => modularity(graph, "cluster", { directed: false }));
report("modularity of the clusters", formal, `Q ${formal.value.toFixed(4)}`);

const peer = python(
  `
import sys, time, networkx as nx
g = nx.Graph()
g.add_edges_from(line.split() for line in sys.stdin.read().splitlines())
t = time.perf_counter()
parts = nx.community.louvain_communities(g, seed=1)
q = nx.community.modularity(g, parts)
print(time.perf_counter() - t, len(parts), q)
`,
  lines.join("\n"),
);
if (peer !== null) {
  const [seconds, parts, value] = peer.trim().split(" ").map(Number);
  report(
    "networkx louvain_communities + modularity",
    { seconds },
    `${parts} communities, Q ${value.toFixed(4)}`,
  );
}
