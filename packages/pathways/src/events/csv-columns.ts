/**
 * Reads a CSV event log into {@link EventColumns}, the form the stream engine mines at scale. Whole
 * lines without quotes (see `csv-pieces.ts`) are scanned in place: the fields of a row are found by
 * position, the timestamp is parsed where it stands, and the actor, sector, organisation and cluster
 * are looked up in a {@link RangeInterner} without being cut out, so a row that reads cleanly makes no
 * string and no object (a new case makes its id). Every other row (the header, a blank or short row, a
 * bad value, and everything after the first quote) goes through the same checks as `readCsvLog`, so
 * both readers accept, reject and report exactly the same rows.
 */

import { parseTimestampIn } from "../time/parse-timestamp.js";
import { type CsvReadContext, type OpenedCsv, openCsv, recordEvents } from "./csv-log.js";
import { type EventColumns, EventColumnsBuilder } from "./event-columns.js";
import { detach } from "./range-interner.js";
import type { ReadReport } from "./report.js";

/** Whether `String.prototype.trim` removes the code unit `c` (ECMAScript's WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Scans whole lines of a CSV log into an {@link EventColumnsBuilder}. */
class LineScanner {
  private readonly opened: OpenedCsv;
  private readonly builder: EventColumnsBuilder;
  private readonly report: ReadReport;
  /** The fields of the row being read: where each begins and ends in the text. */
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);
  /** Where the last {@link LineScanner.trim} put the value's start and end. */
  private from = 0;
  private to = 0;
  /** The attribute combination each actor (by string id) had last, or -1. */
  private lastOfActor = new Int32Array(0);
  /**
   * The columns of the optional fields the file has (sector, organisation, cluster), when they stand
   * side by side: then `spans[a]` is the text from the first's start to the last's end as it was when
   * combination `a` was first read, and a row holding the same text has the same values, which one
   * comparison shows. Otherwise (`spanFirst` -1) the fields are compared one by one.
   */
  private spanFirst = -1;
  private spanLast = -1;
  private readonly spans: (string | undefined)[] = [];

  constructor(opened: OpenedCsv, builder: EventColumnsBuilder, report: ReadReport) {
    this.opened = opened;
    this.builder = builder;
    this.report = report;
  }

  /** Sets {@link LineScanner.spanFirst} and `spanLast` from the file's columns (once they are known). */
  private findSpan(): void {
    const present = this.opened.rows.column.slice(4, 7).filter((c) => c >= 0);
    const adjacent = present.every((c, i) => i === 0 || c === present[i - 1]! + 1);
    this.spanFirst = present.length > 0 && adjacent ? present[0]! : -1;
    this.spanLast = present.length > 0 && adjacent ? present[present.length - 1]! : -1;
  }

  /** Reads the lines of `text`, the first being line `first`; returns the line after the last. */
  scan(text: string, first: number): number {
    const n = text.length;
    const rows = this.opened.rows;
    let pos = 0;
    let line = first;
    while (pos < n) {
      let next = text.indexOf("\n", pos);
      if (next < 0) next = n;
      const end = next > pos && text.charCodeAt(next - 1) === 13 ? next - 1 : next;
      if (!(rows.ready && this.fast(text, pos, end, line))) {
        const event = rows.event(text.slice(pos, end).split(this.opened.separator), line);
        if (event !== undefined) this.builder.pushEvent(event);
      }
      line++;
      pos = next + 1;
    }
    return line;
  }

  /** Sets `from`/`to` to field `k` of the row without surrounding white space; false when empty. */
  private trim(text: string, k: number): boolean {
    let a = this.starts[k]!;
    let b = this.ends[k]!;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    this.from = a;
    this.to = b;
    return a < b;
  }

  private growLastOfActor(actor: number): void {
    const grown = new Int32Array(Math.max(64, 2 * (actor + 1))).fill(-1);
    grown.set(this.lastOfActor);
    this.lastOfActor = grown;
  }

  /** Whether optional field `k` (a column index, -1 when absent) holds `value` (trimmed; empty as undefined). */
  private holds(text: string, k: number, value: string | undefined): boolean {
    if (k < 0 || !this.trim(text, k)) return value === undefined;
    return value !== undefined && value.length === this.to - this.from && text.startsWith(value, this.from);
  }

  /** Whether the row's sector, organisation and cluster are those of combination `a`. */
  private sameAs(text: string, a: number): boolean {
    const first = this.spanFirst;
    const span = first < 0 ? undefined : this.spans[a];
    const from = first < 0 ? 0 : this.starts[first]!;
    const to = first < 0 ? 0 : this.ends[this.spanLast]!;
    if (span !== undefined && span.length === to - from && text.startsWith(span, from)) return true;
    const column = this.opened.rows.column;
    const attributes = this.builder.table[a]!;
    return (
      this.holds(text, column[4]!, attributes.sector) &&
      this.holds(text, column[5]!, attributes.organisation) &&
      this.holds(text, column[6]!, attributes.cluster)
    );
  }

  /** The string id of optional field `k` (a column index, -1 when the file has none), or -1 when empty. */
  private optional(text: string, k: number): number {
    if (k < 0 || !this.trim(text, k)) return -1;
    return this.builder.strings.ofRange(text, this.from, this.to);
  }

  /**
   * Reads `text[start, end)` as an event row that needs no report (the right number of fields, a case
   * id, a date and an actor), adding it to the builder; false, having changed nothing, otherwise.
   */
  private fast(text: string, start: number, end: number, line: number): boolean {
    const rows = this.opened.rows;
    const last = rows.width - 1;
    if (this.starts.length !== rows.width) {
      this.starts = new Int32Array(rows.width);
      this.ends = new Int32Array(rows.width);
      this.findSpan();
    }
    const { starts, ends } = this;
    const separator = this.opened.separator;
    let s = start;
    for (let f = 0; f < last; f++) {
      const i = text.indexOf(separator, s);
      if (i < 0 || i >= end) return false;
      starts[f] = s;
      ends[f] = i;
      s = i + 1;
    }
    const i = text.indexOf(separator, s);
    if (i >= 0 && i < end) return false;
    starts[last] = s;
    ends[last] = end;
    const column = rows.column;
    const t = column[1]!;
    const time = parseTimestampIn(text, starts[t]!, ends[t]!);
    if (Number.isNaN(time)) return false;
    if (!this.trim(text, column[2]!)) return false;
    const builder = this.builder;
    const actor = builder.strings.ofRange(text, this.from, this.to);
    // An actor's events nearly always carry the same sector, organisation and cluster: compare with
    // the combination it had last time before looking the values up.
    if (actor >= this.lastOfActor.length) this.growLastOfActor(actor);
    let attribute = this.lastOfActor[actor]!;
    if (attribute < 0 || !this.sameAs(text, attribute)) {
      const sector = this.optional(text, column[4]!);
      const organisation = this.optional(text, column[5]!);
      const cluster = this.optional(text, column[6]!);
      attribute = builder.attribute(actor, sector, organisation, cluster);
      this.lastOfActor[actor] = attribute;
    }
    if (this.spanFirst >= 0 && this.spans[attribute] === undefined) {
      this.spans[attribute] = detach(text.slice(starts[this.spanFirst]!, ends[this.spanLast]!));
    }
    if (!this.trim(text, column[0]!)) return false;
    const current = builder.caseId;
    const a = this.from;
    const b = this.to;
    if (current === undefined || current.length !== b - a || !text.startsWith(current, a)) {
      builder.startCase(text.slice(a, b));
    }
    builder.push(time, line, attribute);
    this.report.events++;
    return true;
  }
}

/** Yields the events of a CSV log in columns, a batch per piece of text; problems go to `ctx.report`. */
export async function* readCsvColumns(
  texts: AsyncIterable<string>,
  ctx: CsvReadContext,
): AsyncGenerator<EventColumns> {
  const opened = await openCsv(texts, ctx);
  const builder = new EventColumnsBuilder();
  const scanner = new LineScanner(opened, builder, ctx.report);
  const events = { push: (e: Parameters<EventColumnsBuilder["pushEvent"]>[0]) => builder.pushEvent(e) };
  let line = 1;
  for await (const piece of opened.pieces) {
    line = "lines" in piece ? scanner.scan(piece.lines, line) : recordEvents(piece, opened, line, events);
    const batch = builder.take();
    if (batch !== undefined) yield batch;
  }
}
