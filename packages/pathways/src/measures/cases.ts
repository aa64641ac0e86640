/**
 * Cases of a patient event log, as the pathway measures read them.
 *
 * Grouping: events are grouped by `caseId` (a case is one patient's pathway; the measures call it the
 * patient). The input may come in any order; cases are numbered 0, 1, 2, … in the order their first
 * event appears, and that number — the case's **index** — is the only key a result carries unless
 * `includeCaseIds` is set. Within a case, events are sorted by `time`, then by `line` (file order), so
 * equal times keep the order of the source.
 *
 * Cluster of a case: the cluster of the case's earliest event that has one (the cluster where the
 * pathway starts); `null` when no event of the case names a cluster. By default an event's cluster is
 * its `cluster` field; `clusterOf` can read it elsewhere (e.g. from the actor's cluster in a network).
 *
 * Edge cases: an event whose `time` is not a finite number is a {@link TvaersInputError} (every such
 * event is listed with its line).
 *
 * Complexity: O(E log E) time for E events; memory O(E), since a case can only be measured when all of
 * its events have been read.
 */
import type { Problem } from "@tvaers/model";
import { TvaersInputError } from "@tvaers/model";
import type { PathwayEvent } from "../events/event.js";

/** Events as the measures take them: any iterable, synchronous (an array) or asynchronous (a stream). */
export type EventSource = Iterable<PathwayEvent> | AsyncIterable<PathwayEvent>;

/** Reads one value of an event, such as its sector or cluster; `undefined` when it has none. */
export type EventReader = (event: PathwayEvent) => string | undefined;

/** One case: its id and its events sorted by time, then line. */
export interface PathwayCase {
  caseId: string;
  events: PathwayEvent[];
}

/** Options every per-case measure understands. */
export interface CaseOptions {
  /**
   * Put each case's `caseId` into the per-case output. Case ids identify patients: use this only
   * inside the data owner's secure environment, never for output that leaves it. Default `false`:
   * cases are keyed by their opaque `index`. Aggregated output never carries case ids.
   */
  includeCaseIds?: boolean;
  /** Where an event's cluster is read from (default: its `cluster` field). */
  clusterOf?: EventReader;
}

/** What every per-case record starts with: the case's opaque index, its cluster, and (opt-in) its id. */
export interface CaseKey {
  /** 0-based position of the case's first event in the input: an opaque key. */
  index: number;
  /** The cluster of the case (see the file comment), `null` when unknown. */
  cluster: string | null;
  /** Present only with `includeCaseIds: true`. */
  caseId?: string;
}

function isAsync(events: EventSource): events is AsyncIterable<PathwayEvent> {
  return typeof (events as AsyncIterable<PathwayEvent>)[Symbol.asyncIterator] === "function";
}

/** Groups events into cases (in order of first appearance), each sorted by time, then line. */
export async function collectCases(events: EventSource): Promise<PathwayCase[]> {
  const cases = new Map<string, PathwayEvent[]>();
  const problems: Problem[] = [];
  const add = (event: PathwayEvent) => {
    if (!Number.isFinite(event.time)) {
      problems.push({ line: event.line, field: "time", message: "the event's time is not a valid time" });
      return;
    }
    const list = cases.get(event.caseId);
    if (list === undefined) cases.set(event.caseId, [event]);
    else list.push(event);
  };
  if (isAsync(events)) for await (const event of events) add(event);
  else for (const event of events) add(event);
  if (problems.length > 0) throw new TvaersInputError(problems);
  const out: PathwayCase[] = [];
  for (const [caseId, list] of cases) {
    list.sort((a, b) => a.time - b.time || a.line - b.line);
    out.push({ caseId, events: list });
  }
  return out;
}

/** The default cluster reader: the event's `cluster` field. */
export const eventCluster: EventReader = (event) => event.cluster;

/** The key of case `index` per the options: its index, its cluster and, when asked for, its id. */
export function caseKey(pathway: PathwayCase, index: number, options: CaseOptions): CaseKey {
  const clusterOf = options.clusterOf ?? eventCluster;
  let cluster: string | null = null;
  for (const event of pathway.events) {
    const value = clusterOf(event);
    if (value !== undefined) {
      cluster = value;
      break;
    }
  }
  return options.includeCaseIds === true ? { index, cluster, caseId: pathway.caseId } : { index, cluster };
}
