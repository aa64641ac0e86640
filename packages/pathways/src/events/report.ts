/**
 * What reading an event log found: how many events were read, how many rows were rejected and why.
 * Every rejected row is counted; the first problems (1,000 by default) are listed with file, line and
 * field, the rest only counted, so a log with millions of bad rows still reports in bounded memory.
 */

import { type Problem, TvaersInputError } from "@tvaers/model";

/** The formats an event log can be read from. */
export type EventLogFormat = "csv" | "xes" | "jsonl";

/** What {@link readEventLog} found in one read of a log. */
export interface ReadReport {
  /** The name of the log in problems (file path or given name). */
  file: string;
  format: EventLogFormat;
  /** Events read and accepted. */
  events: number;
  /** Rows (CSV, JSON Lines) or events (XES) rejected; each is in `problems` or `problemsNotListed`. */
  rejected: number;
  /** Empty rows skipped (no value in any field); they hold no event. */
  blank: number;
  /** The first problems found, each with file, line and field. */
  problems: Problem[];
  /** How many further problems were found but not listed. */
  problemsNotListed: number;
  /** The text encoding the bytes were read in. */
  encoding: "utf-8" | "windows-1252";
  /** Whether the file began with a UTF-8 byte-order mark. */
  bom: boolean;
  /** The CSV field separator (CSV only). */
  separator?: "," | ";" | "\t";
}

/** The default number of problems listed in a report. */
export const MAX_LISTED_PROBLEMS = 1000;

/** Collects problems into a report: lists the first `limit`, counts the rest. */
export class ProblemList {
  private readonly report: ReadReport;
  private readonly limit: number;

  constructor(report: ReadReport, limit: number = MAX_LISTED_PROBLEMS) {
    this.report = report;
    this.limit = limit;
  }

  /** Records a problem (the report's file is added). */
  add(line: number | undefined, field: string | undefined, message: string): void {
    if (this.report.problems.length >= this.limit) {
      this.report.problemsNotListed++;
      return;
    }
    const problem: Problem = { file: this.report.file, message };
    if (line !== undefined) problem.line = line;
    if (field !== undefined) problem.field = field;
    this.report.problems.push(problem);
  }
}

/** A fresh, empty report. */
export function emptyReport(file: string, format: EventLogFormat): ReadReport {
  return {
    file,
    format,
    events: 0,
    rejected: 0,
    blank: 0,
    problems: [],
    problemsNotListed: 0,
    encoding: "utf-8",
    bom: false,
  };
}

/**
 * The error a read with `onError: "fail"` ends in when rows were rejected: every listed problem, and a
 * summary saying how many rows of which file could not be read (and how many problems were not listed).
 */
export function rejectedRowsError(
  read: Pick<ReadReport, "rejected" | "problems" | "problemsNotListed">,
  file: string,
): TvaersInputError {
  const listed = read.problems.length;
  const total = listed + read.problemsNotListed;
  const summary =
    `${read.rejected} ${read.rejected === 1 ? "row" : "rows"} of ${file} could not be read` +
    (total > listed ? ` (${total} problems; the first ${listed} are listed)` : "");
  return new TvaersInputError(read.problems, summary);
}
