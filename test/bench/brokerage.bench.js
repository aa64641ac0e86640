// Gould–Fernandez brokerage with the sna null model (z-scores) and the volume-weighted variant on a
// seeded random directed graph: 10,000 actors in 4 sectors, mean out-degree 10 (about 100,000 ties,
// 60 % inside the source's sector), weights 1–20 patients. Target: brokerage with z-scores < 2 s.
//   pnpm bench brokerage            (ACTORS=… DEGREE=… to change the size)
import { brokerage, brokerageVolume, mulberry32 } from "@tvaers/analysis";
import { parseNetwork, toGraph } from "@tvaers/model";
import { measure, report } from "./measure.js";

const ACTORS = Number(process.env.ACTORS ?? 10_000);
const DEGREE = Number(process.env.DEGREE ?? 10);
const SECTORS = ["region", "municipality", "general-practice", "citizen"];

const random = mulberry32(1989);
const ties = [];
const seen = new Set();
for (let i = 0; i < ACTORS; i++) {
  for (let k = 0; k < DEGREE; k++) {
    let j = Math.floor(random() * ACTORS);
    // keep most ties inside the source's sector: same residue modulo the number of sectors
    if (random() < 0.6) j = j - (j % SECTORS.length) + (i % SECTORS.length);
    if (j >= ACTORS || j === i || seen.has(i * ACTORS + j)) continue;
    seen.add(i * ACTORS + j);
    ties.push({ source: `a${i}`, target: `a${j}`, kind: "handoff", weight: 1 + Math.floor(random() * 20) });
  }
}
const graph = toGraph(
  parseNetwork({
    format: "tvaers.network/v1",
    name: "generated",
    sectors: SECTORS.map((id) => ({ id, label: id })),
    actors: Array.from({ length: ACTORS }, (_, i) => ({
      id: `a${i}`,
      label: `Actor ${i}`,
      sector: SECTORS[i % SECTORS.length],
    })),
    ties,
  }),
);
console.log(
  `  graph: ${graph.order} actors, ${graph.size} directed ties (mean out-degree ${(graph.size / graph.order).toFixed(2)})`,
);

const counts = await measure(() => brokerage(graph));
const g = counts.value.graph;
report(
  "brokerage (counts, expected, sd, z)",
  counts,
  `${g.raw.total} brokered pairs, z(total) ${g.z.total.toFixed(2)}, z(liaison) ${g.z.liaison.toFixed(2)}`,
);
const volume = await measure(() => brokerageVolume(graph));
report(
  "brokerageVolume (weights = patients)",
  volume,
  `${volume.value.graph.total.toFixed(0)} patients brokered`,
);
