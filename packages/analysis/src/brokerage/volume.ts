/**
 * Volume-weighted brokerage — a tvaers extension of Gould & Fernandez (1989) for handoff networks,
 * where a tie's weight is the number of patients handed over. Not in sna or any other tool.
 *
 * The counts of `brokerage` treat every brokered pair alike. In a handoff network what matters is how
 * many patients move through the broker between actors with no direct route. With only the aggregated
 * handoffs known, the patients who reach v from a are split over v's onward handoffs in proportion to
 * their volumes (a first-order flow assumption: where a patient goes next from v does not depend on
 * where they came from):
 *
 *   volume(a, v, b) = w(a → v) · w(v → b) / s(v),   s(v) = Σ_x w(v → x),
 *
 * summed per role over the same brokered two-paths as `brokerage` (a → v → b with no a → b tie,
 * a, v, b distinct, roles by the groups of a, v, b). Over all of v's onward handoffs the split gives
 * back w(a → v), so an actor's total is at most the patients it receives from grouped actors. The
 * whole graph's volume is the sum over actors.
 * There is no null model for volumes; compare actors with each other or with their inflow.
 *
 * Ties: directed as the graph is; parallel ties add up; self-loops are dropped; a tie of weight 0
 * still exists (it can close a pair) but carries no volume. Only actors with a group and the ties
 * between them count, so s(v) sums v's handoffs to grouped actors.
 *
 * Edge cases: actors without a group get `NaN` for every role; an actor whose onward handoffs all have
 * weight 0 brokers volume 0.
 *
 * Complexity: as `brokerage` without the null model.
 */
import type { AbstractGraph } from "graphology-types";
import { buildAdjacency } from "../graph/adjacency.js";
import { keyed } from "../graph/keyed.js";
import type { GroupOption, TieOptions } from "../graph/options.js";
import { type BrokerageRoles, nanRoles, ROLE_COUNT, roleOf, rolesAt } from "./roles.js";
import { forEachBrokeredPath, groupIds } from "./two-paths.js";

/** Options of {@link brokerageVolume}. */
export interface BrokerageVolumeOptions extends TieOptions {
  /** The node attribute (or getter) that names an actor's group. Default `"sector"`. */
  group?: GroupOption;
}

/** Defaults of {@link brokerageVolume}: groups are sectors, volumes in the `weight` attribute. */
export const BROKERAGE_VOLUME_DEFAULTS = {
  group: "sector",
  weight: "weight",
} as const satisfies BrokerageVolumeOptions;

/** The result of {@link brokerageVolume}. */
export interface BrokerageVolume {
  /** Brokered volume per role, per actor, keyed by node id. */
  nodes: Record<string, BrokerageRoles>;
  /** Brokered volume per role over the whole graph. */
  graph: BrokerageRoles;
}

/**
 * Patients (or any tie volume) each actor carries between actors that have no direct tie, per
 * Gould–Fernandez role: our volume-weighted extension of {@link brokerage} for handoff networks.
 *
 * @example
 * const { nodes } = brokerageVolume(graph, { kinds: ["handoff"] });
 * nodes["sickness-benefit-unit"].gatekeeper; // patients brought in from other sectors to its own
 */
export function brokerageVolume(graph: AbstractGraph, options: BrokerageVolumeOptions = {}): BrokerageVolume {
  const { group, weight, directed, kinds } = { ...BROKERAGE_VOLUME_DEFAULTS, ...options };
  const adjacency = buildAdjacency(graph, { weight, directed, kinds });
  const { ids } = groupIds(graph, adjacency, group);
  const { outOffsets, outTargets, outWeights, inWeights } = adjacency;
  const n = adjacency.nodes.length;

  const outflow = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    for (let k = outOffsets[v]!; k < outOffsets[v + 1]!; k++) {
      if (ids[outTargets[k]!]! >= 0) outflow[v]! += outWeights[k]!;
    }
  }
  const volumes = new Float64Array(n * ROLE_COUNT);
  forEachBrokeredPath(adjacency, ids, (a, v, b, inArc, outArc) => {
    const share = outflow[v]! > 0 ? (inWeights[inArc]! * outWeights[outArc]!) / outflow[v]! : 0;
    volumes[v * ROLE_COUNT + roleOf(ids[a]!, ids[v]!, ids[b]!)]! += share;
  });
  const totals = new Float64Array(ROLE_COUNT);
  for (let k = 0; k < volumes.length; k++) totals[k % ROLE_COUNT]! += volumes[k]!;
  return {
    nodes: keyed(
      adjacency.nodes.map(
        (node, v) => [node, ids[v]! < 0 ? nanRoles() : rolesAt(volumes, v * ROLE_COUNT)] as const,
      ),
    ),
    graph: rolesAt(totals),
  };
}
