/**
 * Relative handoff frequencies exactly as pm4py and bupaR compute them, so their users get the same
 * numbers from tvaers. Side by side (n = a pair's `count`):
 *
 * | tvaers                           | pm4py                                                    | bupaR (`resource_map` / `process_map`)     | value                          |
 * | -------------------------------- | -------------------------------------------------------- | ------------------------------------------ | ------------------------------ |
 * | `count`                          | handover-of-work numerator (β = 0)                        | `frequency("absolute")`                    | n                              |
 * | `cases`                          | —                                                        | `frequency("absolute-case")`               | distinct cases with the pair   |
 * | `relativeFrequency(…, "pm4py")`  | `discover_handover_of_work_network(log, beta=0)` value    | —                                          | n / Σ over cases (events − 1)  |
 * | `"bupar-relative"`               | —                                                        | `frequency("relative")` = `"relative-antecedent"` | n / events of `from`     |
 * | `"bupar-relative-consequent"`    | —                                                        | `frequency("relative-consequent")`         | n / events of `to`             |
 * | `"bupar-relative-case"`          | —                                                        | `frequency("relative-case")`               | cases / all cases              |
 *
 * Why these denominators:
 * - pm4py (`algo/organizational_mining/sna/variants/log/handover.py`, β = 0) counts every directly
 *   following pair of resources, self-handovers (A → A) included, and divides each by the number of
 *   such pairs, Σ over cases of (length − 1). tvaers reports A → A as repeats, not handoffs, but keeps
 *   them in the denominator, so each tvaers value equals pm4py's matrix entry for that pair.
 * - bupaR (processmapR `frequency.R`, `create_base_precedence.R`) adds Start and End nodes to every
 *   case and divides an edge's count by the sum of the counts of all edges leaving the same node,
 *   self-loops and the edge to End included: that sum is the number of activity instances of the node,
 *   i.e. the events of `from` (every event has exactly one successor). `relative-consequent` likewise
 *   divides by the edges entering `to` (from Start included): the events of `to`. `relative-case`
 *   divides distinct cases by all cases of the log. bupaR shows these as percentages; tvaers gives
 *   fractions (0–1). The equality holds when each event is its own activity instance in bupaR (an
 *   `activity_instance_id` per row, or an activity log with one row per event).
 *
 * At the organisation, sector, cluster or kind level the same numbers come out of pm4py or bupaR when
 * the lifted column is given to them as the resource. With `maxGapHours`, handoffs beyond the gap leave
 * the numerators but not the denominators (neither tool has such an option), so the values then differ
 * from both tools by design.
 */

import type { Handoff, HandoffGroup, MiningReport } from "./handoff.js";

/** Which relative frequency to compute (see the table at the top of this file). */
export type RelativeVariant =
  | "pm4py"
  | "bupar-relative"
  | "bupar-relative-consequent"
  | "bupar-relative-case";

/** Every relative variant, in the order of the table. */
export const RELATIVE_VARIANTS: readonly RelativeVariant[] = [
  "pm4py",
  "bupar-relative",
  "bupar-relative-consequent",
  "bupar-relative-case",
];

/** The log-wide figures the relative frequencies divide by. */
export interface RelativeTotals {
  /** Σ over cases of (events − 1). */
  transitions: number;
  /** All cases of the log. */
  cases: number;
  /** Events per group id. */
  groupEvents: ReadonlyMap<string, number>;
}

/** The totals of a mined log, from its report and groups. */
export function relativeTotals(
  report: Pick<MiningReport, "transitions" | "cases">,
  groups: readonly HandoffGroup[],
): RelativeTotals {
  return {
    transitions: report.transitions,
    cases: report.cases,
    groupEvents: new Map(groups.map((g) => [g.id, g.events])),
  };
}

function ratio(numerator: number, denominator: number | undefined): number {
  return denominator === undefined || denominator === 0 ? 0 : numerator / denominator;
}

/**
 * The relative frequency of one handoff pair (a fraction, 0–1; 0 when the denominator is 0).
 *
 * @example
 * const totals = relativeTotals(result.report, result.groups);
 * result.handoffs.map((h) => relativeFrequency(h, "pm4py", totals));
 */
export function relativeFrequency(
  handoff: Pick<Handoff, "from" | "to" | "count" | "cases">,
  variant: RelativeVariant,
  totals: RelativeTotals,
): number {
  switch (variant) {
    case "pm4py":
      return ratio(handoff.count, totals.transitions);
    case "bupar-relative":
      return ratio(handoff.count, totals.groupEvents.get(handoff.from));
    case "bupar-relative-consequent":
      return ratio(handoff.count, totals.groupEvents.get(handoff.to));
    case "bupar-relative-case":
      return ratio(handoff.cases, totals.cases);
  }
}
