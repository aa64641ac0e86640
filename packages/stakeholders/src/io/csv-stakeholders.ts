/**
 * The CSV form of a stakeholder document: one row per stakeholder, one column per field, as a
 * planner keeps it in a spreadsheet. Column names are read without regard to case, surrounding
 * spaces, or spaces and hyphens in place of `_`:
 *
 * - `id` (required), `label` (or `label_en` and/or `label_da`), `group`, `description`;
 * - `actors`: the ids of linked network actors, separated by `|` (`gp-morso|gp-thisted`);
 * - one column per rated attribute: `power`, `interest`, `affected`, `legitimacy`, `urgency`,
 *   `attitude`, `proximity`; an empty cell means "not assessed"; in a `;` file the decimal mark may
 *   be a comma (`3,5`);
 * - provenance: `power_provenance`, `interest_provenance`, … per value, and `provenance` for every
 *   value of the row that names none of its own (`expert judgement` is read as `expert-judgement`);
 * - any other column becomes a text attribute of the stakeholder (notes, contact person).
 *
 * Scales cannot be declared in a CSV file; the caller passes them (`scales`), else the defaults hold.
 * The rows become a `tvaers.stakeholders/v1` document checked by `parseStakeholders`, so every
 * problem names the file and the line.
 */
import { isTvaersInputError, type Problem, setOwn, TvaersInputError } from "@tvaers/model";
import type { LinkedNetwork } from "../schema/checks.js";
import { STAKEHOLDERS_FORMAT, type StakeholderDocument } from "../schema/document.js";
import { parseStakeholders } from "../schema/parse.js";
import type { Provenance } from "../schema/provenance.js";
import { type ScalesInput, STAKEHOLDER_ATTRIBUTES, type StakeholderAttribute } from "../schema/scales.js";
import { readTable, type Separator, type Table, type TableRow } from "./csv-table.js";

/** Options of {@link parseStakeholdersCsv}. */
export interface StakeholdersCsvOptions {
  /** The file name shown in problems. Default `stakeholders.csv`. */
  file?: string;
  /** The document's name. */
  name?: string;
  /** Scales of some attributes (a CSV file cannot declare them). */
  scales?: ScalesInput;
  /** The provenance of every value that names none (the document's `provenance`). */
  provenance?: Provenance;
  /** The network whose actors the `actors` column names; without it links are not checked. */
  network?: LinkedNetwork;
}

const RATINGS = new Set<string>(STAKEHOLDER_ATTRIBUTES);
const TEXT_FIELDS = new Set([
  "id",
  "label",
  "label_en",
  "label_da",
  "group",
  "description",
  "actors",
  "provenance",
]);

/** What a column holds. */
type Column =
  | { index: number; kind: "text"; field: string }
  | { index: number; kind: "rating"; attribute: StakeholderAttribute }
  | { index: number; kind: "provenance"; attribute: StakeholderAttribute }
  | { index: number; kind: "attribute"; name: string };

const normalise = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

