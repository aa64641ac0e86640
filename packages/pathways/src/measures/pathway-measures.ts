/**
 * Pathway measures: how many hands a patient passes through, across how many sectors, how long it
 * takes, and how often the patient is sent straight back — per case, then per cluster and overall.
 *
 * Definitions, for one case's events e₀ … e_{m−1} sorted by time, then line. A **stay** is a maximal
 * run of consecutive events with the same actor; the case's stays have actors a₀ … a_{r−1}, with
 * a_i ≠ a_{i+1}.
 *
 *   events               m
 *   handoffs             r − 1: every change of actor between consecutive events (as the handoff
 *                        miner counts them)
 *   crossSectorHandoffs  handoffs whose two events (the last of stay i − 1, the first of stay i) both
 *                        have a sector and the sectors differ; a handoff with an unknown sector at
 *                        either end does not count
 *   actors               distinct actors
 *   sectors              distinct known sectors
 *   durationHours        (time(e_{m−1}) − time(e₀)) / 3 600 000
 *   longestWaitHours     the longest handoff wait: max over handoffs of the time from the last event
 *                        of stay i − 1 to the first event of stay i, in hours (the wait the miner
 *                        reports per handoff)
 *   pingPong             #{ i ≥ 2 : a_i = a_{i−2} }: returns A → B → A, where the patient goes back to
 *                        the actor they just left, within three consecutive stays. Overlapping returns
 *                        each count: A → B → A → B has 2 (back to A, then back to B);
 *                        A → B → C → A has 0 (the return takes more than three stays); A → A → B → A
 *                        has 1 (A → A is one stay)
 *
 * Edge cases: a case with one event has 0 handoffs, duration 0 and `longestWaitHours` `NaN` (no
 * handoff to wait for); `NaN` values are left out of the summaries. Sectors come from each event's
 * `sector` unless `sectorOf` reads them elsewhere.
 *
 * Privacy: per-case records are keyed by an opaque index; case ids appear only with `includeCaseIds`
 * (for work inside the data owner's secure environment) and never in the aggregates.
 *
 * Complexity: O(E log E) for E events (the per-case sort); memory O(E).
 */
import type { PathwayEvent } from "../events/event.js";
import { aggregateCases, type CaseMeasures } from "./aggregate.js";
import {
  type CaseKey,
  type CaseOptions,
  caseKey,
  collectCases,
  type EventReader,
  type EventSource,
} from "./cases.js";

const HOUR_MS = 3_600_000;

/** The names of the pathway measures, in output order. */
export const PATHWAY_MEASURES = [
  "events",
  "handoffs",
  "crossSectorHandoffs",
  "actors",
  "sectors",
  "durationHours",
  "longestWaitHours",
  "pingPong",
] as const;

/** A pathway measure's name. */
export type PathwayMeasure = (typeof PATHWAY_MEASURES)[number];

/** The measures of one case (definitions in the file comment). */
export type PathwayValues = Record<PathwayMeasure, number>;

/** One case's key and measures. */
export type PathwayRecord = CaseKey & PathwayValues;

/** Options of {@link pathwayMeasures}. */
export interface PathwayMeasuresOptions extends CaseOptions {
  /** Where an event's sector is read from (default: its `sector` field). */
  sectorOf?: EventReader;
}

/** The result of {@link pathwayMeasures}: per case, per cluster and overall. */
export type PathwayMeasures = CaseMeasures<PathwayRecord, PathwayMeasure>;

/**
 * The measures of one case whose events are sorted by time, then line (see the file comment).
 * `events` must not be empty.
 */
export function measurePathway(
  events: readonly PathwayEvent[],
  sectorOf: EventReader = (event) => event.sector,
): PathwayValues {
  const first = events[0]!;
  const actors = new Set<string>();
  const sectors = new Set<string>();
  const stays: string[] = [];
  let handoffs = 0;
  let crossSectorHandoffs = 0;
  let longestWait = Number.NaN;
  let pingPong = 0;
  let previous: PathwayEvent | undefined;
  for (const event of events) {
    actors.add(event.actor);
    const sector = sectorOf(event);
    if (sector !== undefined) sectors.add(sector);
    if (previous === undefined || previous.actor !== event.actor) {
      if (previous !== undefined) {
        handoffs += 1;
        const from = sectorOf(previous);
        if (from !== undefined && sector !== undefined && from !== sector) crossSectorHandoffs += 1;
        const wait = (event.time - previous.time) / HOUR_MS;
        if (Number.isNaN(longestWait) || wait > longestWait) longestWait = wait;
      }
      if (stays.length >= 2 && stays[stays.length - 2] === event.actor) pingPong += 1;
      stays.push(event.actor);
    }
    previous = event;
  }
  return {
    events: events.length,
    handoffs,
    crossSectorHandoffs,
    actors: actors.size,
    sectors: sectors.size,
    durationHours: (previous!.time - first.time) / HOUR_MS,
    longestWaitHours: longestWait,
    pingPong,
  };
}

/**
 * Pathway measures of every case in an event log, with their mean, median and 90th percentile per
 * cluster and overall. Events may come in any order, from an array or a stream.
 *
 * @example
 * const { overall, clusters } = await pathwayMeasures(events);
 * overall.measures.crossSectorHandoffs.median; // 2
 */
export async function pathwayMeasures(
  events: EventSource,
  options: PathwayMeasuresOptions = {},
): Promise<PathwayMeasures> {
  const cases = await collectCases(events);
  const records = cases.map(
    (pathway, index): PathwayRecord =>
      Object.assign(caseKey(pathway, index, options), measurePathway(pathway.events, options.sectorOf)),
  );
  return aggregateCases(records, PATHWAY_MEASURES);
}
