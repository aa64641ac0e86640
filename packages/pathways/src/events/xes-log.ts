/**
 * Reads an XES event log (IEEE 1849-2016) as a stream with saxes, never holding more than one trace:
 * a `<trace>`'s `concept:name` is the case id; an `<event>`'s `concept:name` is the activity,
 * `time:timestamp` the time, `org:resource` the actor, `org:group` the organisation, and `sector` and
 * `cluster` (plain keys) the sector and cluster. Any of these keys can be renamed with the column
 * mapping. Case attributes (`sector`, `org:group`, `cluster` on the trace) apply to the trace's events
 * that do not carry their own. Only attributes directly inside `<trace>` or `<event>` count (nested
 * list and container values are skipped); `<global>` defaults are not applied.
 *
 * A DOCTYPE is skipped and never read: entities it declares stay undefined, so `&xxe;` is an error and
 * no external entity is ever resolved. Malformed XML stops reading with the line where it broke.
 */

import { TvaersInputError } from "@tvaers/model";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { ColumnMapping, PathwayEvent } from "./event.js";
import { blankRawEvent, checkRawEvent, type RawEvent } from "./raw-event.js";
import type { ProblemList, ReadReport } from "./report.js";

/** The XES keys of each event field. */
export const XES_KEYS: ColumnMapping = {
  caseId: "concept:name",
  timestamp: "time:timestamp",
  actor: "org:resource",
  activity: "concept:name",
  sector: "sector",
  organisation: "org:group",
  cluster: "cluster",
};

/** What the XES reader needs to know. */
export interface XesReadContext {
  report: ReadReport;
  problems: ProblemList;
  columns: Partial<ColumnMapping> | undefined;
}

const VALUE_ELEMENTS = new Set(["string", "date", "int", "float", "boolean", "id"]);

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

interface PendingEvent {
  raw: RawEvent;
  line: number;
  ordinal: number;
}

/** Yields the events of an XES log in batches (one batch per chunk of text). */
export async function* readXesLog(
  texts: AsyncIterable<string>,
  ctx: XesReadContext,
): AsyncGenerator<PathwayEvent[]> {
  const { report, problems } = ctx;
  const keys: ColumnMapping = { ...XES_KEYS, ...ctx.columns };
  const parser = new SaxesParser({ position: true, xmlns: false });
  const path: string[] = [];
  let batch: PathwayEvent[] = [];
  let ordinal = 0;
  let sawRoot = false;
  let trace: { line: number; attrs: RawEvent; events: PendingEvent[] } | undefined;
  let event: PendingEvent | undefined;

  const closeTrace = () => {
    if (trace === undefined) return;
    const caseId = trace.attrs.caseId?.trim();
    if (caseId === undefined || caseId === "") {
      if (trace.events.length > 0) {
        problems.add(
          trace.line,
          keys.caseId,
          `this trace has no "${keys.caseId}" (the case id); its ${trace.events.length} events are skipped`,
        );
        report.rejected += trace.events.length;
      }
    } else {
      for (const pending of trace.events) {
        const raw = pending.raw;
        raw.caseId = caseId;
        raw.sector ??= trace.attrs.sector;
        raw.organisation ??= trace.attrs.organisation;
        raw.cluster ??= trace.attrs.cluster;
        const checked = checkRawEvent(raw, pending.line, keys, problems);
        if (checked === undefined) report.rejected++;
        else {
          checked.line = pending.ordinal;
          report.events++;
          batch.push(checked);
        }
      }
    }
    trace = undefined;
  };

  parser.on("opentag", (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    const parent = path[path.length - 1];
    path.push(name);
    if (!sawRoot) {
      sawRoot = true;
      if (name !== "log") {
        throw new TvaersInputError([
          {
            file: report.file,
            line: parser.line,
            message: `this is not an XES log: it starts with <${tag.name}>, not <log>`,
          },
        ]);
      }
      return;
    }
    if (name === "trace") {
      trace = { line: parser.line, attrs: blankRawEvent(), events: [] };
    } else if (name === "event" && (parent === "trace" || parent === "log")) {
      ordinal++;
      event = { raw: blankRawEvent(), line: parser.line, ordinal };
      if (parent === "log") {
        problems.add(
          parser.line,
          undefined,
          "this event is outside any <trace>, so it has no case; it is skipped",
        );
        report.rejected++;
        event = undefined;
      }
    } else if (VALUE_ELEMENTS.has(name) && (parent === "event" || parent === "trace")) {
      const key: unknown = tag.attributes.key;
      const value: unknown = tag.attributes.value;
      if (typeof key !== "string" || typeof value !== "string") return;
      const target = parent === "event" ? event?.raw : trace?.attrs;
      if (target === undefined) return;
      if (parent === "trace") {
        if (key === keys.caseId) target.caseId = value;
      } else {
        if (key === keys.activity) target.activity = value;
        if (key === keys.timestamp) target.timestamp = value;
        if (key === keys.actor) target.actor = value;
      }
      if (key === keys.sector) target.sector = value;
      if (key === keys.organisation) target.organisation = value;
      if (key === keys.cluster) target.cluster = value;
    }
  });
  parser.on("closetag", () => {
    const name = path.pop();
    const parent = path[path.length - 1];
    if (name === "event" && parent === "trace" && event !== undefined) {
      trace?.events.push(event);
      event = undefined;
    } else if (name === "trace") {
      closeTrace();
    }
  });

  const fail = (error: unknown): unknown => {
    if (error instanceof TvaersInputError) return error;
    const raw = (error as Error).message ?? String(error);
    const what = raw.replace(/^(?:[^:]*:)?\d+:\d+: /, "").replace(/\.$/, "");
    const message = /undefined entity/.test(what)
      ? "the file uses an entity that XML does not define (tvaers never reads entities declared in a DOCTYPE, nor external ones)"
      : `the XES file is not well-formed XML: ${what}`;
    return new TvaersInputError([{ file: report.file, line: parser.line, message }]);
  };

  try {
    for await (const text of texts) {
      parser.write(text);
      if (batch.length > 0) {
        const out = batch;
        batch = [];
        yield out;
      }
    }
    parser.close();
  } catch (error) {
    throw fail(error);
  }
  if (!sawRoot) {
    throw new TvaersInputError([
      { file: report.file, message: "this is not an XES log: it has no <log> element" },
    ]);
  }
  if (batch.length > 0) yield batch;
}
