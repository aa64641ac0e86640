/** The collections of a network document that a CSV bundle holds, one file each. */
export type CollectionKey = "sectors" | "clusters" | "organisations" | "actors" | "ties";

/**
 * How a field's cells are read and written. `attributes` is a JSON object of further attributes
 * (the writer uses it only to keep an empty `attributes` object).
 */
export type FieldType = "text" | "number" | "boolean" | "attributes";

/** What one CSV file of a bundle holds: its fields (columns) and which of them are required. */
export interface CollectionSpec {
  key: CollectionKey;
  file: string;
  /** The fields in column order, `label` standing for the columns `label`, `label_en` and `label_da`. */
  fields: Readonly<Record<string, FieldType>>;
  required: readonly string[];
}

/** The files of a CSV bundle in reading order, sectors first, so that problems read top to bottom. */
export const COLLECTIONS: readonly CollectionSpec[] = [
  {
    key: "sectors",
    file: "sectors.csv",
    fields: { id: "text", label: "text", description: "text" },
    required: ["id", "label"],
  },
  {
    key: "clusters",
    file: "clusters.csv",
    fields: { id: "text", label: "text", region: "text", description: "text" },
    required: ["id", "label"],
  },
  {
    key: "organisations",
    file: "organisations.csv",
    fields: { id: "text", label: "text", sector: "text", cluster: "text", description: "text" },
    required: ["id", "label", "sector"],
  },
  {
    key: "actors",
    file: "actors.csv",
    fields: {
      id: "text",
      label: "text",
      sector: "text",
      organisation: "text",
      cluster: "text",
      kind: "text",
      attributes: "attributes",
    },
    required: ["id", "label", "sector"],
  },
  {
    key: "ties",
    file: "ties.csv",
    fields: {
      id: "text",
      source: "text",
      target: "text",
      kind: "text",
      weight: "number",
      directed: "boolean",
      channel: "text",
      quality: "number",
      attributes: "attributes",
    },
    required: ["source", "target", "kind"],
  },
];

/** The file of a CSV bundle that holds the document's metadata (name, description, sources, quality scale). */
export const METADATA_FILE = "network.json";

/** Whether extra columns of a collection's file become attributes (actors and ties). */
export function hasAttributes(spec: CollectionSpec): boolean {
  return Object.hasOwn(spec.fields, "attributes");
}

/** The spec of one collection. */
export function collectionSpec(key: CollectionKey): CollectionSpec {
  return COLLECTIONS.find((c) => c.key === key)!;
}

/** The label columns: `label` holds a plain label, `label_en`/`label_da` the two halves of `{ en, da }`. */
export const LABEL_COLUMNS = { label: undefined, label_en: "en", label_da: "da" } as const;

/**
 * The field a header without a type suffix names in this collection (spaces and case ignored, so
 * `Sector ` is `sector`), or `undefined` when it names an attribute or nothing.
 */
export function fieldOfHeader(spec: CollectionSpec, header: string): string | undefined {
  const name = header.trim().toLowerCase();
  if (Object.hasOwn(spec.fields, "label") && Object.hasOwn(LABEL_COLUMNS, name)) return name;
  return Object.hasOwn(spec.fields, name) ? name : undefined;
}
