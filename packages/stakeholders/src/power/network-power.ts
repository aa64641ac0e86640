/**
 * Network-informed power (after Prell, Hubacek & Reed 2009): a stakeholder's stated power set
 * beside the power its linked actors hold in the network, blended into one value, with the
 * stakeholders whose two powers disagree most listed first.
 *
 * For a stakeholder s linked to actors A(s) of the network, with actor scores from `actor-scores.ts`
 * (0–1: degree, betweenness and brokerage, by default each as the share of the other actors the
 * actor is more central than):
 *
 *   S(s)       = mean over a ∈ A(s) of score(a)          (or the largest, with `combine: "max"`)
 *   network(s) = min + S(s) · (max − min)                (on the power scale)
 *   blended(s) = (1 − w) · stated(s) + w · network(s)    (w = `blend`, default 0.5)
 *   difference = network(s) − stated(s)                 (> 0: the network gives more power than stated)
 *
 * A stakeholder without links, or whose linked actors are all missing from the network, has no
 * network power; its blended power is its stated power. One without stated power gets the network
 * power as its blended power. Linked actors missing from the network are skipped with a warning.
 * Disagreements are the stakeholders with both powers, by |difference|, largest first (ties keep
 * document order).
 *
 * Reference: Prell, C., Hubacek, K., & Reed, M. (2009). Stakeholder analysis and social network
 * analysis in natural resource management. Society & Natural Resources 22(6), 501–518.
 */
import type { AbstractGraph } from "graphology-types";
import type { StakeholderDocument } from "../schema/document.js";
import type { Provenance } from "../schema/provenance.js";
import {
  resolveScales,
  type ScalesInput,
  STAKEHOLDER_ATTRIBUTES,
  type StakeholderAttribute,
} from "../schema/scales.js";
import { provenanceOf, ratingOf, type Stakeholder } from "../schema/stakeholder.js";
import { type ActorScore, type ActorScoreOptions, actorScores } from "./actor-scores.js";

/** Options of {@link networkPower}. */
export interface NetworkPowerOptions extends ActorScoreOptions {
  /** The weight w of network power in the blend, 0 (stated only) to 1 (network only). Default 0.5. */
  blend?: number;
  /** How the scores of a stakeholder's several actors combine: their mean (default) or the largest. */
  combine?: "mean" | "max";
  /** Scales of some attributes (the power scale matters); default 1–5. */
  scales?: ScalesInput;
}

/** Defaults of {@link networkPower}'s own options (the actor scores have theirs). */
export const NETWORK_POWER_DEFAULTS = { blend: 0.5, combine: "mean" } as const satisfies NetworkPowerOptions;

/** Stated, network and blended power of one stakeholder; `null` where there is nothing to go on. */
export interface StakeholderPower {
  id: string;
  stated: number | null;
  /** S(s), 0–1. */
  score: number | null;
  /** Network power on the power scale. */
  network: number | null;
  blended: number | null;
  /** The linked actors found in the network, with their scores. */
  actors: ({ id: string } & ActorScore)[];
}

/** A stakeholder whose stated and network power differ. */
export interface PowerDisagreement {
  id: string;
  stated: number;
  network: number;
  /** network − stated: positive when the network gives more power than stated. */
  difference: number;
}

/** A linked actor that is not in the network. */
export interface NetworkPowerWarning {
  stakeholder: string;
  actor: string;
  message: string;
}

/** The result of {@link networkPower}. */
export interface NetworkPower {
  stakeholders: StakeholderPower[];
  /** Stakeholders with both powers, by |difference|, largest first. */
  disagreements: PowerDisagreement[];
  warnings: NetworkPowerWarning[];
  /** The blend weight used. */
  blend: number;
}

/**
 * Stated, network-derived and blended power of every stakeholder, and the disagreements between
 * stated and network power (see the file comment). Throws a `RangeError` when `blend` is not
 * between 0 and 1.
 *
 * @example
 * const { disagreements } = networkPower(doc.stakeholders, toGraph(network), { scales: doc.scales });
 * // data/stakeholders/ms-reference-group.json on data/networks/ms-collaboration.json:
 * disagreements[0]; // { id: "kl", stated: 5, network: 1.24…, difference: -3.76… }
 */
export function networkPower(
  stakeholders: readonly Stakeholder[],
  graph: AbstractGraph,
  options: NetworkPowerOptions = {},
): NetworkPower {
  const blend = options.blend ?? NETWORK_POWER_DEFAULTS.blend;
  if (!(blend >= 0 && blend <= 1))
    throw new RangeError(`blend must be between 0 and 1, got ${String(blend)}`);
  const combine = options.combine ?? NETWORK_POWER_DEFAULTS.combine;
  const { min, max } = resolveScales(options.scales).power;
  const scores = actorScores(graph, options);
  const warnings: NetworkPowerWarning[] = [];
  const results = stakeholders.map((stakeholder): StakeholderPower => {
    const actors: StakeholderPower["actors"] = [];
    for (const id of stakeholder.actors ?? []) {
      const score = scores.get(id);
      if (score !== undefined) actors.push({ id, ...score });
      else {
        warnings.push({
          stakeholder: stakeholder.id,
          actor: id,
          message: `stakeholder "${stakeholder.id}": actor "${id}" is not in the network, so it does not count toward network power`,
        });
      }
    }
    const values = actors.map((a) => a.score);
    const score =
      values.length === 0
        ? null
        : combine === "max"
          ? Math.max(...values)
          : values.reduce((sum, v) => sum + v, 0) / values.length;
    const stated = ratingOf(stakeholder, "power") ?? null;
    const network = score === null ? null : min + score * (max - min);
    const blended =
      stated === null ? network : network === null ? stated : (1 - blend) * stated + blend * network;
    return { id: stakeholder.id, stated, score, network, blended, actors };
  });
  const disagreements = results
    .flatMap(({ id, stated, network }) =>
      stated === null || network === null ? [] : [{ id, stated, network, difference: network - stated }],
    )
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference));
  return { stakeholders: results, disagreements, warnings, blend };
}

/**
 * The document with each stakeholder's power replaced by its blended power, marked `derived`, so
 * that `classify` classifies on network-informed power. Stakeholders without blended power are
 * left as they are.
 *
 * @example
 * classify(withBlendedPower(doc, networkPower(doc.stakeholders, graph)));
 */
export function withBlendedPower(doc: StakeholderDocument, power: NetworkPower): StakeholderDocument {
  const blended = new Map(power.stakeholders.map((p) => [p.id, p.blended]));
  return {
    ...doc,
    stakeholders: doc.stakeholders.map((stakeholder) => {
      const value = blended.get(stakeholder.id);
      if (value === undefined || value === null) return stakeholder;
      const provenance: Partial<Record<StakeholderAttribute, Provenance>> = {};
      for (const attribute of STAKEHOLDER_ATTRIBUTES) {
        const given = provenanceOf(stakeholder, attribute);
        if (given !== undefined) provenance[attribute] = given;
      }
      return { ...stakeholder, power: value, provenance: { ...provenance, power: "derived" } };
    }),
  };
}
