/**
 * A seeded national-scale network for benchmarks and scale tests: about `actors` actors in `sectors`
 * sectors and 22 health clusters, each actor with a few handoff ties out, mostly inside its own cluster.
 * Sectors are taken in this order: region (hospital wards, psychiatry), municipality (home care, health
 * centres, job centres), general practice, citizen (patients' own care, relatives), national bodies,
 * patient organisations, research. Which sector hands over to which follows the usual Danish pattern
 * (GPs refer to hospitals, hospitals discharge to municipalities and GPs, municipalities ask GPs), with
 * weights drawn from a heavy-tailed distribution. Every actor has a handoff out, so walks never stall.
 */

import { mulberry32 } from "@tvaers/analysis";
import { type NetworkDocument, parseNetwork } from "@tvaers/model";

/** Size and seed of {@link generateLargeNetwork}. */
export interface LargeNetworkOptions {
  /** Number of actors. Default 2,000. */
  actors?: number;
  /** Number of sectors, 2–7. Default 5. */
  sectors?: number;
  /** Health clusters the actors are spread over. Default 22 (as Denmark). */
  clusters?: number;
  /** Seed of the pseudo-random numbers. Default 1. */
  seed?: number;
}

/** Sectors in the order they are used, each with its share of actors, its kinds and its name for one organisation. */
const SECTORS = [
  { id: "region", share: 20, kinds: ["hospital-ward", "psychiatry"], organisation: "hospital" },
  {
    id: "municipality",
    share: 30,
    kinds: ["home-care", "health-centre", "jobcentre"],
    organisation: "municipality",
  },
  { id: "general-practice", share: 40, kinds: ["gp"], organisation: "practice" },
  { id: "citizen", share: 6, kinds: ["patient", "relative"], organisation: "" },
  { id: "national", share: 4, kinds: ["national-board"], organisation: "agency" },
  { id: "patient-organisation", share: 3, kinds: ["patient-organisation"], organisation: "association" },
  { id: "research", share: 2, kinds: ["researcher"], organisation: "university" },
] as const;

/** Relative chance that a handoff out of the row's sector goes to each column's sector (same order as SECTORS). */
const HANDOFF_AFFINITY: readonly (readonly number[])[] = [
  [6, 5, 4, 1, 1, 1, 1],
  [3, 3, 5, 1, 1, 1, 1],
  [8, 4, 1, 1, 1, 1, 1],
  [3, 3, 4, 1, 1, 1, 1],
  [4, 3, 2, 1, 1, 1, 1],
  [2, 3, 3, 2, 1, 1, 1],
  [3, 2, 2, 1, 1, 1, 1],
];

/**
 * Generates a valid network document of about `actors` actors with handoff ties (and nothing else).
 *
 * @example
 * const doc = generateLargeNetwork({ actors: 2000, sectors: 5, seed: 1 });
 */
export function generateLargeNetwork(options: LargeNetworkOptions = {}): NetworkDocument {
  const size = options.actors ?? 2000;
  const sectorCount = options.sectors ?? 5;
  const clusterCount = options.clusters ?? 22;
  if (!Number.isSafeInteger(size) || size < sectorCount)
    throw new RangeError("actors must be at least sectors");
  if (!Number.isSafeInteger(sectorCount) || sectorCount < 2 || sectorCount > SECTORS.length)
    throw new RangeError(`sectors must be 2–${SECTORS.length}`);
  if (!Number.isSafeInteger(clusterCount) || clusterCount < 1)
    throw new RangeError("clusters must be at least 1");
  const random = mulberry32(options.seed ?? 1);
  const sectors = SECTORS.slice(0, sectorCount);
  const shareTotal = sectors.reduce((s, x) => s + x.share, 0);
  const clusters = Array.from({ length: clusterCount }, (_, i) => ({
    id: `k${i + 1}`,
    label: `Cluster ${i + 1}`,
  }));
  const organisations: NetworkDocument["organisations"] = [];
  const organisationIds = new Set<string>();
  const actors: NetworkDocument["actors"] = [];
  /** Actor ids by sector and cluster: bySector[sector][cluster]. */
  const bySector = sectors.map(() => clusters.map((): string[] => []));
  sectors.forEach((sector, s) => {
    const n = Math.max(1, Math.round((size * sector.share) / shareTotal));
    for (let i = 0; i < n; i++) {
      const c = i % clusterCount;
      const id = `${sector.id}-${i + 1}`;
      const actor: NetworkDocument["actors"][number] = {
        id,
        label: `${sector.id} ${i + 1}`,
        sector: sector.id,
        cluster: clusters[c]!.id,
        kind: sector.kinds[i % sector.kinds.length]!,
      };
      if (sector.organisation !== "") {
        // Wards share a hospital and units a municipality (a few per cluster); a practice is its own.
        const group =
          sector.id === "general-practice" ? i : c + clusterCount * (Math.floor(i / clusterCount) % 3);
        const org = `${sector.organisation}-${group + 1}`;
        if (!organisationIds.has(org)) {
          organisationIds.add(org);
          organisations.push({ id: org, label: org, sector: sector.id, cluster: clusters[c]!.id });
        }
        actor.organisation = org;
      }
      actors.push(actor);
      bySector[s]![c]!.push(id);
    }
  });
  const ties: NetworkDocument["ties"] = [];
  const affinity = HANDOFF_AFFINITY.slice(0, sectorCount).map((row) => row.slice(0, sectorCount));
  for (const actor of actors) {
    const s = sectors.findIndex((x) => x.id === actor.sector);
    const c = clusters.findIndex((x) => x.id === actor.cluster);
    const outs = 2 + Math.floor(random() * 5);
    const seen = new Set<string>([actor.id]);
    for (let k = 0; k < outs; k++) {
      const row = affinity[s]!;
      let x = random() * row.reduce((a, b) => a + b, 0);
      let t = 0;
      while (x >= row[t]! && t < row.length - 1) x -= row[t++]!;
      const cluster = random() < 0.85 ? c : Math.floor(random() * clusterCount);
      const pool = bySector[t]![cluster]!.length > 0 ? bySector[t]![cluster]! : bySector[t]!.flat();
      const target = pool[Math.floor(random() * pool.length)]!;
      if (seen.has(target)) continue;
      seen.add(target);
      const weight = Math.max(1, Math.round(5 * Math.exp(1.2 * Math.sqrt(-2 * Math.log(1 - random())))));
      ties.push({ source: actor.id, target, kind: "handoff", weight, directed: true });
    }
  }
  return parseNetwork({
    format: "tvaers.network/v1",
    name: `Generated network of ${actors.length} actors`,
    description: "Synthetic, seeded network for benchmarks (generateLargeNetwork); not real data.",
    sectors: sectors.map((s) => ({ id: s.id, label: s.id })),
    clusters,
    organisations,
    actors,
    ties,
  });
}
