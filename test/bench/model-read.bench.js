// Reading and validating a generated 100,000-actor / 1,000,000-tie network document and building its
// graph. Target (issue 2): < 10 s and < 2 GB peak on a 2-core machine.
//   pnpm bench model-read            (ACTORS=… TIES=… to change the size)
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readNetworkFile, toGraph } from "@tvaers/model";
import { measure, python, report } from "./measure.js";

const ACTORS = Number(process.env.ACTORS ?? 100_000);
const TIES = Number(process.env.TIES ?? 1_000_000);
const SECTORS = ["region", "municipality", "general-practice", "citizen", "national"];
const KINDS = ["communication", "handoff", "collaboration", "governance"];

/** mulberry32: a small seeded PRNG, so every run reads the same document. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate() {
  const r = rng(1);
  const clusters = Array.from({ length: 22 }, (_, i) => ({ id: `c${i}`, label: `Cluster ${i}` }));
  const actors = Array.from({ length: ACTORS }, (_, i) => ({
    id: `a${i}`,
    label: { en: `Actor ${i}`, da: `Aktør ${i}` },
    sector: SECTORS[i % SECTORS.length],
    cluster: clusters[i % clusters.length].id,
    kind: "unit",
    attributes: { size: Math.floor(r() * 100) },
  }));
  const ties = [];
  for (let i = 0; i < TIES; i++) {
    const s = Math.floor(r() * ACTORS);
    let t = Math.floor(r() * (ACTORS - 1));
    if (t >= s) t += 1;
    const kind = KINDS[i % KINDS.length];
    const tie = { source: `a${s}`, target: `a${t}`, kind, weight: 1 + Math.floor(r() * 20) };
    if (kind === "communication") {
      tie.channel = "phone";
      tie.quality = 1 + Math.floor(r() * 5);
    }
    ties.push(tie);
  }
  return {
    format: "tvaers.network/v1",
    name: "generated",
    sectors: SECTORS.map((id) => ({ id, label: id })),
    clusters,
    actors,
    ties,
  };
}

if (process.argv[2] === "generate") {
  writeFileSync(process.argv[3], JSON.stringify(generate()));
  process.exit(0);
}

// Generate in a child process, so that peak memory below is the reader's alone.
const dir = mkdtempSync(join(tmpdir(), "tvaers-bench-"));
try {
  const file = join(dir, "network.json");
  spawnSync(process.execPath, [fileURLToPath(import.meta.url), "generate", file], { stdio: "inherit" });
  console.log(`  document: ${(statSync(file).size / 1e6).toFixed(0)} MB of JSON`);
  const read = await measure(() => readNetworkFile(file));
  report(`read + validate (${ACTORS} actors, ${TIES} ties)`, read);
  const built = await measure(() => toGraph(read.value));
  report("build graphology graph", built, `${built.value.order} nodes, ${built.value.size} edges`);
  const total = read.seconds + built.seconds;
  report("total", { seconds: total, peakMB: built.peakMB }, "target < 10 s, < 2048 MB");

  // Peer in the same run: networkx reading the same JSON into a MultiDiGraph (no validation).
  const out = python(
    `import json, time, resource, networkx as nx
t = time.perf_counter()
with open(${JSON.stringify(file)}) as f: d = json.load(f)
g = nx.MultiDiGraph()
g.add_nodes_from((a["id"], a) for a in d["actors"])
g.add_edges_from((t["source"], t["target"], t) for t in d["ties"])
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)`,
  );
  if (out !== null) {
    const [seconds, peakMB] = out.trim().split(/\s+/).map(Number);
    report(
      "networkx: json.load + MultiDiGraph (no validation)",
      { seconds, peakMB },
      `tvaers/networkx = ${(total / seconds).toFixed(2)}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
