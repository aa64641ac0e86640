/**
 * Per-cluster and overall summaries of per-case measures: for every measure, the number of cases where
 * it is defined, its mean, median and 90th percentile (see `summary.ts`).
 *
 * A case counts in the cluster of its first event that names one (see `cases.ts`); cases without a
 * cluster are summarised under `cluster: null`. Clusters are listed by id (code-unit order), `null`
 * last. `overall` covers every case.
 *
 * Aggregated output carries no case ids and no case indices, only counts and statistics. It does not
 * suppress small groups: a cluster with a handful of cases can still point at individuals, so put
 * aggregates through disclosure control before they leave the data owner's environment.
 *
 * Complexity: O(c·k·log c) for c cases and k measures.
 */
import type { CaseKey } from "./cases.js";
import { type MeasureSummary, summarize } from "./summary.js";

/** Summaries of measures `K` over one group of cases. */
export interface MeasureGroup<K extends string> {
  /** Cases in the group. */
  cases: number;
  /** Each measure's summary over the group's cases. */
  measures: Record<K, MeasureSummary>;
}

/** {@link MeasureGroup} of the cases of one cluster (`null`: cases without a cluster). */
export interface ClusterMeasures<K extends string> extends MeasureGroup<K> {
  cluster: string | null;
}

/** Per-case records, their summaries per cluster, and overall. */
export interface CaseMeasures<R extends CaseKey, K extends string> {
  /** One record per case, in order of `index`. */
  cases: R[];
  /** One summary per cluster, by cluster id; cases without a cluster last (`cluster: null`). */
  clusters: ClusterMeasures<K>[];
  /** Summary over all cases. */
  overall: MeasureGroup<K>;
}

function group<R extends CaseKey & Record<K, number>, K extends string>(
  records: readonly R[],
  keys: readonly K[],
): MeasureGroup<K> {
  const measures = {} as Record<K, MeasureSummary>;
  for (const key of keys) measures[key] = summarize(records.map((r) => r[key]));
  return { cases: records.length, measures };
}

/** Summarises the measures `keys` of per-case records per cluster and overall (see the file comment). */
export function aggregateCases<R extends CaseKey & Record<K, number>, K extends string>(
  records: R[],
  keys: readonly K[],
): CaseMeasures<R, K> {
  const byCluster = new Map<string | null, R[]>();
  for (const record of records) {
    const list = byCluster.get(record.cluster);
    if (list === undefined) byCluster.set(record.cluster, [record]);
    else list.push(record);
  }
  const names = [...byCluster.keys()].sort((a, b) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1,
  );
  return {
    cases: records,
    clusters: names.map((cluster) => ({ cluster, ...group(byCluster.get(cluster)!, keys) })),
    overall: group(records, keys),
  };
}