/** Works out what each column holds; reports a column given twice and a missing `id` column. */
function planColumns(table: Table, file: string): { columns: Column[]; problems: Problem[] } {
  const columns: Column[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  table.header.forEach((header, index) => {
    if (header === "") return;
    const name = normalise(header);
    if (seen.has(name)) {
      problems.push({ file, field: name, message: `the column "${header}" appears twice` });
      return;
    }
    seen.add(name);
    const provenanceOf = name.endsWith("_provenance") ? name.slice(0, -"_provenance".length) : undefined;
    if (RATINGS.has(name)) columns.push({ index, kind: "rating", attribute: name as StakeholderAttribute });
    else if (provenanceOf !== undefined && RATINGS.has(provenanceOf)) {
      columns.push({ index, kind: "provenance", attribute: provenanceOf as StakeholderAttribute });
    } else if (TEXT_FIELDS.has(name)) columns.push({ index, kind: "text", field: name });
    else columns.push({ index, kind: "attribute", name: header });
  });
  if (!seen.has("id")) {
    const found = table.header.filter((h) => h !== "").join(", ");
    problems.push({ file, field: "id", message: `the column "id" is missing (found: ${found})` });
  }
  return { columns, problems };
}

/** A number as typed in a spreadsheet: a dot, or in a `;` file also a comma, as the decimal mark. */
function readNumber(cell: string, separator: Separator): number | undefined {
  const text = cell.trim();
  const pattern = separator === ";" ? /^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/ : /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
  return pattern.test(text) ? Number(text.replace(",", ".")) : undefined;
}

/** Turns one row into a stakeholder item, reporting cells that cannot be read. */
function readRow(columns: readonly Column[], row: TableRow, table: Table, file: string) {
  const item: Record<string, unknown> = {};
  const provenance: Record<string, string> = {};
  const attributes: Record<string, string> = {};
  const labels: Record<string, string> = {};
  let rowProvenance: string | undefined;
  const problems: Problem[] = [];
  const report = (field: string, message: string) => problems.push({ file, line: row.line, field, message });
  for (const column of columns) {
    const cell = row.cells[column.index]?.trim();
    if (cell === undefined || cell === "") continue;
    if (column.kind === "rating") {
      const value = readNumber(cell, table.separator);
      if (value !== undefined) item[column.attribute] = value;
      else {
        const hint =
          table.separator === "," && readNumber(cell, ";") !== undefined
            ? ' (write decimals with a dot in a file separated by ",")'
            : "";
        report(column.attribute, `${column.attribute} "${cell}" is not a number${hint}`);
      }
    } else if (column.kind === "provenance") provenance[column.attribute] = cell;
    else if (column.kind === "attribute") setOwn(attributes, column.name, cell);
    else if (column.field === "provenance") rowProvenance = cell;
    else if (column.field.startsWith("label")) labels[column.field] = cell;
    else if (column.field === "actors")
      item.actors = cell
        .split("|")
        .map((a) => a.trim())
        .filter((a) => a !== "");
    else item[column.field] = cell;
  }
  if (labels.label !== undefined) {
    item.label = labels.label;
    if (labels.label_en !== undefined || labels.label_da !== undefined) {
      report("label", "fill in either label or label_en/label_da, not both");
    }
  } else if (labels.label_en !== undefined || labels.label_da !== undefined) {
    item.label = {
      ...(labels.label_en && { en: labels.label_en }),
      ...(labels.label_da && { da: labels.label_da }),
    };
  }
  if (rowProvenance !== undefined) {
    for (const attribute of STAKEHOLDER_ATTRIBUTES) {
      if (item[attribute] !== undefined && provenance[attribute] === undefined)
        provenance[attribute] = rowProvenance;
    }
  }
  if (Object.keys(provenance).length > 0) item.provenance = provenance;
  if (Object.keys(attributes).length > 0) item.attributes = attributes;
  return { item, problems };
}

/**
 * Reads the CSV form of a stakeholder document (see the file comment) and validates it as
 * `parseStakeholders` does. Throws a {@link TvaersInputError} listing every problem with its line.
 *
 * @example
 * const doc = parseStakeholdersCsv(await readFile("stakeholders.csv"), { file: "stakeholders.csv" });
 */
export function parseStakeholdersCsv(
  content: Uint8Array | string,
  options: StakeholdersCsvOptions = {},
): StakeholderDocument {
  const file = options.file ?? "stakeholders.csv";
  const { table, problems } = readTable(content, file);
  if (table === undefined) throw new TvaersInputError(problems);
  const plan = planColumns(table, file);
  problems.push(...plan.problems);
  const stakeholders = table.rows.map((row) => {
    const read = readRow(plan.columns, row, table, file);
    problems.push(...read.problems);
    return read.item;
  });
  const doc = {
    format: STAKEHOLDERS_FORMAT,
    ...(options.name !== undefined && { name: options.name }),
    ...(options.scales !== undefined && { scales: options.scales }),
    ...(options.provenance !== undefined && { provenance: options.provenance }),
    stakeholders,
  };
  const locate = (path: readonly (string | number)[]) => {
    const row = path[0] === "stakeholders" && typeof path[1] === "number" ? table.rows[path[1]] : undefined;
    return row === undefined ? undefined : { file, line: row.line };
  };
  let parsed: StakeholderDocument | undefined;
  try {
    parsed = parseStakeholders(doc, { file, locate, ...(options.network && { network: options.network }) });
  } catch (error) {
    if (!isTvaersInputError(error)) throw error;
    // Without an id column every row lacks an id; the missing column is reported once instead.
    const idColumn = plan.columns.some((c) => c.kind === "text" && c.field === "id");
    problems.push(...error.problems.filter((p) => idColumn || p.field !== "id"));
  }
  if (parsed === undefined || problems.length > 0) {
    throw new TvaersInputError(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  }
  return parsed;
}
