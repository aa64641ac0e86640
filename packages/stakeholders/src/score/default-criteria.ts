/**
 * The triple aim (Berwick, Nolan & Whittington 2008) and feasibility as criteria, with the impacts that
 * can be derived from the network:
 *
 *   patient-experience  derived from the reduction of communication-gap severity over all handoffs,
 *                       step 0.1 (−10 % severity = +1): patients meet the system where they are handed
 *                       over, and the MS reference group put coherence for the patient first
 *   population-health   derived from the reduction of the mean handoff wait, step 0.1: care and return
 *                       to work sooner (the Midtklyngen report ties long sick leave to weaker attachment
 *                       to work and to inequality in health)
 *   cost-per-capita     entered (+ = lower cost per citizen): the network does not hold costs
 *   feasibility         entered: how easily the organisations can make the change
 *
 * `defaultCriteria` gives every stakeholder the two derivable criteria with equal weights, for a first
 * look without a criteria document. The derivations are documented choices (`derive.ts`), not findings.
 *
 * Reference: Berwick, D. M., Nolan, T. W. & Whittington, J. (2008). The triple aim: care, health, and
 * cost. Health Affairs 27(3), 759–769.
 */
import type { StakeholderDocument } from "../schema/document.js";
import type { Stakeholder } from "../schema/stakeholder.js";
import { CRITERIA_FORMAT, type CriteriaDocument, type Criterion } from "./criteria-document.js";

/** The triple aim and feasibility (see the file comment). */
export const DEFAULT_CRITERIA: readonly Criterion[] = [
  {
    id: "patient-experience",
    label: { en: "Patient experience", da: "Patientoplevet kvalitet" },
    description: "Coherence for the patient across handoffs (triple aim).",
    derive: { measure: "gap-severity-reduction", step: 0.1 },
  },
  {
    id: "population-health",
    label: { en: "Population health", da: "Befolkningens sundhed" },
    description: "Timely care and return to work (triple aim).",
    derive: { measure: "wait-reduction", step: 0.1 },
  },
  {
    id: "cost-per-capita",
    label: { en: "Cost per capita", da: "Omkostninger pr. borger" },
    description: "Lower cost per citizen is positive (triple aim). Entered.",
  },
  {
    id: "feasibility",
    label: { en: "Feasibility", da: "Gennemførlighed" },
    description: "How easily the organisations involved can make the change. Entered.",
  },
];

/**
 * A criteria document for a first look: every stakeholder weighs patient experience and population
 * health equally, both derived from the network; no impacts are entered.
 */
export function defaultCriteria(
  stakeholders: StakeholderDocument | readonly Stakeholder[],
): CriteriaDocument {
  const list = "stakeholders" in stakeholders ? stakeholders.stakeholders : stakeholders;
  const derived = DEFAULT_CRITERIA.filter((c) => c.derive !== undefined);
  return {
    format: CRITERIA_FORMAT,
    name: "Triple aim, derived from the network (default)",
    criteria: derived.map((c) => ({ ...c })),
    stakeholders: list.map((s) => ({
      stakeholder: s.id,
      criteria: Object.fromEntries(derived.map((c) => [c.id, 1])),
    })),
    impacts: [],
    uncertainty: { entered: 1, derived: 0.5 },
  };
}
