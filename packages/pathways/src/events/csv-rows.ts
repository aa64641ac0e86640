/**
 * The rows of a CSV event log, one record at a time: the first row with a value is the header (which
 * column holds which field, see `columns.ts`); after it, a row with no value at all (an empty line,
 * `;;;`) is counted as blank and skipped, a row whose number of fields differs from the header is
 * rejected (its values would land in the wrong columns, e.g. a decimal comma in a `,` file), and every
 * other row is checked as an event (`raw-event.ts`). Problems and counts go to the read report.
 */

import { columnMapping, EVENT_FIELDS, findColumns } from "./columns.js";
import type { ColumnMapping, PathwayEvent } from "./event.js";
import { checkRawEvent, type RawEvent } from "./raw-event.js";
import type { ProblemList, ReadReport } from "./report.js";

/** Whether no value of a record holds anything but spaces (an empty line, or `;;;`). */
function isBlank(record: readonly string[]): boolean {
  // A first character that is printable ASCII (never white space to `trim`) settles it at once.
  const first = record.length > 0 ? record[0]!.charCodeAt(0) : 0;
  if (first > 32 && first < 160) return false;
  for (const value of record) if (value.trim() !== "") return false;
  return true;
}

/** Turns CSV records into checked events, learning the columns from the header row. */
export class CsvRows {
  /** Whether the header has been read. */
  ready = false;
  /** The header's number of fields. */
  width = 0;
  /** Each field's column (case id, timestamp, actor, activity, sector, organisation, cluster), or -1. */
  readonly column = [-1, -1, -1, -1, -1, -1, -1];

  private readonly report: ReadReport;
  private readonly problems: ProblemList;
  private readonly separator: string;
  private readonly mapping: ColumnMapping;
  private names: ColumnMapping;

  constructor(
    report: ReadReport,
    problems: ProblemList,
    columns: Partial<ColumnMapping> | undefined,
    separator: string,
  ) {
    this.report = report;
    this.problems = problems;
    this.separator = separator;
    this.mapping = columnMapping(columns);
    this.names = this.mapping;
  }

  /** Reads one record that begins at `line`: the checked event, or `undefined` (header, blank, rejected). */
  event(record: readonly string[], line: number): PathwayEvent | undefined {
    const { report } = this;
    if (isBlank(record)) {
      if (this.ready) report.blank++;
      return undefined;
    }
    if (!this.ready) {
      this.header(record);
      return undefined;
    }
    if (record.length !== this.width) {
      const separator = this.separator;
      const hint =
        record.length > this.width && separator !== ";"
          ? ` (is there a "${separator === "\t" ? "tab" : separator}" inside a value without quotes?)`
          : "";
      this.problems.add(
        line,
        undefined,
        `this row has ${record.length} fields, the header has ${this.width}${hint}`,
      );
      report.rejected++;
      return undefined;
    }
    const c = this.column;
    const raw: RawEvent = {
      caseId: c[0]! < 0 ? undefined : record[c[0]!],
      timestamp: c[1]! < 0 ? undefined : record[c[1]!],
      actor: c[2]! < 0 ? undefined : record[c[2]!],
      activity: c[3]! < 0 ? undefined : record[c[3]!],
      sector: c[4]! < 0 ? undefined : record[c[4]!],
      organisation: c[5]! < 0 ? undefined : record[c[5]!],
      cluster: c[6]! < 0 ? undefined : record[c[6]!],
    };
    const event = checkRawEvent(raw, line, this.names, this.problems);
    if (event === undefined) report.rejected++;
    else report.events++;
    return event;
  }

  private header(record: readonly string[]): void {
    const index = findColumns(record, this.mapping, this.report.file);
    const names = { ...this.mapping };
    EVENT_FIELDS.forEach((field, k) => {
      const i = index[field];
      this.column[k] = i;
      if (i >= 0) names[field] = record[i]!.trim();
    });
    this.names = names;
    this.width = record.length;
    this.ready = true;
  }

  /** At the end of the file: a file with no header row gets the missing-columns error. */
  finish(): void {
    if (!this.ready) findColumns([], this.mapping, this.report.file);
  }
}
