/**
 * Impacts derived from what a model does to the network (`evaluateModel`), for the criteria a planner
 * chooses to derive rather than enter. Each derivation names a measure and a step:
 *
 *   impact = clamp(measure / step, −2, 2),
 *
 * so with step 0.1 a 10 % reduction is +1 and 20 % or more is +2; a negative step reverses the
 * direction (more new ties to keep up as a cost: step −10 makes every 10 new ties −1). A measure that
 * cannot be computed (no handoffs, no waits: a relative change of nothing) gives 0, no impact.
 *
 * Measures (relative reductions are (before − after) / before, from `Comparison.relative`):
 *
 *   gap-severity-reduction        relative reduction of communication-gap severity over all handoffs
 *   cross-sector-gap-reduction    the same over handoffs between sectors
 *   wait-reduction                relative reduction of the volume-weighted mean handoff wait
 *   ei-change                     change of the E-I index of the working relations (after − before)
 *   broker-dependence-reduction   reduction of the largest between-sector path share of one actor
 *   own-gap-reduction             relative gap-severity reduction on the stakeholder's own handoffs
 *   own-wait-reduction            relative wait reduction on the stakeholder's own handoffs
 *   own-new-ties                  ties added to the stakeholder's actors (a count)
 *
 * The `own-` measures need the stakeholder's linked actors; for a stakeholder without any they are 0.
 * These mappings are choices, not findings: each is documented, and a criteria document can replace
 * the step or the measure, or enter the impact by hand instead.
 */
import type { ModelEvaluation } from "../evaluate/evaluate-model.js";
import type { StakeholderImpact } from "../evaluate/stakeholder-impact.js";

/** The measures a criterion's impact can be derived from (see the file comment). */
export const DERIVED_MEASURES = [
  "gap-severity-reduction",
  "cross-sector-gap-reduction",
  "wait-reduction",
  "ei-change",
  "broker-dependence-reduction",
  "own-gap-reduction",
  "own-wait-reduction",
  "own-new-ties",
] as const;

/** One of {@link DERIVED_MEASURES}. */
export type DerivedMeasure = (typeof DERIVED_MEASURES)[number];

/** How a criterion's impact is derived: a measure and the step that makes one unit of impact. */
export interface Derivation {
  measure: DerivedMeasure;
  step: number;
}

const reduction = (relative: number | null) => (relative === null ? 0 : 0 - relative);

/** The raw value of a measure for a model's evaluation and (for `own-` measures) one stakeholder. */
export function measureValue(
  measure: DerivedMeasure,
  evaluation: ModelEvaluation,
  impact: StakeholderImpact | undefined,
): number {
  switch (measure) {
    case "gap-severity-reduction":
      return reduction(evaluation.gaps.severity.relative);
    case "cross-sector-gap-reduction":
      return reduction(evaluation.gaps.crossSectorSeverity.relative);
    case "wait-reduction":
      return reduction(evaluation.meanWaitHours.relative);
    case "ei-change":
      return evaluation.eiIndex.change;
    case "broker-dependence-reduction":
      return 0 - evaluation.brokerDependence.change;
    case "own-gap-reduction":
      return reduction(impact?.gaps.severity.relative ?? null);
    case "own-wait-reduction":
      return reduction(impact?.meanWaitHours.relative ?? null);
    case "own-new-ties":
      return impact?.tiesAdded ?? 0;
  }
}

/** An impact on the −2…+2 scale from a measure's raw value: clamp(raw / step, −2, 2); 0 when not a number. */
export function impactFrom(raw: number, step: number): number {
  const value = raw / step;
  return Number.isFinite(value) ? Math.min(2, Math.max(-2, value)) : 0;
}
