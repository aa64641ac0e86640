/**
 * Continuity of care per patient (case): how much of a patient's care stays with the same provider.
 *
 * A patient has N visits spread over providers j = 1 … p, n_j visits with provider j (Σ n_j = N).
 *
 *   UPC, Usual Provider of Care (Breslau & Reeb 1975): the share of visits with the provider seen most,
 *     UPC = max_j n_j / N,   from 1/p (visits spread evenly) to 1 (one provider).
 *   COC, Continuity of Care index (Bice & Boxerman 1977): how concentrated visits are over providers,
 *     COC = (Σ_j n_j² − N) / (N·(N − 1)),   from 0 (every visit with a different provider) to 1.
 *
 * Example: visits A, A, B, C give N = 4, n = (2, 1, 1): UPC = 2/4 = 0.5 and
 * COC = (4 + 1 + 1 − 4) / (4·3) = 1/6.
 *
 * Visits: by default every event is a visit with its actor. `provider` counts visits at another level
 * (organisation, sector, cluster, or any reader; events with no provider are left out), and
 * `visits: "stays"` counts a run of consecutive events with the same provider as one visit (a hospital
 * stay logged as admission, treatment and discharge is then one visit, not three).
 *
 * Edge cases: N = 0 (no event with a provider) gives UPC and COC `NaN`; N = 1 gives UPC 1 and COC `NaN`
 * (the index is not defined for one visit). Studies usually keep only patients with at least 2–4
 * visits; filter on `visits` to do the same.
 *
 * Complexity: O(E log E) for E events (the per-case sort), then O(E) for the counts.
 *
 * References: Breslau, N. & Reeb, K. G. (1975). Continuity of care in a university-based practice.
 * Journal of Medical Education 50(10), 965–969. Bice, T. W. & Boxerman, S. B. (1977). A quantitative
 * measure of continuity of care. Medical Care 15(4), 347–349. Review: Jee, S. H. & Cabana, M. D. (2006).
 * Indices for continuity of care: a systematic review of the literature. Medical Care Research and
 * Review 63(2), 158–188.
 */
import type { PathwayEvent } from "../events/event.js";
import { aggregateCases, type CaseMeasures } from "./aggregate.js";
import { type CaseKey, type CaseOptions, caseKey, collectCases, type EventSource } from "./cases.js";
import { type ProviderOption, providerReader } from "./provider.js";

/** Usual Provider of Care: max_j n_j / N over visit counts per provider (`NaN` when N = 0). */
export function usualProviderOfCare(visits: readonly number[]): number {
  let total = 0;
  let most = 0;
  for (const n of visits) {
    total += n;
    if (n > most) most = n;
  }
  return total === 0 ? Number.NaN : most / total;
}

/** Bice–Boxerman Continuity of Care index: (Σ n_j² − N) / (N(N − 1)) (`NaN` when N ≤ 1). */
export function continuityOfCareIndex(visits: readonly number[]): number {
  let total = 0;
  let squares = 0;
  for (const n of visits) {
    total += n;
    squares += n * n;
  }
  return total <= 1 ? Number.NaN : (squares - total) / (total * (total - 1));
}

/** The names of the continuity measures, in output order. */
export const CONTINUITY_MEASURES = ["visits", "providers", "upc", "coc"] as const;

/** A continuity measure's name. */
export type ContinuityMeasure = (typeof CONTINUITY_MEASURES)[number];

/** One case's key, its visits (N), distinct providers (p), UPC and COC. */
export type ContinuityRecord = CaseKey & Record<ContinuityMeasure, number>;

/** Options of {@link continuityOfCare}. */
export interface ContinuityOptions extends CaseOptions {
  /** Which provider a visit is with (default `"actor"`). */
  provider?: ProviderOption;
  /** What counts as a visit: every event (default), or every run of events with the same provider. */
  visits?: "events" | "stays";
}

/** The result of {@link continuityOfCare}: per case, per cluster and overall. */
export type ContinuityOfCare = CaseMeasures<ContinuityRecord, ContinuityMeasure>;

/** Visits per provider of one case's sorted events, in order of first visit. */
export function visitCounts(
  events: readonly PathwayEvent[],
  options: Pick<ContinuityOptions, "provider" | "visits"> = {},
): Map<string, number> {
  const providerOf = providerReader(options.provider);
  const stays = options.visits === "stays";
  if (options.visits !== undefined && !stays && options.visits !== "events") {
    throw new RangeError(`visits must be "events" or "stays", got ${String(options.visits)}`);
  }
  const counts = new Map<string, number>();
  let last: string | undefined;
  for (const event of events) {
    const provider = providerOf(event);
    if (provider === undefined) continue;
    if (!stays || provider !== last) counts.set(provider, (counts.get(provider) ?? 0) + 1);
    last = provider;
  }
  return counts;
}

/**
 * UPC and COC of every case in an event log, with their summaries per cluster and overall.
 *
 * @example
 * const { cases } = await continuityOfCare(events, { provider: "organisation" });
 * cases[0].upc; // 0.5: half of the first patient's visits were with one organisation
 */
export async function continuityOfCare(
  events: EventSource,
  options: ContinuityOptions = {},
): Promise<ContinuityOfCare> {
  const cases = await collectCases(events);
  const records = cases.map((pathway, index): ContinuityRecord => {
    const counts = [...visitCounts(pathway.events, options).values()];
    return Object.assign(caseKey(pathway, index, options), {
      visits: counts.reduce((a, b) => a + b, 0),
      providers: counts.length,
      upc: usualProviderOfCare(counts),
      coc: continuityOfCareIndex(counts),
    });
  });
  return aggregateCases(records, CONTINUITY_MEASURES);
}
