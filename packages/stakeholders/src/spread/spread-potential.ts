/**
 * Spread potential: where else a collaboration model would close communication gaps, and by how much —
 * the transferability the sources ask for (Midtklyngen's report was to document "spredningspotentiale";
 * the MS project wanted models other municipalities can use). The model is applied to each network on
 * its own (`applyModel`), and its gaps before and after are compared (`gap-changes.ts`):
 *
 *   severity        gap severity over all handoff pairs before, after, the reduction (before − after)
 *                   and the reduction as a share of before (`null` without handoffs)
 *   crossSector     the same over handoffs between sectors
 *   gaps            flagged gaps before and after; gaps closed and opened
 *   changes         how many changes the model made there (0: none of its kinds are in that network)
 *
 * Networks are ranked by severity reduction, then by its share, then by name (code-unit order). Each
 * network is named by its document's `name`, or by the name given with it.
 *
 * Complexity: per network, that of `applyModel` and `communicationGaps` twice.
 */
import type { Label, NetworkDocument } from "@tvaers/model";
import { type CommunicationGapsOptions, communicationGaps } from "@tvaers/pathways";
import type { Comparison } from "../evaluate/compare.js";
import { compareGaps } from "../evaluate/gap-changes.js";
import { applyModel } from "../models/apply-model.js";
import type { ModelDocument } from "../models/document.js";

/** A network to spread a model to: a document, or a document with the name to report it under. */
export type SpreadTarget = NetworkDocument | { name: string; network: NetworkDocument };

/** Options of {@link spreadPotential}. */
export interface SpreadPotentialOptions {
  /** Options of `communicationGaps`. */
  gaps?: CommunicationGapsOptions;
}

/** What a model does to one network's gaps. */
export interface SpreadRow {
  network: string;
  /** Severity; `reduction` = before − after, `share` = reduction / before (`null` when before is 0). */
  severity: Comparison & { reduction: number; share: number | null };
  crossSector: Comparison & { reduction: number; share: number | null };
  gaps: { before: number; after: number; closed: number; opened: number };
  /** Changes that added, upgraded, scaled or removed something. */
  changes: number;
}

/** The result of {@link spreadPotential}. */
export interface SpreadPotential {
  model: string;
  label: Label;
  /** Ranked by severity reduction, its share, then name. */
  networks: SpreadRow[];
}

const CHANGING = new Set(["add-actor", "add-tie", "upgrade-tie", "scale-wait", "remove-actor"]);
const withReduction = (c: Comparison) => ({
  ...c,
  reduction: c.before - c.after,
  share: c.relative === null ? null : 0 - c.relative,
});

/**
 * Applies a model to every network given and reports, network by network, how much gap severity it
 * removes and how many gaps it closes, ranked (see the file comment).
 *
 * @example
 * spreadPotential(model, networks).networks[0]; // { network: "Midtklyngen", severity: { reduction: 49.5, … }, … }
 */
export function spreadPotential(
  model: ModelDocument,
  networks: readonly SpreadTarget[],
  options: SpreadPotentialOptions = {},
): SpreadPotential {
  const rows = networks.map((target): SpreadRow => {
    const [name, network] = "network" in target ? [target.name, target.network] : [target.name, target];
    const applied = applyModel(network, model);
    const gaps = compareGaps(
      communicationGaps(network, options.gaps).gaps,
      communicationGaps(applied.network, options.gaps).gaps,
    );
    return {
      network: name,
      severity: withReduction(gaps.severity),
      crossSector: withReduction(gaps.crossSectorSeverity),
      gaps: {
        before: gaps.flagged.before,
        after: gaps.flagged.after,
        closed: gaps.closed.length,
        opened: gaps.opened.length,
      },
      changes: applied.changes.filter((c) => CHANGING.has(c.action)).length,
    };
  });
  rows.sort(
    (a, b) =>
      b.severity.reduction - a.severity.reduction ||
      (b.severity.share ?? 0) - (a.severity.share ?? 0) ||
      (a.network === b.network ? 0 : a.network < b.network ? -1 : 1),
  );
  return { model: model.id, label: model.label, networks: rows };
}
