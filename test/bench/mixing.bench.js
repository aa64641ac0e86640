// Cross-sector mixing on a generated tvaers network (10,000 actors in 5 sectors and 22 clusters,
// 100,000 mixed ties): mixingMatrix, eiIndex with 1,000 permutations, assortativity and
// crossSectorShare, with networkx's attribute_assortativity_coefficient as a peer when Python has it.
//   pnpm bench mixing                 (ACTORS=… TIES=… PERMUTATIONS=… to change the size)
import { assortativity, crossSectorShare, eiIndex, mixingMatrix, mulberry32 } from "@tvaers/analysis";
import { parseNetwork, toGraph } from "@tvaers/model";
import { measure, python, report } from "./measure.js";

const ACTORS = Number(process.env.ACTORS ?? 10_000);
const TIES = Number(process.env.TIES ?? 100_000);
const PERMUTATIONS = Number(process.env.PERMUTATIONS ?? 1000);
const SECTORS = ["region", "municipality", "general-practice", "citizen", "national"];
const KINDS = ["communication", "handoff", "collaboration", "governance"];

const random = mulberry32(1);
const actors = Array.from({ length: ACTORS }, (_, i) => ({
  id: `a${i}`,
  label: `Actor ${i}`,
  sector: SECTORS[i % SECTORS.length],
  cluster: `c${i % 22}`,
}));
const ties = [];
const lines = [];
for (let i = 0; i < TIES; i++) {
  const s = Math.floor(random() * ACTORS);
  let t = Math.floor(random() * (ACTORS - 1));
  if (t >= s) t += 1;
  const kind = KINDS[i % KINDS.length];
  ties.push({ source: `a${s}`, target: `a${t}`, kind, weight: 1 + Math.floor(random() * 20) });
  lines.push(`a${s} a${t}`);
}
const graph = toGraph(
  parseNetwork({
    format: "tvaers.network/v1",
    name: "generated",
    sectors: SECTORS.map((id) => ({ id, label: id })),
    clusters: Array.from({ length: 22 }, (_, i) => ({ id: `c${i}`, label: `Cluster ${i}` })),
    actors,
    ties,
  }),
);
console.log(`  graph: ${graph.order} actors, ${graph.size} ties`);

const mixing = await measure(() => mixingMatrix(graph, { weight: "weight" }));
report("mixingMatrix (weighted)", mixing);
const ei = await measure(() => eiIndex(graph, { permutations: PERMUTATIONS }));
report(
  `eiIndex (${PERMUTATIONS} permutations)`,
  ei,
  `E-I ${ei.value.index.toFixed(4)}, p ${ei.value.pValue}`,
);
const r = await measure(() => assortativity(graph, { directed: false }));
report("assortativity (undirected view)", r, `r ${r.value.toFixed(6)}`);
const share = await measure(() => crossSectorShare(graph, { weight: "weight" }));
report("crossSectorShare (weighted)", share);

const sectors = graph.mapNodes((node, a) => `${node} ${a.sector}`).join("\n");
const peer = python(
  `
import sys, time, networkx as nx
nodes, edges = sys.stdin.read().split("\\n--\\n")
g = nx.Graph()
for line in nodes.splitlines():
    v, s = line.split()
    g.add_node(v, sector=s)
g.add_edges_from(line.split() for line in edges.splitlines())
t = time.perf_counter()
r = nx.attribute_assortativity_coefficient(g, "sector")
print(time.perf_counter() - t, r)
`,
  `${sectors}\n--\n${lines.join("\n")}`,
);
if (peer !== null) {
  const [seconds, value] = peer.trim().split(" ").map(Number);
  report("networkx attribute_assortativity_coefficient", { seconds }, `r ${value.toFixed(6)}`);
}
