/**
 * One event's fields as text, checked and turned into a {@link PathwayEvent}: the case id and actor
 * must not be empty and the timestamp must be a date (see `time/parse-timestamp.ts`). Every problem
 * of a row is reported (file, line, the field's name as the file has it, a plain message); a row with
 * any problem is rejected as a whole. Values are trimmed; empty optional fields are left out. Messages
 * never quote the case id.
 */

import { describeTimestampProblem, parseTimestamp } from "../time/parse-timestamp.js";
import type { ColumnMapping, PathwayEvent } from "./event.js";
import type { ProblemList } from "./report.js";

/** An event's fields as read, before checking; `undefined` when the field is absent. */
export interface RawEvent {
  caseId: string | undefined;
  timestamp: string | undefined;
  actor: string | undefined;
  activity: string | undefined;
  sector: string | undefined;
  organisation: string | undefined;
  cluster: string | undefined;
}

/** An empty {@link RawEvent}, to be filled field by field. */
export function blankRawEvent(): RawEvent {
  return {
    caseId: undefined,
    timestamp: undefined,
    actor: undefined,
    activity: undefined,
    sector: undefined,
    organisation: undefined,
    cluster: undefined,
  };
}

function optional(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/**
 * Checks a raw event read at `line`; returns the event, or `undefined` after adding one problem per
 * bad field to `problems`. `names` gives each field's name in the file, for messages.
 */
export function checkRawEvent(
  raw: RawEvent,
  line: number,
  names: ColumnMapping,
  problems: ProblemList,
): PathwayEvent | undefined {
  const caseId = optional(raw.caseId);
  const actor = optional(raw.actor);
  const stamp = raw.timestamp ?? "";
  const time = parseTimestamp(stamp);
  let ok = true;
  if (caseId === undefined) {
    problems.add(line, names.caseId, `${names.caseId} (the case id) is empty`);
    ok = false;
  }
  if (Number.isNaN(time)) {
    problems.add(line, names.timestamp, `${names.timestamp} ${describeTimestampProblem(stamp)}`);
    ok = false;
  }
  if (actor === undefined) {
    problems.add(line, names.actor, `${names.actor} (the actor) is empty`);
    ok = false;
  }
  if (!ok) return undefined;
  const event: PathwayEvent = { caseId: caseId!, time, actor: actor!, line };
  const activity = optional(raw.activity);
  if (activity !== undefined) event.activity = activity;
  const sector = optional(raw.sector);
  if (sector !== undefined) event.sector = sector;
  const organisation = optional(raw.organisation);
  if (organisation !== undefined) event.organisation = organisation;
  const cluster = optional(raw.cluster);
  if (cluster !== undefined) event.cluster = cluster;
  return event;
}
