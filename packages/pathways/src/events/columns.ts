/**
 * Which column of a CSV header holds which field of an event. The mapping is `DEFAULT_COLUMNS` with
 * the caller's names laid over it (`{ caseId: "sag", timestamp: "tidspunkt" }`). Names match exactly
 * after trimming, else ignoring case. A missing case id, timestamp or actor column is one clear error
 * that names the columns the file has.
 */

import { TvaersInputError } from "@tvaers/model";
import { type ColumnMapping, DEFAULT_COLUMNS } from "./event.js";

/** The fields of an event, in the order of {@link ColumnMapping}. */
export const EVENT_FIELDS = [
  "caseId",
  "timestamp",
  "actor",
  "activity",
  "sector",
  "organisation",
  "cluster",
] as const;

/** A field of an event. */
export type EventField = (typeof EVENT_FIELDS)[number];

const REQUIRED: readonly EventField[] = ["caseId", "timestamp", "actor"];

const WHAT: Record<EventField, string> = {
  caseId: "case id",
  timestamp: "timestamp",
  actor: "actor",
  activity: "activity",
  sector: "sector",
  organisation: "organisation",
  cluster: "cluster",
};

/** The full column mapping: the defaults with the given names laid over them. */
export function columnMapping(columns: Partial<ColumnMapping> | undefined): ColumnMapping {
  const out = { ...DEFAULT_COLUMNS };
  for (const field of EVENT_FIELDS) {
    const name = columns?.[field];
    if (name !== undefined) out[field] = name;
  }
  return out;
}

/** For each field, the index of its column in the header, or -1 when the file has no such column. */
export type ColumnIndex = Record<EventField, number>;

/**
 * Finds each field's column in a header row. Throws a {@link TvaersInputError} when the case id,
 * timestamp or actor column is missing, listing the columns found.
 */
export function findColumns(header: readonly string[], mapping: ColumnMapping, file: string): ColumnIndex {
  const names = header.map((h) => h.trim());
  const lower = names.map((h) => h.toLowerCase());
  const index = {} as ColumnIndex;
  for (const field of EVENT_FIELDS) {
    const wanted = mapping[field].trim();
    let i = names.indexOf(wanted);
    if (i < 0) i = lower.indexOf(wanted.toLowerCase());
    index[field] = i;
  }
  const missing = REQUIRED.filter((f) => index[f] < 0);
  if (missing.length > 0) {
    const list = missing.map((f) => `"${mapping[f]}" (${WHAT[f]})`).join(", ");
    const found = names.length > 0 ? names.map((n) => `"${n}"`).join(", ") : "none";
    throw new TvaersInputError([
      {
        file,
        line: 1,
        message:
          `the event log has no column ${list}; its columns are ${found}. ` +
          "Name the columns with a mapping, e.g. --columns case_id=sag,timestamp=tidspunkt,actor=aktør",
      },
    ]);
  }
  return index;
}
