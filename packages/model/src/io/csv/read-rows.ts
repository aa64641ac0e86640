import type { Problem } from "../../errors/problem.js";
import { type AttributeValue, setOwn } from "../../schema/attributes.js";
import { type AttributeType, readAttributeCell, splitHeader } from "./attribute-columns.js";
import { parseBooleanCell, parseNumberCell } from "./cells.js";
import {
  type CollectionSpec,
  type FieldType,
  fieldOfHeader,
  hasAttributes,
  LABEL_COLUMNS,
} from "./collections.js";
import type { CsvRow, CsvTable } from "./read-table.js";

/** What a column of a table holds. */
export type ColumnPlan =
  | { index: number; kind: "field"; field: string; type: FieldType }
  | { index: number; kind: "label"; lang: "en" | "da" | undefined }
  | { index: number; kind: "attribute"; name: string; type: AttributeType | undefined; header: string };

/** The columns a spec allows, for messages: `id, label (or label_en, label_da), description`. */
function allowedColumns(spec: CollectionSpec): string {
  return Object.keys(spec.fields)
    .map((f) => (f === "label" ? "label (or label_en, label_da)" : f))
    .join(", ");
}

/**
 * Works out what each column of a table holds (in the order {@link readRow} reads them) and reports problems with the header: a column that
 * appears twice, a column a file without attributes does not have, a required column that is missing.
 */
export function planColumns(
  spec: CollectionSpec,
  table: CsvTable,
): { columns: ColumnPlan[]; problems: Problem[] } {
  const file = table.file;
  const problems: Problem[] = [];
  const columns: ColumnPlan[] = [];
  const seen = new Map<string, string>();
  const claim = (key: string, header: string, what: string) => {
    const before = seen.get(key);
    if (before === undefined) {
      seen.set(key, header);
      return true;
    }
    const message =
      before === header
        ? `the column "${header}" appears twice`
        : `the columns "${before}" and "${header}" both hold the ${what}`;
    problems.push({ file, field: header, message });
    return false;
  };
  table.header.forEach((header, index) => {
    if (header === "") return;
    const { name, type } = splitHeader(header);
    const field = type === undefined ? fieldOfHeader(spec, header) : undefined;
    if (field !== undefined) {
      if (!claim(`field:${field}`, header, `field ${field}`)) return;
      if (Object.hasOwn(LABEL_COLUMNS, field)) {
        columns.push({ index, kind: "label", lang: LABEL_COLUMNS[field as keyof typeof LABEL_COLUMNS] });
      } else {
        columns.push({ index, kind: "field", field, type: spec.fields[field]! });
      }
    } else if (!hasAttributes(spec)) {
      problems.push({
        file,
        field: header,
        message: `the column "${header}" is not one of the columns of ${spec.file}: ${allowedColumns(spec)}`,
      });
    } else if (claim(`attribute:${name}`, header, `attribute "${name}"`)) {
      columns.push({ index, kind: "attribute", name, type, header });
    }
  });
  const found = table.header.filter((h) => h !== "").join(", ");
  for (const field of spec.required) {
    if (field === "label") {
      if (!columns.some((c) => c.kind === "label")) {
        problems.push({
          file,
          field,
          message: `the column "label" is missing (or give "label_en" and/or "label_da"; found: ${found})`,
        });
      }
    } else if (!columns.some((c) => c.kind === "field" && c.field === field)) {
      problems.push({ file, field, message: `the column "${field}" is missing (found: ${found})` });
    }
  }
  // Fields first, then the `attributes` column, then attribute columns, so that a clash is reported at the column.
  const rank = (c: ColumnPlan) =>
    c.kind === "attribute" ? 2 : c.kind === "field" && c.type === "attributes" ? 1 : 0;
  return { columns: columns.sort((a, b) => rank(a) - rank(b) || a.index - b.index), problems };
}

const BOOLEAN_HINT = "is not true or false (write true/false, yes/no, ja/nej or 1/0)";

function isPlainObject(value: unknown): value is Record<string, AttributeValue> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Turns a row into a document item (an actor, a tie, …): empty cells are left out, numbers and yes/no
 * values are read, `label` or `label_en`/`label_da` become the label, and the `attributes` column (a
 * JSON object) and attribute columns become `attributes`, as own keys so that `__proto__` stays a plain
 * name. Cells that cannot be read are left out and reported.
 */
export function readRow(
  columns: readonly ColumnPlan[],
  row: CsvRow,
  table: CsvTable,
): { item: Record<string, unknown>; problems: Problem[] } {
  const item: Record<string, unknown> = {};
  const attributes: Record<string, AttributeValue> = {};
  let withAttributes = false;
  const labels: { plain?: string; en?: string; da?: string } = {};
  const problems: Problem[] = [];
  const report = (field: string, message: string) =>
    problems.push({ file: table.file, line: row.line, field, message });
  const setAttribute = (name: string, value: AttributeValue, header: string) => {
    if (Object.hasOwn(attributes, name)) {
      report(
        name,
        `the attribute "${name}" is given twice: in the attributes column and in the column "${header}"`,
      );
    }
    setOwn(attributes, name, value);
    withAttributes = true;
  };
  for (const column of columns) {
    const cell = row.cells[column.index];
    if (cell === undefined) continue;
    if (column.kind === "label") {
      labels[column.lang ?? "plain"] = cell;
    } else if (column.kind === "attribute") {
      const read = readAttributeCell(cell, column.type, table.separator);
      if ("value" in read) setAttribute(column.name, read.value, column.header);
      else report(column.name, `${column.header} "${cell}" ${read.error}`);
    } else if (column.type === "attributes") {
      const read = readAttributeCell(cell, "json", table.separator);
      if ("value" in read && isPlainObject(read.value)) {
        for (const [name, value] of Object.entries(read.value)) setOwn(attributes, name, value);
        withAttributes = true;
      } else {
        report("attributes", `attributes must be a JSON object such as {"beds": 12}, not "${cell}"`);
      }
    } else if (column.type === "number") {
      const read = parseNumberCell(cell, table.separator);
      if ("value" in read) item[column.field] = read.value;
      else report(column.field, `${column.field} "${cell}" ${read.error}`);
    } else if (column.type === "boolean") {
      const value = parseBooleanCell(cell);
      if (value !== undefined) item[column.field] = value;
      else report(column.field, `${column.field} "${cell}" ${BOOLEAN_HINT}`);
    } else {
      item[column.field] = cell;
    }
  }
  if (labels.plain !== undefined) {
    item.label = labels.plain;
    if (labels.en !== undefined || labels.da !== undefined) {
      report("label", "fill in either label or label_en/label_da, not both");
    }
  } else if (labels.en !== undefined || labels.da !== undefined) {
    item.label = {
      ...(labels.en === undefined ? {} : { en: labels.en }),
      ...(labels.da === undefined ? {} : { da: labels.da }),
    };
  }
  if (withAttributes) item.attributes = attributes;
  return { item, problems };
}
