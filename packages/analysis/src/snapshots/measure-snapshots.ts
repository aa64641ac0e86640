/**
 * Measures per snapshot, so trends over time show: every measure is run on each snapshot's graph and
 * its result is kept under that snapshot's date, next to the diff from the previous snapshot
 * (`diffNetworks` from @tvaers/model). Results are kept per snapshot and never overwritten: two
 * snapshots with the same date are refused.
 */
import { diffNetworks, type NetworkDiff, TvaersInputError, toGraph } from "@tvaers/model";
import type { AbstractGraph } from "graphology-types";
import { bottlenecks } from "../bottlenecks/bottlenecks.js";
import { brokerage } from "../brokerage/brokerage.js";
import { brokerageVolume } from "../brokerage/volume.js";
import { centrality } from "../centrality/centrality.js";
import { communities } from "../communities/communities.js";
import { assortativity } from "../mixing/assortativity.js";
import { crossSectorShare } from "../mixing/cross-sector-share.js";
import { eiIndex } from "../mixing/ei-index.js";
import { mixingMatrix } from "../mixing/mixing-matrix.js";
import { constraint } from "../structural-holes/constraint.js";
import { effectiveSize } from "../structural-holes/effective-size.js";
import { efficiency } from "../structural-holes/efficiency.js";
import { hierarchy } from "../structural-holes/hierarchy.js";
import { localConstraint } from "../structural-holes/local-constraint.js";
import type { Snapshot } from "./dated-ties.js";

/** A measure run on one snapshot's graph. */
export type SnapshotMeasure = (graph: AbstractGraph) => unknown;

/** Every graph measure of @tvaers/analysis with its defaults (assortativity by sector). */
export const SNAPSHOT_MEASURES: Readonly<Record<string, SnapshotMeasure>> = {
  centrality: (g) => centrality(g),
  brokerage: (g) => brokerage(g),
  brokerageVolume: (g) => brokerageVolume(g),
  bottlenecks: (g) => bottlenecks(g),
  communities: (g) => communities(g),
  assortativity: (g) => assortativity(g, { attribute: "sector" }),
  crossSectorShare: (g) => crossSectorShare(g),
  eiIndex: (g) => eiIndex(g),
  mixingMatrix: (g) => mixingMatrix(g),
  constraint: (g) => constraint(g),
  localConstraint: (g) => localConstraint(g),
  effectiveSize: (g) => effectiveSize(g),
  efficiency: (g) => efficiency(g),
  hierarchy: (g) => hierarchy(g),
};

/** The measures of one snapshot, and what changed since the one before. */
export interface SnapshotResult {
  date: string;
  actors: number;
  ties: number;
  /** The diff from the previous snapshot; absent for the first. */
  diff?: NetworkDiff;
  results: Readonly<Record<string, unknown>>;
}

/**
 * Runs `measures` (default {@link SNAPSHOT_MEASURES}) on every snapshot, in date order.
 *
 * @example
 * const trend = measureSnapshots(snapshots, { measures: { ei: (g) => eiIndex(g).index } });
 */
export function measureSnapshots(
  snapshots: readonly Snapshot[],
  options: { measures?: Readonly<Record<string, SnapshotMeasure>> } = {},
): SnapshotResult[] {
  const measures = options.measures ?? SNAPSHOT_MEASURES;
  const seen = new Set<string>();
  for (const s of snapshots) {
    if (seen.has(s.date)) {
      throw new TvaersInputError([
        { field: "date", message: `two snapshots are dated ${s.date}; each date may hold one snapshot` },
      ]);
    }
    seen.add(s.date);
  }
  const ordered = [...snapshots].sort((a, b) => (a.date < b.date ? -1 : 1));
  return ordered.map((s, i) => {
    const graph = toGraph(s.doc);
    const results: Record<string, unknown> = {};
    for (const [name, run] of Object.entries(measures)) {
      Object.defineProperty(results, name, { value: run(graph), enumerable: true });
    }
    const previous = ordered[i - 1];
    return {
      date: s.date,
      actors: s.doc.actors.length,
      ties: s.doc.ties.length,
      ...(previous !== undefined && { diff: diffNetworks(previous.doc, s.doc) }),
      results: Object.freeze(results),
    };
  });
}
