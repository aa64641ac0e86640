/**
 * Minutes typed in by a secretary, as CSV: one row per person-role per meeting (or one row per
 * standing seat when `date` is empty). Columns: `forum`, `actor` and/or `organisation`, `role`, `date`,
 * `status`, optional `sector` and `kind`; any other column (e.g. `title`) becomes an attribute. Private
 * persons' names are not needed: roles and organisations are enough (Klynge Vest minutes, 12th meeting,
 * list the attendees and apologies by role and organisation). Danish words are read too: `formand`,
 * `medformand` → chair, `referent`/`sekretær` → secretary, `observatør` → observer, `medlem` → member;
 * `deltager`/`til stede` → present, `afbud` → apologies; dates as `2022-06-08`, `8-6-2022` or `8.6.2022`.
 */
import { TvaersInputError } from "../../errors/input-error.js";
import type { Problem } from "../../errors/problem.js";
import { problemsFromZod } from "../../errors/zod-problems.js";
import { type AttributeValue, setOwn } from "../../schema/attributes.js";
import { type Membership, MembershipSchema } from "../../schema/membership.js";
import { readAttributeCell, splitHeader } from "./attribute-columns.js";
import { readCsvTable } from "./read-table.js";

const FIELDS = ["forum", "actor", "organisation", "sector", "kind", "role", "date", "status"] as const;

const WORDS: Record<string, Record<string, string>> = {
  role: {
    formand: "chair",
    medformand: "chair",
    ordstyrer: "chair",
    referent: "secretary",
    sekretær: "secretary",
    observatør: "observer",
    medlem: "member",
  },
  status: { deltager: "present", "til stede": "present", deltog: "present", afbud: "apologies" },
};

/** A Danish date (`8-6-2022`, `08.06.2022`) as `YYYY-MM-DD`; other text is returned as written. */
function isoDate(text: string): string {
  const m = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text);
  return m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : text;
}

/**
 * Reads a minutes CSV into memberships. Every problem (unknown role or status, a bad date, a row
 * without forum) is reported with file, line and column in one {@link TvaersInputError}. References to
 * forums, actors and organisations are checked when the memberships are put into a network document
 * and parsed with `parseNetwork`.
 *
 * @example
 * const rows = readMembershipsCsv(readFileSync("klynge-vest-12th-meeting.csv"), { file: "klynge-vest-12th-meeting.csv" });
 */
export function readMembershipsCsv(
  content: Uint8Array | string,
  options: { file?: string } = {},
): Membership[] {
  const file = options.file ?? "memberships.csv";
  const { table, problems } = readCsvTable(content, file);
  if (table === undefined) throw new TvaersInputError(problems);
  const columns = table.header.map((header) => {
    const key = header.trim().toLowerCase();
    const field = (FIELDS as readonly string[]).includes(key) ? key : undefined;
    return field !== undefined ? { field } : { attribute: splitHeader(header) };
  });
  for (const required of ["forum", "role"]) {
    if (!columns.some((c) => c.field === required)) {
      problems.push({ file, field: required, message: `the column "${required}" is missing` });
    }
  }
  const out: Membership[] = [];
  for (const row of table.rows) {
    const raw: Record<string, unknown> = {};
    const attributes: Record<string, AttributeValue> = {};
    const rowProblems: Problem[] = [];
    row.cells.forEach((cell, i) => {
      const column = columns[i];
      if (cell === undefined || cell.trim() === "" || column === undefined) return;
      if (column.field !== undefined) {
        const text = cell.trim();
        const word = WORDS[column.field]?.[text.toLowerCase()];
        setOwn(raw, column.field, word ?? (column.field === "date" ? isoDate(text) : text));
        return;
      }
      if (column.attribute.name === "") return;
      const value = readAttributeCell(cell, column.attribute.type, table.separator);
      if ("error" in value) {
        rowProblems.push({
          file,
          line: row.line,
          field: column.attribute.name,
          message: `${column.attribute.name} "${cell}" ${value.error}`,
        });
      } else setOwn(attributes, column.attribute.name, value.value);
    });
    if (Object.keys(attributes).length > 0) raw.attributes = attributes;
    const parsed = MembershipSchema.safeParse(raw);
    if (parsed.success) out.push(parsed.data);
    else {
      for (const { path: _path, ...p } of problemsFromZod(parsed.error, raw)) {
        rowProblems.push({ ...p, file, line: row.line });
      }
    }
    problems.push(...rowProblems);
  }
  if (problems.length > 0) throw new TvaersInputError(problems);
  return out;
}
