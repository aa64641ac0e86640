/**
 * Reads a JSON Lines event log (one JSON object per line, also called NDJSON), streamed line by line.
 * Keys follow the column mapping (`case_id`, `timestamp`, `actor`, … by default). Values are text;
 * a number is accepted for the case id, actor, activity, sector, organisation and cluster (written as
 * in JSON), but not for the timestamp, whose unit would be a guess. Blank lines are skipped; a line that
 * is not a JSON object is a problem with its line number.
 */

import { columnMapping, EVENT_FIELDS } from "./columns.js";
import type { ColumnMapping, PathwayEvent } from "./event.js";
import { blankRawEvent, checkRawEvent } from "./raw-event.js";
import type { ProblemList, ReadReport } from "./report.js";

/** What the JSON Lines reader needs to know. */
export interface JsonLinesReadContext {
  report: ReadReport;
  problems: ProblemList;
  columns: Partial<ColumnMapping> | undefined;
}

/** Yields the events of a JSON Lines log in batches (one batch per chunk of text). */
export async function* readJsonLinesLog(
  texts: AsyncIterable<string>,
  ctx: JsonLinesReadContext,
): AsyncGenerator<PathwayEvent[]> {
  const { report, problems } = ctx;
  const keys = columnMapping(ctx.columns);
  let line = 0;
  let rest = "";
  let batch: PathwayEvent[] = [];

  const readLine = (text: string) => {
    line++;
    if (text.trim() === "") {
      report.blank++;
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      problems.add(line, undefined, `this line is not valid JSON (${(error as Error).message})`);
      report.rejected++;
      return;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      problems.add(line, undefined, "this line is not a JSON object");
      report.rejected++;
      return;
    }
    const record = value as Record<string, unknown>;
    const raw = blankRawEvent();
    let ok = true;
    for (const field of EVENT_FIELDS) {
      const key = keys[field];
      if (!Object.hasOwn(record, key)) continue;
      const v = record[key];
      if (typeof v === "string") raw[field] = v;
      else if (typeof v === "number" && field !== "timestamp" && Number.isFinite(v)) raw[field] = String(v);
      else if (v !== null) {
        problems.add(
          line,
          key,
          `${key} must be text${field === "timestamp" ? " such as 2026-11-23T14:05" : ""}`,
        );
        ok = false;
      }
    }
    if (!ok) {
      report.rejected++;
      return;
    }
    const event = checkRawEvent(raw, line, keys, problems);
    if (event === undefined) report.rejected++;
    else {
      report.events++;
      batch.push(event);
    }
  };

  for await (const text of texts) {
    const buffer = rest + text;
    let start = 0;
    for (let nl = buffer.indexOf("\n"); nl >= 0; nl = buffer.indexOf("\n", start)) {
      readLine(buffer.slice(start, nl));
      start = nl + 1;
    }
    rest = buffer.slice(start);
    if (batch.length > 0) {
      const out = batch;
      batch = [];
      yield out;
    }
  }
  if (rest !== "") readLine(rest);
  if (batch.length > 0) yield batch;
}
