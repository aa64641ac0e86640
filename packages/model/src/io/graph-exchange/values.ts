/**
 * How attribute values travel as typed text in GEXF and GraphML.
 *
 * A column (a GEXF `<attribute>`, a GraphML `<key>`) has one type for all its values. A column whose
 * values are all true/false is `boolean`; all whole numbers, `long`; all numbers, `double`; anything
 * else is `string`. In a string column, text is written as it is, and every other value (a number or
 * true/false in a mixed column, null, a list, an object) is written as JSON after the marker `json:`,
 * e.g. `json:[1,2]` or `json:null`. Text that itself begins with `json:` is written the same way, so
 * reading is never ambiguous. Other tools see plain typed columns, and the JSON is easy to spot.
 */
import type { AttributeValue } from "../../schema/attributes.js";

/** The marker before a JSON value in a string column. */
const JSON_MARKER = "json:";

/** The type of a column as written. */
export type ColumnType = "string" | "boolean" | "long" | "double";

/** The column type that holds every value in `values` without loss (see the module comment). */
export function columnType(values: readonly AttributeValue[]): ColumnType {
  if (values.length > 0 && values.every((v) => typeof v === "boolean")) return "boolean";
  if (values.length > 0 && values.every((v) => typeof v === "number")) {
    return values.every((v) => Number.isSafeInteger(v) && !Object.is(v, -0)) ? "long" : "double";
  }
  return "string";
}

/** Writes a number so that reading it back gives the same number, `-0` included. */
export function formatNumber(value: number): string {
  return Object.is(value, -0) ? "-0" : String(value);
}

/** Writes a value in a column of the given type. */
export function encodeValue(type: ColumnType, value: AttributeValue): string {
  if (type === "boolean") return String(value);
  if (type === "long" || type === "double") return formatNumber(value as number);
  return typeof value === "string" && !value.startsWith(JSON_MARKER)
    ? value
    : `${JSON_MARKER}${JSON.stringify(value)}`;
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Reads a decimal number (as Java, Python and JavaScript write them), or `undefined` when the text is not one. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (!DECIMAL.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** Reads `true`/`false` (any case) or `1`/`0`, or `undefined` when the text is neither. */
export function parseBoolean(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (t === "true" || t === "1") return true;
  if (t === "false" || t === "0") return false;
  return undefined;
}

const NUMBER_TYPES = new Set([
  "int",
  "integer",
  "long",
  "short",
  "byte",
  "float",
  "double",
  "bigdecimal",
  "biginteger",
]);

/** The outcome of reading a value: the value, or a plain-language reason it could not be read. */
export type Decoded = { value: AttributeValue } | { problem: string };

/**
 * Reads a value written in a column of the given GEXF or GraphML type (`string`, `boolean`, `int`,
 * `long`, `float`, `double`, GEXF list types such as `liststring`, …; unknown types read as text).
 */
export function decodeValue(type: string, text: string): Decoded {
  const t = type.toLowerCase();
  if (t === "boolean") {
    const b = parseBoolean(text);
    return b === undefined ? { problem: `must be true or false, not "${text}"` } : { value: b };
  }
  if (NUMBER_TYPES.has(t)) {
    const n = parseNumber(text);
    return n === undefined ? { problem: `must be a number, not "${text}"` } : { value: n };
  }
  if (t.startsWith("list") && t.length > 4) return decodeList(t.slice(4), text);
  if (text.startsWith(JSON_MARKER)) {
    try {
      return { value: JSON.parse(text.slice(JSON_MARKER.length)) as AttributeValue };
    } catch {
      return { value: text };
    }
  }
  return { value: text };
}

/** Reads a GEXF list: `[a, b]` (GEXF 1.3, items may be quoted), or items separated by `|` or `,` (GEXF 1.2). */
function decodeList(itemType: string, text: string): Decoded {
  const inner = text.trim();
  let items: string[];
  if (inner.startsWith("[") && inner.endsWith("]")) {
    items = [...inner.slice(1, -1).matchAll(/\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^,]*?)\s*(?:,|$)/g)]
      .map((m) => m[1]!)
      .filter((item, i, all) => !(item === "" && i === all.length - 1))
      .map((item) => (/^["'].*["']$/s.test(item) ? item.slice(1, -1).replace(/\\(.)/g, "$1") : item));
  } else items = inner === "" ? [] : inner.split(inner.includes("|") ? "|" : ",").map((s) => s.trim());
  const out: AttributeValue[] = [];
  for (const item of items) {
    const d = decodeValue(itemType, item);
    if ("problem" in d) return { problem: `has a list item that ${d.problem}` };
    out.push(d.value);
  }
  return { value: out };
}
