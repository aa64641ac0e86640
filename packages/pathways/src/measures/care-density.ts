/**
 * Care density (Pollack et al. 2013): how much a patient's providers share patients with each other —
 * an indirect measure of how well the patient's "care team" is used to working together.
 *
 * Patient-sharing network: providers are nodes; two providers are linked by w_jk, the number of
 * patients (cases) in the log who saw both of them at least once (how often does not matter). The
 * patient being measured counts too, so every pair of one patient's providers has w_jk ≥ 1.
 *
 * Care density of patient p, with n_p distinct providers P_p:
 *
 *   CD_p = Σ_{ {j,k} ⊆ P_p } w_jk / (n_p·(n_p − 1)/2),
 *
 * the mean number of shared patients over all pairs of the patient's providers (≥ 1).
 *
 * Worked example (the test's 4 patients): P1 sees A, B, C; P2 sees A, B; P3 sees B, C; P4 sees A.
 * Then w_AB = 2 (P1, P2), w_BC = 2 (P1, P3), w_AC = 1 (P1), so CD_P1 = (2 + 2 + 1)/3 = 5/3,
 * CD_P2 = 2/1 = 2, CD_P3 = 2 and CD_P4 = NaN.
 *
 * Provider-type decomposition: with `providerType` (say, the sector), the sum splits by the unordered
 * pair of types {t, u} of the two providers, s_p,tu, and each part is reported as s_p,tu / C(n_p, 2);
 * the parts add up to CD_p. These are the terms of Engels et al.'s (2024) **fragmented care density**,
 *
 *   FC_p = β₀ + Σ_{t ≤ u} β_tu · s_p,tu / C(n_p, 2),
 *
 * whose weights β come from a logistic regression of an outcome on the parts (Engels et al. fit them
 * per study); {@link fragmentedCareDensity} evaluates FC_p for given weights. A provider's type is read
 * from its first event (in case order, then time order) that has one; providers without a type get
 * `UNASSIGNED`.
 *
 * Edge cases: patients with one provider (or none) have care density `NaN` and add no pair to the
 * network. Providers are actors by default (see `provider` for other levels); events with no provider
 * are left out. The network is built from all cases in the input, and every patient in it is measured.
 *
 * Complexity: O(E log E) for the per-case sort, then O(Σ_p n_p²) time and memory for the pairs
 * (providers are numbered, so up to about 9·10⁷ distinct providers).
 *
 * References: Pollack, C. E., Weissman, G. E., Lemke, K. W., Hussey, P. S. & Weiner, J. P. (2013).
 * Patient sharing among physicians and costs of care: a network analytic approach to care
 * coordination using claims data. Journal of General Internal Medicine 28(3), 459–465.
 * Engels, A., Konnopka, C., Henken, E., Härter, M. & König, H.-H. (2024). A flexible approach to
 * measure care coordination based on patient-sharing networks. BMC Medical Research Methodology 24.
 */
import { UNASSIGNED } from "@tvaers/model";
import { aggregateCases, type CaseMeasures } from "./aggregate.js";
import {
  type CaseKey,
  type CaseOptions,
  caseKey,
  collectCases,
  type EventReader,
  type EventSource,
} from "./cases.js";
import { type ProviderOption, providerReader } from "./provider.js";

/** One part of a patient's care density: the pairs of providers of types `types[0]` and `types[1]`. */
export interface CareDensityPart {
  /** The two provider types, in code-unit order. */
  types: [string, string];
  /** Σ w_jk over the patient's provider pairs of these types. */
  sharedPatients: number;
  /** `sharedPatients / C(n_p, 2)`; the parts add up to `careDensity`. */
  share: number;
}

/** One patient's care density (definitions in the file comment). */
export interface CareDensityRecord extends CaseKey {
  /** n_p, the patient's distinct providers. */
  providers: number;
  /** C(n_p, 2), pairs of the patient's providers. */
  pairs: number;
  /** Σ w_jk over those pairs. */
  sharedPatients: number;
  /** `sharedPatients / pairs`; `NaN` with fewer than two providers. */
  careDensity: number;
  /** The decomposition by provider-type pair, when `providerType` is given. */
  byTypePair?: CareDensityPart[];
}

/** One link of the patient-sharing network. */
export interface SharingTie {
  source: string;
  target: string;
  /** Patients who saw both providers. */
  patients: number;
}

/** The result of {@link careDensity}: per patient, per cluster, overall, and the network itself. */
export interface CareDensity extends CaseMeasures<CareDensityRecord, "providers" | "careDensity"> {
  /**
   * The patient-sharing network (source < target in code-unit order, sorted). Small counts can point
   * at individuals: put it through disclosure control before it leaves the data owner's environment.
   */
  sharing: SharingTie[];
}

