/**
 * What a collaboration model does to a network, before and after, side by side:
 *
 *   gaps              communication-gap severity (all handoff pairs and cross-sector ones), gaps
 *                     flagged, closed and opened (`gap-changes.ts`; gaps from `communicationGaps` in
 *                     @tvaers/pathways with `options.gaps`)
 *   meanWaitHours     the volume-weighted mean handoff wait (`waits.ts`)
 *   eiIndex           Krackhardt & Stern's E-I index by sector over the working relations
 *                     (`relationKinds`: communication and collaboration by default — governance ties
 *                     would count forum memberships), from `eiIndex` in @tvaers/analysis without the
 *                     permutation test (the index itself needs no random numbers)
 *   brokerDependence  dependence on single brokers: the largest share, over actors, of the shortest
 *                     paths between actors of different sectors that run through one actor
 *                     (`betweenGroupShare` of `bottlenecks` in @tvaers/analysis, on the undirected view
 *                     of the working relations); 0 with no actor when no between-sector pair is connected
 *   pathways          with `options.log`, pathway measures before and after (`pathways.ts`)
 *   stakeholders      with `options.stakeholders`, each one's impact (`stakeholder-impact.ts`)
 *
 * A model that changes nothing gives zero changes everywhere. The change log comes with the result so
 * every number can be traced to what the model did.
 *
 * Complexity: that of `applyModel`, `communicationGaps` twice, and `bottlenecks` twice (O(n·m)).
 */
import { bottlenecks, eiIndex } from "@tvaers/analysis";
import { type Label, type NetworkDocument, type TieKind, toGraph } from "@tvaers/model";
import { type CommunicationGapsOptions, communicationGaps, type PathwayEvent } from "@tvaers/pathways";
import { applyModel } from "../models/apply-model.js";
import type { Change } from "../models/change.js";
import type { ModelDocument } from "../models/document.js";
import type { StakeholderDocument } from "../schema/document.js";
import type { Stakeholder } from "../schema/stakeholder.js";
import { type Comparison, compare } from "./compare.js";
import { compareGaps, type GapComparison } from "./gap-changes.js";
import { comparePathways, type PathwayComparison } from "./pathways.js";
import { type StakeholderImpact, stakeholderImpacts } from "./stakeholder-impact.js";
import { meanWaitHours } from "./waits.js";

/** Options of {@link evaluateModel}. */
export interface EvaluateModelOptions {
  /** Options of `communicationGaps` (relay steps, weak threshold, severity, …). */
  gaps?: CommunicationGapsOptions;
  /** The tie kinds of the working relations for the E-I index and broker dependence. */
  relationKinds?: readonly TieKind[];
  /** The stakeholders whose impact to trace (a document or its list). */
  stakeholders?: StakeholderDocument | readonly Stakeholder[];
  /** An event log of the network's cases, for pathway measures before and after. */
  log?: readonly PathwayEvent[];
}

/** Defaults of {@link evaluateModel}: working relations are communication and collaboration ties. */
export const EVALUATE_MODEL_DEFAULTS = {
  relationKinds: ["communication", "collaboration"],
} as const satisfies EvaluateModelOptions;

/** The actor through which most between-sector paths run, and the share that does. */
export interface BrokerDependence {
  share: number;
  /** `null` when no between-sector pair of actors is connected. */
  actor: string | null;
}

/** The result of {@link evaluateModel}. */
export interface ModelEvaluation {
  model: string;
  label: Label;
  /** The network's name. */
  network: string;
  changes: Change[];
  gaps: GapComparison;
  meanWaitHours: Comparison;
  eiIndex: Comparison;
  brokerDependence: { before: BrokerDependence; after: BrokerDependence; change: number };
  /** `null` without a log. */
  pathways: PathwayComparison | null;
  /** Empty without stakeholders. */
  stakeholders: StakeholderImpact[];
}

/** The largest between-sector path share of any actor (first in node order on a tie). */
function brokerDependence(doc: NetworkDocument, kinds: readonly TieKind[]): BrokerDependence {
  const { betweenGroupShare } = bottlenecks(toGraph(doc), { kinds, directed: false, group: "sector" });
  let best: BrokerDependence = { share: 0, actor: null };
  for (const [actor, share] of Object.entries(betweenGroupShare)) {
    if (Number.isFinite(share) && (best.actor === null || share > best.share)) best = { share, actor };
  }
  return best;
}

/** The E-I index by sector over the working relations, without a permutation test. */
function ei(doc: NetworkDocument, kinds: readonly TieKind[]): number {
  return eiIndex(toGraph(doc), { kinds, permutations: 0, group: "sector" }).index;
}

/**
 * Applies a model to a validated network and puts the two side by side: gaps, waits, E-I index,
 * broker dependence, pathway measures (with a log) and stakeholder impacts (with stakeholders). See the
 * file comment for every measure.
 *
 * @example
 * const result = evaluateModel(network, model, { stakeholders });
 * result.gaps.crossSectorSeverity; // { before: 612, after: 540, change: -72, relative: -0.118 }
 */
export function evaluateModel(
  network: NetworkDocument,
  model: ModelDocument,
  options: EvaluateModelOptions = {},
): ModelEvaluation {
  const kinds = options.relationKinds ?? EVALUATE_MODEL_DEFAULTS.relationKinds;
  const { network: after, changes } = applyModel(network, model);
  const gapsBefore = communicationGaps(network, options.gaps).gaps;
  const gapsAfter = communicationGaps(after, options.gaps).gaps;
  const brokersBefore = brokerDependence(network, kinds);
  const brokersAfter = brokerDependence(after, kinds);
  const stakeholders =
    options.stakeholders === undefined
      ? []
      : "stakeholders" in options.stakeholders
        ? options.stakeholders.stakeholders
        : options.stakeholders;
  return {
    model: model.id,
    label: model.label,
    network: network.name,
    changes,
    gaps: compareGaps(gapsBefore, gapsAfter),
    meanWaitHours: compare(meanWaitHours(network), meanWaitHours(after)),
    eiIndex: compare(ei(network, kinds), ei(after, kinds)),
    brokerDependence: {
      before: brokersBefore,
      after: brokersAfter,
      change: brokersAfter.share - brokersBefore.share,
    },
    pathways: options.log === undefined ? null : comparePathways(options.log, network, changes),
    stakeholders: stakeholderImpacts(stakeholders, {
      before: network,
      after,
      gapsBefore,
      gapsAfter,
      changes,
    }),
  };
}
