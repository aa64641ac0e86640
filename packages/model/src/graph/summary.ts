import { labelText } from "../schema/label.js";
import { TIE_KINDS, type TieKind } from "../schema/tie.js";
import { UNASSIGNED } from "./aggregate.js";
import type { NetworkGraph } from "./attributes.js";

/** How many actors one sector holds. */
export interface SectorCount {
  /** The sector's id. */
  id: string;
  /** The sector's display label (its id when the document does not declare it). */
  label: string;
  /** Number of actors in the sector. */
  count: number;
}

/** How many actors are of one kind. */
export interface KindCount {
  /** The actor kind, or `(unassigned)` for actors without a kind. */
  kind: string;
  /** Number of actors of this kind. */
  count: number;
}

/** How many ties, and how much weight, are of one tie kind. */
export interface TieKindCount {
  /** The tie kind. */
  kind: TieKind;
  /** Number of ties of this kind. */
  count: number;
  /** Sum of the weights of these ties. */
  weight: number;
}

/** The ties that cross a sector boundary. */
export interface CrossSectorFigures {
  /** Number of ties whose two ends are in different sectors. */
  ties: number;
  /** Sum of the weights of those ties. */
  weight: number;
  /** `ties` over all ties, from 0 to 1; `null` when the network has no ties. */
  share: number | null;
  /** `weight` over the weight of all ties, from 0 to 1; `null` when all ties together weigh 0. */
  weightShare: number | null;
}

/** The headline figures of a network, as returned by {@link summarizeNetwork}. */
export interface NetworkSummary {
  /** The network's name. */
  name: string;
  /** Number of actors (nodes). */
  actors: number;
  /** Number of ties (edges); an undirected tie counts once. */
  ties: number;
  /** Actors per sector: every declared sector in document order (zero included), then undeclared ones. */
  actorsBySector: SectorCount[];
  /** Actors per kind, most frequent first (ties broken by name); `(unassigned)` comes last. */
  actorsByKind: KindCount[];
  /** Ties and their weight per tie kind, in the order of `TIE_KINDS`; kinds without ties are left out. */
  tiesByKind: TieKindCount[];
  /** Ties between actors of different sectors. */
  crossSector: CrossSectorFigures;
}

/**
 * Counts what a planner first asks of a network: how many actors there are per sector and per kind,
 * how many ties per tie kind, and how much of the network crosses a sector boundary.
 *
 * A tie is cross-sector when its source and target actors belong to different sectors.
 * `crossSector.share` is the number of cross-sector ties over the number of all ties, and
 * `crossSector.weightShare` the summed weight of cross-sector ties over the summed weight of all
 * ties (weights are strengths). Every tie counts once, whatever its direction or kind. A share whose
 * denominator is 0 (no ties, or only ties of weight 0) is `null`, not `NaN`, so that it survives JSON.
 * Weights of different tie kinds are added as they are, although they may count different things
 * (patients handed over, messages sent); `tiesByKind` gives the weight of each kind on its own.
 *
 * Runs in O(actors + ties).
 *
 * @example
 * const summary = summarizeNetwork(toGraph(doc));
 * summary.crossSector.share; // 0.6 when 6 of 10 ties cross a sector boundary
 */
export function summarizeNetwork(graph: NetworkGraph): NetworkSummary {
  const attributes = graph.getAttributes();
  const bySector = new Map<string, SectorCount>();
  for (const sector of attributes.sectors ?? []) {
    bySector.set(sector.id, { id: sector.id, label: labelText(sector.label), count: 0 });
  }
  const byKind = new Map<string, number>();
  graph.forEachNode((_actor, a) => {
    const sector = bySector.get(a.sector) ?? { id: a.sector, label: a.sector, count: 0 };
    sector.count += 1;
    bySector.set(a.sector, sector);
    const kind = a.kind ?? UNASSIGNED;
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  });

  const byTieKind = new Map<TieKind, TieKindCount>();
  let totalWeight = 0;
  let crossTies = 0;
  let crossWeight = 0;
  graph.forEachEdge((_edge, tie, _source, _target, sourceActor, targetActor) => {
    const entry = byTieKind.get(tie.kind) ?? { kind: tie.kind, count: 0, weight: 0 };
    entry.count += 1;
    entry.weight += tie.weight;
    byTieKind.set(tie.kind, entry);
    totalWeight += tie.weight;
    if (sourceActor.sector !== targetActor.sector) {
      crossTies += 1;
      crossWeight += tie.weight;
    }
  });

  const ties = graph.size;
  return {
    name: attributes.name ?? "",
    actors: graph.order,
    ties,
    actorsBySector: [...bySector.values()],
    actorsByKind: [...byKind]
      .map(([kind, count]) => ({ kind, count }))
      .sort(
        (a, b) =>
          Number(a.kind === UNASSIGNED) - Number(b.kind === UNASSIGNED) ||
          b.count - a.count ||
          (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0),
      ),
    tiesByKind: TIE_KINDS.flatMap((kind) => byTieKind.get(kind) ?? []),
    crossSector: {
      ties: crossTies,
      weight: crossWeight,
      share: ties === 0 ? null : crossTies / ties,
      weightShare: totalWeight === 0 ? null : crossWeight / totalWeight,
    },
  };
}