/** Options of {@link careDensity}. */
export interface CareDensityOptions extends CaseOptions {
  /** Which provider an event is with (default `"actor"`). */
  provider?: ProviderOption;
  /** Reads a provider's type from its events, to split care density by type pair (e.g. `(e) => e.sector`). */
  providerType?: EventReader;
}

/** Weights of a fragmented care density: β₀ and β_tu for a pair of provider types. */
export interface FragmentedCareDensityWeights {
  intercept: number;
  pair: (typeA: string, typeB: string) => number;
}

function ordered(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

/**
 * Care density of every patient (case) in an event log over its patient-sharing network, with
 * summaries per cluster and overall.
 *
 * @example
 * const { cases } = await careDensity(events, { providerType: (e) => e.sector });
 * cases[0].careDensity; // 1.67: the first patient's providers share 1.67 patients per pair
 */
export async function careDensity(
  events: EventSource,
  options: CareDensityOptions = {},
): Promise<CareDensity> {
  const providerOf = providerReader(options.provider);
  const cases = await collectCases(events);
  const typeOf = new Map<string, string>();
  const seen = cases.map((pathway) => {
    const providers = new Set<string>();
    for (const event of pathway.events) {
      const provider = providerOf(event);
      if (provider === undefined) continue;
      providers.add(provider);
      if (options.providerType !== undefined && !typeOf.has(provider)) {
        const type = options.providerType(event);
        if (type !== undefined) typeOf.set(provider, type);
      }
    }
    return providers;
  });

  // Providers are numbered in code-unit order of their ids, so the pair j < k is keyed j·P + k.
  const ids = [...new Set(seen.flatMap((providers) => [...providers]))].sort();
  const number = new Map(ids.map((id, i) => [id, i] as const));
  const P = ids.length;
  const providerSets = seen.map((providers) =>
    [...providers].map((id) => number.get(id)!).sort((a, b) => a - b),
  );
  const counts = new Map<number, number>();
  for (const providers of providerSets) {
    forEachPair(providers, (j, k) => counts.set(j * P + k, (counts.get(j * P + k) ?? 0) + 1));
  }

  const records = cases.map((pathway, index): CareDensityRecord => {
    const providers = providerSets[index]!;
    const n = providers.length;
    const pairs = (n * (n - 1)) / 2;
    const parts = new Map<string, CareDensityPart>();
    let shared = 0;
    forEachPair(providers, (j, k) => {
      const w = counts.get(j * P + k)!;
      shared += w;
      if (options.providerType === undefined) return;
      const types = ordered(typeOf.get(ids[j]!) ?? UNASSIGNED, typeOf.get(ids[k]!) ?? UNASSIGNED);
      const key = JSON.stringify(types);
      const part = parts.get(key) ?? { types, sharedPatients: 0, share: 0 };
      part.sharedPatients += w;
      parts.set(key, part);
    });
    const record: CareDensityRecord = Object.assign(caseKey(pathway, index, options), {
      providers: n,
      pairs,
      sharedPatients: shared,
      careDensity: n < 2 ? Number.NaN : shared / pairs,
    });
    if (options.providerType !== undefined) {
      record.byTypePair = [...parts.keys()].sort().map((key) => {
        const part = parts.get(key)!;
        part.share = part.sharedPatients / pairs;
        return part;
      });
    }
    return record;
  });

  const sharing = [...counts.keys()]
    .sort((a, b) => a - b)
    .map((key) => ({ source: ids[Math.floor(key / P)]!, target: ids[key % P]!, patients: counts.get(key)! }));
  return { ...aggregateCases(records, ["providers", "careDensity"] as const), sharing };
}

/** Calls `visit(j, k)` for every pair j < k of ascending, distinct provider numbers. */
function forEachPair(sorted: readonly number[], visit: (j: number, k: number) => void): void {
  for (let i = 0; i < sorted.length; i++) {
    for (let l = i + 1; l < sorted.length; l++) visit(sorted[i]!, sorted[l]!);
  }
}

/**
 * Engels et al.'s fragmented care density of one patient, FC_p = β₀ + Σ β_tu · share_tu, from a record
 * of {@link careDensity} run with `providerType`. `NaN` for a patient with fewer than two providers.
 */
export function fragmentedCareDensity(
  record: CareDensityRecord,
  weights: FragmentedCareDensityWeights,
): number {
  if (record.byTypePair === undefined) {
    throw new RangeError("fragmentedCareDensity needs records from careDensity run with a providerType");
  }
  if (record.providers < 2) return Number.NaN;
  let sum = weights.intercept;
  for (const part of record.byTypePair) sum += weights.pair(part.types[0], part.types[1]) * part.share;
  return sum;
}
