/**
 * The shapes every handoff engine (stream, DuckDB) returns, so their outputs can be compared field by
 * field: handoffs per ordered pair, the groups at the mined level, and the mining report.
 */

import type { Problem } from "@tvaers/model";

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

/**
 * One group at the mined level (an actor, or an organisation, sector, cluster or kind) with what the
 * network needs to describe it. `events` counts the accepted events lifted to it (the denominator of
 * bupaR's relative frequencies). `sector` is the one sector its events resolve to, `"(mixed)"` when
 * they resolve to several, `"(unknown)"` when to none; `organisation`, `cluster` and `kind` are set
 * only when its events resolve to exactly one value.
 */
export interface HandoffGroup {
  id: string;
  events: number;
  sector: string;
  organisation?: string;
  cluster?: string;
  kind?: string;
}

/**
 * Everything an engine reports besides the handoffs: the reading (`events`, `cases`, `rejected`,
 * problems) and the mining. `transitions` is Σ over cases of (events − 1), the denominator of pm4py's
 * handover of work; every transition is exactly one of a handoff (`handoffs`, the sum of all counts), a
 * repeat (same group twice in a row) or a pair further apart than `maxGapHours` (`beyondMaxGap`).
 */
export interface MiningReport extends HandoffReport {
  /** The engine that mined the log (`stream`, `duckdb`). */
  engine: string;
  /** How the engine went through the log, e.g. `sorted` (one pass) or `partitioned` (stream engine). */
  strategy: string;
  level: HandoffLevel;
  /** The log's name as shown in problems. */
  file: string;
  format: string;
  /** Empty rows skipped. */
  blank: number;
  /** The first problems found (file, line, field, message); see `problemsNotListed` for the rest. */
  problems: Problem[];
  problemsNotListed: number;
  transitions: number;
  handoffs: number;
  repeats: number;
  beyondMaxGap: number;
  /** Events whose actor had no value at the level (counted in the group `(unknown)`). */
  withoutGroup: number;
  /** Distinct actors of the log not found in the given network (0 without a network). */
  unresolvedActors: number;
}
