/**
 * Synthetic event logs that walk a network's handoff ties: seeded, streaming (constant memory, so 10⁸
 * events are as easy as 10³), with plausible case lengths and waits. Used by tests, benchmarks, the
 * example logs in `data/logs/` and the notebooks.
 *
 * Each case starts at an entry actor (see {@link buildWalkPlan}) at a random whole minute within
 * `spanDays` of `start`. Its length is geometric with mean `meanEvents` (at least one event). Each
 * further event is a follow-up visit at the same actor with probability `followUpProbability` (always,
 * when the actor has no handoff out), else a handoff along one of the actor's handoff ties drawn ∝ its
 * weight. Waits are log-normal: a handoff's median is the tie's wait ({@link medianWaitHours}), a
 * follow-up's is `followUpHoursMedian`; `waitSpread` is the log-normal's σ (1 means a p90 of 3.6 times
 * the median). Waits are rounded to whole minutes, so a median of 0 gives events at the same minute.
 * Cases are written one after the other, each in time order.
 */

import type { Random } from "@tvaers/analysis";
import { mulberry32 } from "@tvaers/analysis";
import type { NetworkDocument } from "@tvaers/model";
import type { PathwayEvent } from "../events/event.js";
import { buildWalkPlan, pick } from "./walk-plan.js";

/** How much to generate and how; give `events` or `cases`. */
export interface GenerateLogOptions {
  /** Exactly this many events (the last case is cut short to fit). */
  events?: number;
  /** Exactly this many cases. */
  cases?: number;
  /** Seed of the pseudo-random numbers: the same seed, network and options give the same log. Default 1. */
  seed?: number;
  /** When the first case may start: an ISO 8601 string, epoch milliseconds or a Date. Default 2024-01-01 00:00 Copenhagen time. */
  start?: string | number | Date;
  /** Cases start uniformly within this many days after `start`. Default 365. */
  spanDays?: number;
  /** Mean number of events per case (geometric, at least 1). Default 8. */
  meanEvents?: number;
  /** Probability that an event is a follow-up at the same actor rather than a handoff. Default 0.25. */
  followUpProbability?: number;
  /** Median wait before a follow-up visit, in hours. Default 72. */
  followUpHoursMedian?: number;
  /** σ of the log-normal waits (on the natural-log scale). Default 0.8. */
  waitSpread?: number;
}

/** The activity of a generated event: how the case came to this actor. */
export const GENERATED_ACTIVITIES = {
  first: "first contact",
  handoff: "handed over",
  followUp: "follow-up",
} as const;

const MINUTE = 60_000;
const DEFAULT_START = "2024-01-01T00:00:00+01:00";

/** Checked options with defaults filled in. */
interface Settings {
  events: number;
  cases: number;
  start: number;
  spanMinutes: number;
  continueProbability: number;
  followUpProbability: number;
  followUpHoursMedian: number;
  waitSpread: number;
}

/**
 * Generates an event log by walking `network`'s handoff ties. Returns an iterable that makes events as
 * it is read (never the whole log in memory); reading it twice gives the same events. Each event's
 * `line` is its line in the CSV the generator writes (header on line 1).
 *
 * @example
 * for (const e of generateEventLog(doc, { events: 1000, seed: 7 })) console.log(e.caseId, e.actor);
 */
export function generateEventLog(
  network: NetworkDocument,
  options: GenerateLogOptions,
): Iterable<PathwayEvent> {
  const settings = settle(options);
  const plan = buildWalkPlan(network);
  const seed = options.seed ?? 1;
  return {
    *[Symbol.iterator]() {
      const random = mulberry32(seed);
      const { actors, offsets, cumulative, targets, medianHours, entries, entryCumulative } = plan;
      const entryTotal = entryCumulative[entryCumulative.length - 1]!;
      let line = 2;
      for (let c = 1; c <= settings.cases && line - 2 < settings.events; c++) {
        const caseId = `C${c}`;
        let actor = entries[pick(entryCumulative, 0, entries.length, random() * entryTotal)]!;
        let time = settings.start + Math.floor(random() * settings.spanMinutes) * MINUTE;
        let activity: string = GENERATED_ACTIVITIES.first;
        for (;;) {
          yield event(caseId, time, actors[actor]!, activity, line++);
          if (line - 2 >= settings.events || random() >= settings.continueProbability) break;
          const from = offsets[actor]!;
          const to = offsets[actor + 1]!;
          if (from === to || random() < settings.followUpProbability) {
            time += wait(random, settings.followUpHoursMedian, settings.waitSpread);
            activity = GENERATED_ACTIVITIES.followUp;
          } else {
            const k = pick(cumulative, from, to, random() * cumulative[to - 1]!);
            time += wait(random, medianHours[k]!, settings.waitSpread);
            actor = targets[k]!;
            activity = GENERATED_ACTIVITIES.handoff;
          }
        }
      }
    },
  };
}

/** One generated event, with the actor's sector, organisation and cluster. */
function event(
  caseId: string,
  time: number,
  actor: NetworkDocument["actors"][number],
  activity: string,
  line: number,
): PathwayEvent {
  const e: PathwayEvent = { caseId, time, actor: actor.id, activity, sector: actor.sector, line };
  if (actor.organisation !== undefined) e.organisation = actor.organisation;
  if (actor.cluster !== undefined) e.cluster = actor.cluster;
  return e;
}

/** A log-normal wait with the given median (hours) and σ, in milliseconds rounded to whole minutes. */
function wait(random: Random, medianHours: number, spread: number): number {
  if (medianHours <= 0) return 0;
  const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.round(medianHours * 60 * Math.exp(spread * z)) * MINUTE;
}

/** Checks the options and fills in defaults; throws a RangeError naming the first bad one. */
function settle(options: GenerateLogOptions): Settings {
  const { events, cases } = options;
  if ((events === undefined) === (cases === undefined)) throw new RangeError("give either events or cases");
  const count = (name: string, value: number | undefined) => {
    if (value !== undefined && !(Number.isSafeInteger(value) && value >= 1))
      throw new RangeError(`${name} must be a whole number of at least 1, got ${String(value)}`);
    return value ?? Number.MAX_SAFE_INTEGER;
  };
  const number = (name: string, value: number | undefined, fallback: number, ok: (v: number) => boolean) => {
    const v = value ?? fallback;
    if (!Number.isFinite(v) || !ok(v)) throw new RangeError(`${name} is out of range: ${String(value)}`);
    return v;
  };
  const start = new Date(options.start ?? DEFAULT_START).getTime();
  if (!Number.isFinite(start)) throw new RangeError(`start is not a date: ${String(options.start)}`);
  const meanEvents = number("meanEvents", options.meanEvents, 8, (v) => v >= 1);
  return {
    events: count("events", events),
    cases: count("cases", cases),
    start: Math.floor(start / MINUTE) * MINUTE,
    spanMinutes: Math.max(1, Math.round(number("spanDays", options.spanDays, 365, (v) => v > 0) * 1440)),
    continueProbability: 1 - 1 / meanEvents,
    followUpProbability: number(
      "followUpProbability",
      options.followUpProbability,
      0.25,
      (v) => v >= 0 && v <= 1,
    ),
    followUpHoursMedian: number("followUpHoursMedian", options.followUpHoursMedian, 72, (v) => v >= 0),
    waitSpread: number("waitSpread", options.waitSpread, 0.8, (v) => v >= 0),
  };
}
