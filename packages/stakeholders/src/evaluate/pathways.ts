/**
 * Pathway measures before and after a collaboration model, when an event log is given.
 *
 * An event log records what patients did, so "after" is a projection: each case's handoffs (a change of
 * actor between consecutive events) whose pair had its wait scaled by the model (`scale-wait` changes;
 * both ways for an undirected handoff tie) take factor × their observed wait, and every later event of
 * the case moves by the difference. Nothing else in the log changes: other rules change channels, not
 * what patients did, and a removed actor's events stay (the log cannot say where those patients would
 * go). With several rules on one pair the factors multiply.
 *
 * Measures are those of `measurePathway` in @tvaers/pathways (handoffs, sectors, duration, longest
 * wait, ping-pong, …), summarised over cases (n, mean, median, 90th percentile) before and after; only
 * the time measures can differ.
 *
 * Complexity: O(E log E) for E events.
 */
import type { NetworkDocument } from "@tvaers/model";
import {
  type MeasureSummary,
  measurePathway,
  PATHWAY_MEASURES,
  type PathwayEvent,
  type PathwayMeasure,
  summarize,
} from "@tvaers/pathways";
import type { Change } from "../models/change.js";

/** Pathway measures before and after a model. */
export interface PathwayComparison {
  /** Cases in the log. */
  cases: number;
  /** Handoffs in the log whose wait the model scaled. */
  handoffsScaled: number;
  /** Each measure summarised over the cases, before and after. */
  measures: Record<PathwayMeasure, { before: MeasureSummary; after: MeasureSummary }>;
}

const pair = (from: string, to: string) => `${from}\u0000${to}`;

/** The wait factor of each ordered actor pair, from the model's `scale-wait` changes. */
function waitFactors(changes: readonly Change[], network: NetworkDocument): Map<string, number> {
  const undirected = new Set(network.ties.filter((t) => t.id !== undefined && !t.directed).map((t) => t.id));
  const perRule = new Map<string, number>();
  for (const change of changes) {
    if (change.action !== "scale-wait" || change.factor === undefined) continue;
    const [from, to] = change.actors as [string, string];
    const ways = undirected.has(change.subject) ? [pair(from, to), pair(to, from)] : [pair(from, to)];
    for (const way of ways) perRule.set(`${change.rule}\u0000${way}`, change.factor);
  }
  const factors = new Map<string, number>();
  for (const [key, factor] of perRule) {
    const way = key.slice(key.indexOf("\u0000") + 1);
    factors.set(way, (factors.get(way) ?? 1) * factor);
  }
  return factors;
}

/** One case's events with scaled handoff waits; counts the handoffs scaled. */
function project(events: readonly PathwayEvent[], factors: Map<string, number>, count: { scaled: number }) {
  let shift = 0;
  return events.map((event, i) => {
    const previous = events[i - 1];
    if (previous !== undefined && previous.actor !== event.actor) {
      const factor = factors.get(pair(previous.actor, event.actor));
      if (factor !== undefined) {
        shift += (factor - 1) * (event.time - previous.time);
        count.scaled += 1;
      }
    }
    return shift === 0 ? event : { ...event, time: event.time + shift };
  });
}

/**
 * Pathway measures of an event log before and after a model's wait changes (see the file comment).
 * `network` is the network the model was applied to; `changes` its change log.
 */
export function comparePathways(
  log: readonly PathwayEvent[],
  network: NetworkDocument,
  changes: readonly Change[],
): PathwayComparison {
  const cases = new Map<string, PathwayEvent[]>();
  for (const event of log) {
    const list = cases.get(event.caseId);
    if (list === undefined) cases.set(event.caseId, [event]);
    else list.push(event);
  }
  const factors = waitFactors(changes, network);
  const count = { scaled: 0 };
  const before: ReturnType<typeof measurePathway>[] = [];
  const after: ReturnType<typeof measurePathway>[] = [];
  for (const events of cases.values()) {
    events.sort((a, b) => a.time - b.time || a.line - b.line);
    before.push(measurePathway(events));
    after.push(measurePathway(factors.size === 0 ? events : project(events, factors, count)));
  }
  const measures = {} as PathwayComparison["measures"];
  for (const measure of PATHWAY_MEASURES) {
    measures[measure] = {
      before: summarize(before.map((m) => m[measure])),
      after: summarize(after.map((m) => m[measure])),
    };
  }
  return { cases: cases.size, handoffsScaled: count.scaled, measures };
}
