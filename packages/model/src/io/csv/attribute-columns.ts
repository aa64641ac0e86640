import type { Attributes, AttributeValue } from "../../schema/attributes.js";
import { formatNumber, inferCell, parseBooleanCell, parseNumberCell } from "./cells.js";
import { sameJson } from "./same-json.js";
import type { CsvSeparator } from "./separator.js";

/**
 * How attribute columns are typed in a CSV bundle.
 *
 * Every column of `actors.csv` or `ties.csv` that is not one of the document's fields holds an
 * attribute of that name. Its header may end in a type suffix:
 *
 * - `name:string` — the cell is text, exactly as written;
 * - `name:number` — a number (`1.5`; in a file separated by `;` also `1,5`);
 * - `name:boolean` — `true/false`, `yes/no`, `ja/nej`, `1/0` (any case);
 * - `name:json` — any JSON value (a list, an object, `null`, …), written as JSON.
 *
 * Without a suffix the type is read from each cell: a plain number (`12`, `-1.5`, `2e3`, `1,5` in a `;`
 * file) becomes a number, `true`/`false` a boolean, and anything else stays text. Numbers with leading
 * zeros (`0101`), more than 15 digits, or Danish thousands grouping in a `;` file (`1.000`) stay text.
 * A header with a suffix always names an attribute, so `kind:string` is an attribute called `kind`.
 *
 * An empty cell means the attribute is absent; a quoted empty cell (`""`) is the empty text.
 *
 * A column named `attributes` holds further attributes as one JSON object (`{"beds": 12}`); the
 * writer uses it only for an empty `attributes` object, which has no column of its own.
 *
 * Field columns are recognised ignoring case and surrounding spaces (`Sector ` is `sector`).
 *
 * {@link writeCsvBundle} writes a plain name where this inference gives back exactly every value of
 * the column (so `12` and `"unknown"` may share one), and adds a suffix otherwise: `:string` when all
 * values are text and some would read as a number or boolean (`"12"`, `"true"`), `:number` for
 * numbers inference would not give back (16 digits and more), `:json` for lists, objects, `null` and
 * mixed types that would not read back (`1` and `"2"`). A name that would be read as a field's column
 * (`Kind`, `attributes`), is empty or blank, or itself ends in a suffix always gets one, so
 * `size:number` holding numbers is written `size:number:number`.
 */
export type AttributeType = "string" | "number" | "boolean" | "json";

const SUFFIX = /^(.*):(string|number|boolean|json)$/s;

/** Splits a header into the attribute name and its type suffix, if it has one. */
export function splitHeader(header: string): { name: string; type?: AttributeType } {
  const m = SUFFIX.exec(header);
  return m ? { name: m[1]!, type: m[2] as AttributeType } : { name: header };
}

/** The value of a cell in an attribute column, or the end of a sentence saying what is wrong with it. */
export function readAttributeCell(
  cell: string,
  type: AttributeType | undefined,
  separator: CsvSeparator,
): { value: AttributeValue } | { error: string } {
  switch (type) {
    case undefined:
      return { value: inferCell(cell, separator) };
    case "string":
      return { value: cell };
    case "number":
      return parseNumberCell(cell, separator);
    case "boolean": {
      const value = parseBooleanCell(cell);
      return value === undefined ? { error: "is not true or false" } : { value };
    }
    case "json":
      try {
        return { value: JSON.parse(cell) as AttributeValue };
      } catch {
        return { error: "is not valid JSON" };
      }
  }
}

/** The text a value is written as in a column without a suffix, or `undefined` when it has none. */
function plainText(value: AttributeValue, separator: CsvSeparator): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatNumber(value, separator);
  if (typeof value === "boolean") return String(value);
  return undefined;
}

/** An attribute column to write: its header and how to write a value. */
export interface AttributeColumn {
  name: string;
  header: string;
  write: (value: AttributeValue) => string;
}

/** The suffix for values that a column without one would not give back. */
function suffixFor(values: readonly AttributeValue[]): AttributeType {
  if (values.every((v) => typeof v === "string")) return "string";
  if (values.every((v) => typeof v === "number")) return "number";
  if (values.every((v) => typeof v === "boolean")) return "boolean";
  return "json";
}

const WRITE: Record<AttributeType, (value: AttributeValue, separator: CsvSeparator) => string> = {
  string: (v) => String(v),
  number: (v, separator) => formatNumber(v as number, separator),
  boolean: (v) => String(v),
  json: (v) => JSON.stringify(v),
};

/**
 * Plans the attribute columns of a table so that reading them back gives exactly the same values
 * (see {@link AttributeType} for the convention). Columns come in order of first appearance.
 * `isField(header)` tells whether a header without a suffix would be read as one of the table's fields.
 */
export function planAttributeColumns(
  records: readonly (Attributes | undefined)[],
  isField: (header: string) => boolean,
  separator: CsvSeparator,
): AttributeColumn[] {
  const byName = new Map<string, AttributeValue[]>();
  for (const attributes of records) {
    if (attributes === undefined) continue;
    for (const name of Object.keys(attributes)) {
      const values = byName.get(name) ?? [];
      values.push(attributes[name] as AttributeValue);
      byName.set(name, values);
    }
  }
  return [...byName].map(([name, values]) => {
    const reserved = name.trim() === "" || isField(name) || splitHeader(name).type !== undefined;
    const readsBack = (v: AttributeValue) => {
      const text = plainText(v, separator);
      return text !== undefined && sameJson(inferCell(text, separator), v);
    };
    if (!reserved && values.every(readsBack)) {
      return { name, header: name, write: (value) => plainText(value, separator) ?? "" };
    }
    const type = suffixFor(values);
    return { name, header: `${name}:${type}`, write: (value) => WRITE[type](value, separator) };
  });
}
