import { stringify } from "csv-stringify/browser/esm/sync";
import type { Attributes, AttributeValue } from "../../schema/attributes.js";
import { DEFAULT_QUALITY_SCALE, type NetworkDocument } from "../../schema/network.js";
import { planAttributeColumns } from "./attribute-columns.js";
import { formatNumber } from "./cells.js";
import {
  type CollectionKey,
  type CollectionSpec,
  collectionSpec,
  fieldOfHeader,
  hasAttributes,
  METADATA_FILE,
} from "./collections.js";
import { distinctValues } from "./inferred-ids.js";
import { sameJson } from "./same-json.js";
import type { CsvSeparator } from "./separator.js";

/** Options for {@link writeCsvBundle}. */
export interface WriteCsvBundleOptions {
  /**
   * `,` (default) or `;`. With `;` numbers get decimal commas and every CSV file starts with a UTF-8
   * byte-order mark, so that Danish Excel opens it with æ, ø and å intact.
   */
  separator?: CsvSeparator;
}

type Item = Record<string, unknown>;
type Column = { header: string; cell: (item: Item) => string | undefined };

function labelColumns(items: readonly Item[]): Column[] {
  const objects = items
    .map((i) => i.label)
    .filter((l): l is { en?: string; da?: string } => typeof l === "object");
  const columns: Column[] = [];
  if (objects.length < items.length || items.length === 0) {
    columns.push({ header: "label", cell: (i) => (typeof i.label === "string" ? i.label : undefined) });
  }
  for (const lang of ["en", "da"] as const) {
    if (objects.some((l) => l[lang] !== undefined)) {
      columns.push({
        header: `label_${lang}`,
        cell: (i) => (typeof i.label === "object" ? (i.label as Record<string, string>)[lang] : undefined),
      });
    }
  }
  return columns;
}

function columnsOf(spec: CollectionSpec, items: readonly Item[], separator: CsvSeparator): Column[] {
  const columns: Column[] = [];
  for (const [field, type] of Object.entries(spec.fields)) {
    if (field === "label") columns.push(...labelColumns(items));
    else if (type === "attributes") {
      // Only an empty attributes object needs this column: other attributes get columns of their own.
      const empty = (i: Item) =>
        i.attributes !== undefined && Object.keys(i.attributes as object).length === 0;
      if (items.some(empty)) columns.push({ header: field, cell: (i) => (empty(i) ? "{}" : undefined) });
    } else if (spec.required.includes(field) || items.some((i) => i[field] !== undefined)) {
      columns.push({
        header: field,
        cell: (i) => {
          const v = i[field];
          if (v === undefined) return undefined;
          return type === "number" ? formatNumber(v as number, separator) : String(v);
        },
      });
    }
  }
  if (hasAttributes(spec)) {
    const isField = (header: string) => fieldOfHeader(spec, header) !== undefined;
    const attributes = items.map((i) => i.attributes as Attributes | undefined);
    for (const column of planAttributeColumns(attributes, isField, separator)) {
      columns.push({
        header: column.header,
        cell: (i) => {
          const a = i.attributes as Attributes | undefined;
          return a !== undefined && Object.hasOwn(a, column.name)
            ? column.write(a[column.name] as AttributeValue)
            : undefined;
        },
      });
    }
  }
  return columns;
}

function writeTable(key: CollectionKey, items: readonly object[], separator: CsvSeparator): string {
  const rows = items as readonly Item[];
  const columns = columnsOf(collectionSpec(key), rows, separator);
  // Header cells holding either separator are quoted, so the separator is detected from the header.
  const header = stringify([columns.map((c) => c.header)], { delimiter: separator, quoted_match: /[,;]/ });
  // A quoted empty field ("") is the empty text; an unquoted empty field means absent.
  const body = stringify(
    rows.map((item) => columns.map((c) => c.cell(item))),
    { delimiter: separator, quoted_match: /^$/ },
  );
  return `${separator === ";" ? "\uFEFF" : ""}${header}${body}`;
}

function metadataText(doc: NetworkDocument): string {
  const metadata: Record<string, unknown> = { format: doc.format, name: doc.name };
  if (doc.description !== undefined) metadata.description = doc.description;
  if (doc.sources !== undefined) metadata.sources = doc.sources;
  if (!sameJson(doc.qualityScale, DEFAULT_QUALITY_SCALE)) metadata.qualityScale = doc.qualityScale;
  for (const key of ["forums", "memberships", "rules"] as const)
    if (doc[key] !== undefined) metadata[key] = doc[key];
  return `${JSON.stringify(metadata, null, 2)}\n`;
}

/**
 * Writes a network document as a CSV bundle (file name → text) that {@link readCsvBundle} reads back
 * into exactly the same document. It always writes `network.json`, `actors.csv` and `ties.csv`;
 * `sectors.csv` and `clusters.csv` only when inferring them from actors and organisations would not
 * give back the document's own lists, and `organisations.csv` when there are organisations. Columns
 * that no row uses are left out, except required ones. Attribute columns get a type suffix where
 * needed (see {@link AttributeType}).
 *
 * @example
 * for (const [name, text] of Object.entries(writeCsvBundle(doc, { separator: ";" }))) save(name, text);
 */
export function writeCsvBundle(
  doc: NetworkDocument,
  options: WriteCsvBundleOptions = {},
): Record<string, string> {
  const separator = options.separator ?? ",";
  const files: Record<string, string> = { [METADATA_FILE]: metadataText(doc) };
  const mentions = [doc.actors, doc.organisations] as unknown as Item[][];
  for (const key of ["sectors", "clusters"] as const) {
    const inferred = distinctValues(mentions, key === "sectors" ? "sector" : "cluster").map((m) => ({
      id: m.id,
      label: m.id,
    }));
    if (!sameJson(doc[key], inferred)) files[`${key}.csv`] = writeTable(key, doc[key], separator);
  }
  if (doc.organisations.length > 0)
    files["organisations.csv"] = writeTable("organisations", doc.organisations, separator);
  files["actors.csv"] = writeTable("actors", doc.actors, separator);
  files["ties.csv"] = writeTable("ties", doc.ties, separator);
  return files;
}
