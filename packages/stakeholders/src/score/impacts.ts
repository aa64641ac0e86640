/**
 * The impact I_mgc of a model on a criterion as one stakeholder group sees it, and where it came from
 * (step 2 of `score-models.ts`):
 *
 *   entered   from the criteria document: the stakeholder's own entry, else one for every stakeholder;
 *   derived   from `evaluateModel` for a criterion with `derive` (`derive.ts`);
 *   both      when both exist, `combine` decides: "entered" (default), "derived" or "mean";
 *   missing   neither: 0 (neutral).
 *
 * Uncertainty (a half-width, for `rankAcceptability` and `tornado`): an entered impact's own, else the
 * document's default for entered impacts; the default for derived ones; the larger of the two for
 * "mean"; the entered default for a missing impact (nobody said, so it is uncertain).
 */
import type { ModelEvaluation } from "../evaluate/evaluate-model.js";
import type { CriteriaDocument, Criterion, EnteredImpact } from "./criteria-document.js";
import { impactFrom, measureValue } from "./derive.js";

/** Where an impact came from. */
export type ImpactSource = "entered" | "derived" | "both" | "missing";

/** One impact I_mgc and its origin. */
export interface ImpactRecord {
  model: string;
  stakeholder: string;
  criterion: string;
  /** The impact used, −2 … +2. */
  value: number;
  uncertainty: number;
  source: ImpactSource;
  /** The entered value, when there is one. */
  entered?: number;
  /** The derived value and the measure's raw value, when the criterion is derived. */
  derived?: { measure: string; raw: number; value: number };
}

/** The entered impact of (model, criterion, stakeholder): the stakeholder's own, else the shared one. */
function enteredImpact(doc: CriteriaDocument, model: string, criterion: string, stakeholder: string) {
  const matches = (i: EnteredImpact) => i.model === model && i.criterion === criterion;
  return (
    doc.impacts.find((i) => matches(i) && i.stakeholder === stakeholder) ??
    doc.impacts.find((i) => matches(i) && i.stakeholder === undefined)
  );
}

/** The impact of one (model, stakeholder, criterion) and its origin (see the file comment). */
export function resolveImpact(
  doc: CriteriaDocument,
  criterion: Criterion,
  model: string,
  stakeholder: string,
  evaluation: ModelEvaluation | undefined,
  combine: "entered" | "derived" | "mean",
): ImpactRecord {
  const key = { model, stakeholder, criterion: criterion.id };
  const entered = enteredImpact(doc, model, criterion.id, stakeholder);
  let derived: ImpactRecord["derived"];
  if (criterion.derive !== undefined && evaluation !== undefined) {
    const own = evaluation.stakeholders.find((s) => s.stakeholder === stakeholder);
    const raw = measureValue(criterion.derive.measure, evaluation, own);
    derived = { measure: criterion.derive.measure, raw, value: impactFrom(raw, criterion.derive.step) };
  }
  const enteredUncertainty = entered?.uncertainty ?? doc.uncertainty.entered;
  if (entered === undefined && derived === undefined) {
    return { ...key, value: 0, uncertainty: doc.uncertainty.entered, source: "missing" };
  }
  if (derived === undefined)
    return {
      ...key,
      value: entered!.value,
      uncertainty: enteredUncertainty,
      source: "entered",
      entered: entered!.value,
    };
  if (entered === undefined)
    return { ...key, value: derived.value, uncertainty: doc.uncertainty.derived, source: "derived", derived };
  const both = { ...key, source: "both" as const, entered: entered.value, derived };
  if (combine === "entered") return { ...both, value: entered.value, uncertainty: enteredUncertainty };
  if (combine === "derived") return { ...both, value: derived.value, uncertainty: doc.uncertainty.derived };
  return {
    ...both,
    value: (entered.value + derived.value) / 2,
    uncertainty: Math.max(enteredUncertainty, doc.uncertainty.derived),
  };
}
