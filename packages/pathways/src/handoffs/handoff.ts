/** The level handoffs are counted at: actors, or actors lifted to their organisation, sector, cluster or kind. */
export type HandoffLevel = "actor" | "organisation" | "sector" | "cluster" | "kind";

/** Waiting time between the two events of a handoff, in hours. Quantiles are linear interpolation (type 7, as pandas and DuckDB `quantile_cont`). */
export interface WaitSummary {
  median: number;
  p90: number;
  mean: number;
}

/**
 * All handoffs from one actor (or group) to another: `count` is every occurrence, `cases` the distinct
 * cases in which it occurred. `crossSector` is null when a sector is unknown for either end.
 */
export interface Handoff {
  from: string;
  to: string;
  count: number;
  cases: number;
  waitHours: WaitSummary;
  crossSector: boolean | null;
}

/** What reading a log found: events read, distinct cases, rows rejected (each listed in `problems`). */
export interface HandoffReport {
  events: number;
  cases: number;
  rejected: number;
}
