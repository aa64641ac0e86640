/**
 * Communication gaps summed by sector pair and by cluster, so planners see where across the system
 * patients cross without a good channel.
 *
 * By sector pair: every handoff pair counts under (sector of sender, sector of receiver); the pair is
 * ordered (region → municipality is not municipality → region).
 *
 * By cluster: a handoff pair belongs to cluster c when both ends are in c (`scope: "within"`); pairs
 * whose ends are in two different clusters are summed under `scope: "between"`, and pairs with an end
 * that has no cluster under `scope: "unassigned"` (as `crossSectorShare` in @tvaers/analysis does).
 *
 * Each group holds the number of pairs, their summed volume and severity, and the pairs per status,
 * weak and flagged. Groups are ranked by summed severity (descending), then by their keys in code-unit
 * order (within clusters before between, before unassigned).
 *
 * Complexity: O(g + G log G) for g gaps and G groups.
 */
import type { Gap } from "./gap.js";

/** Totals of a group of handoff pairs. */
export interface GapTotals {
  pairs: number;
  volume: number;
  severity: number;
  direct: number;
  relayed: number;
  none: number;
  weak: number;
  flagged: number;
}

/** The handoff pairs from one sector to another. */
export interface SectorPairGaps extends GapTotals {
  fromSector: string;
  toSector: string;
}

/** Where a handoff pair lies relative to clusters. */
export type ClusterScope = "within" | "between" | "unassigned";

/** The handoff pairs inside one cluster (`scope: "within"`), or between or outside clusters (`cluster: null`). */
export interface ClusterGaps extends GapTotals {
  scope: ClusterScope;
  cluster: string | null;
}

function emptyTotals(): GapTotals {
  return { pairs: 0, volume: 0, severity: 0, direct: 0, relayed: 0, none: 0, weak: 0, flagged: 0 };
}

function add(totals: GapTotals, gap: Gap): void {
  totals.pairs += 1;
  totals.volume += gap.volume;
  totals.severity += gap.severity;
  totals[gap.status] += 1;
  if (gap.weak) totals.weak += 1;
  if (gap.flagged) totals.flagged += 1;
}

/** Sums gaps into groups keyed by `keyOf`, ranked by severity, then by `order`. */
function groupBy<G extends GapTotals>(
  gaps: readonly Gap[],
  keyOf: (gap: Gap) => string,
  make: (gap: Gap) => G,
  order: (a: G, b: G) => number,
): G[] {
  const groups = new Map<string, G>();
  for (const gap of gaps) {
    const key = keyOf(gap);
    let group = groups.get(key);
    if (group === undefined) {
      group = make(gap);
      groups.set(key, group);
    }
    add(group, gap);
  }
  return [...groups.values()].sort((a, b) => b.severity - a.severity || order(a, b));
}

const byText = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);

/** Gaps summed by (sender's sector, receiver's sector). */
export function groupBySectorPair(gaps: readonly Gap[]): SectorPairGaps[] {
  return groupBy(
    gaps,
    (gap) => JSON.stringify([gap.fromSector, gap.toSector]),
    (gap) => ({ fromSector: gap.fromSector, toSector: gap.toSector, ...emptyTotals() }),
    (a, b) => byText(a.fromSector, b.fromSector) || byText(a.toSector, b.toSector),
  );
}

const SCOPES: readonly ClusterScope[] = ["within", "between", "unassigned"];

/** Where a gap lies relative to clusters: within one, between two, or with an end outside any. */
function scopeOf(gap: Gap): { scope: ClusterScope; cluster: string | null } {
  if (gap.fromCluster === null || gap.toCluster === null) return { scope: "unassigned", cluster: null };
  if (gap.fromCluster === gap.toCluster) return { scope: "within", cluster: gap.fromCluster };
  return { scope: "between", cluster: null };
}

/** Gaps summed per cluster (both ends in it), between clusters, and with an end in no cluster. */
export function groupByCluster(gaps: readonly Gap[]): ClusterGaps[] {
  return groupBy(
    gaps,
    (gap) => JSON.stringify(scopeOf(gap)),
    (gap) => ({ ...scopeOf(gap), ...emptyTotals() }),
    (a, b) => SCOPES.indexOf(a.scope) - SCOPES.indexOf(b.scope) || byText(a.cluster ?? "", b.cluster ?? ""),
  );
}
