import {
  assortativity,
  bottlenecks,
  brokerage,
  centrality,
  communities,
  constraint,
  crossSectorShare,
  effectiveSize,
  efficiency,
  eiIndex,
  hierarchy,
  keyed,
  mixingMatrix,
} from "@tvaers/analysis";
import type { AbstractGraph } from "graphology-types";

/** The settings every measure of `tvaers analyze` is run with. */
export interface AnalyzeSettings {
  group: string;
  kinds?: readonly string[];
  weight: string | null;
  seed: number;
  permutations: number;
}

/** One column of the per-actor table: its heading and the value per actor id. */
export interface ActorColumn {
  name: string;
  values: Readonly<Record<string, number>>;
}

/** One measure `tvaers analyze` can run: the library function's name, short aliases, and how to run it. */
export interface AnalyzeMeasure {
  /** The library export's name; also the key in the JSON output. */
  name: string;
  aliases: readonly string[];
  run(graph: AbstractGraph, s: AnalyzeSettings): unknown;
  /** The per-actor columns of its result, for CSV and table output. */
  columns(result: unknown): ActorColumn[];
}

const ROLES = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"] as const;
const ties = (s: AnalyzeSettings) => ({ kinds: s.kinds, weight: s.weight });
const perActor = (name: string) => (result: unknown) => [{ name, values: result as Record<string, number> }];

/**
 * The measures of `tvaers analyze`, in output order. Each is the `@tvaers/analysis` function of the
 * same name, run with the command line's group, tie kinds, weight and seed.
 */
export const MEASURES: readonly AnalyzeMeasure[] = [
  {
    name: "mixingMatrix",
    aliases: ["mixing"],
    run: (g, s) => mixingMatrix(g, { group: s.group, ...ties(s) }),
    columns: () => [],
  },
  {
    name: "eiIndex",
    aliases: ["ei", "e-i"],
    run: (g, s) => eiIndex(g, { group: s.group, ...ties(s), seed: s.seed, permutations: s.permutations }),
    columns: (r) => [{ name: "ei", values: (r as { actors: Record<string, number> }).actors }],
  },
  {
    name: "assortativity",
    aliases: [],
    run: (g, s) => assortativity(g, { attribute: s.group, kinds: s.kinds }),
    columns: () => [],
  },
  {
    name: "crossSectorShare",
    aliases: ["cross-sector"],
    run: (g, s) => crossSectorShare(g, { group: s.group, ...ties(s) }),
    columns: () => [],
  },
  {
    name: "brokerage",
    aliases: [],
    run: (g, s) => brokerage(g, { group: s.group, kinds: s.kinds }),
    columns: (r) => {
      const nodes = (
        r as { nodes: Record<string, { raw: Record<string, number>; z: Record<string, number> }> }
      ).nodes;
      return ROLES.flatMap((role) => [
        { name: `brokerage.${role}`, values: mapValues(nodes, (n) => n.raw[role]!) },
        { name: `brokerage.${role}.z`, values: mapValues(nodes, (n) => n.z[role]!) },
      ]);
    },
  },
  {
    name: "constraint",
    aliases: [],
    run: (g, s) => constraint(g, ties(s)),
    columns: perActor("constraint"),
  },
  {
    name: "effectiveSize",
    aliases: ["effective-size"],
    run: (g, s) => effectiveSize(g, ties(s)),
    columns: perActor("effectiveSize"),
  },
  {
    name: "efficiency",
    aliases: [],
    run: (g, s) => efficiency(g, ties(s)),
    columns: perActor("efficiency"),
  },
  {
    name: "hierarchy",
    aliases: [],
    run: (g, s) => hierarchy(g, ties(s)),
    columns: perActor("hierarchy"),
  },
  {
    name: "centrality",
    aliases: [],
    run: (g, s) => centrality(g, ties(s)),
    columns: (r) =>
      Object.entries(r as Record<string, unknown>)
        .filter(([, v]) => v !== null && typeof v === "object")
        .map(([name, values]) => ({ name, values: values as Record<string, number> })),
  },
  {
    name: "bottlenecks",
    aliases: [],
    run: (g, s) => bottlenecks(g, { group: s.group, ...ties(s) }),
    columns: (r) => {
      const b = r as { betweenGroupShare: Record<string, number>; removalLossShare: Record<string, number> };
      return [
        { name: "betweenGroupShare", values: b.betweenGroupShare },
        { name: "removalLossShare", values: b.removalLossShare },
      ];
    },
  },
  {
    name: "communities",
    aliases: ["louvain"],
    run: (g, s) => communities(g, { seed: s.seed, kinds: s.kinds, weight: s.weight }),
    columns: (r) => [{ name: "community", values: (r as { assignment: Record<string, number> }).assignment }],
  },
];

const mapValues = <T>(record: Record<string, T>, f: (value: T) => number) =>
  keyed(Object.keys(record).map((key) => [key, f(record[key]!)] as const));

/** Finds a measure by its library name or an alias, case-insensitively. */
export function findMeasure(name: string): AnalyzeMeasure | undefined {
  const n = name.trim().toLowerCase();
  return MEASURES.find((m) => m.name.toLowerCase() === n || m.aliases.includes(n));
}
