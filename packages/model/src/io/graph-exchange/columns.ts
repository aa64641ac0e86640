/**
 * Actors and ties as rows of named, typed columns: the shared encoding of GEXF and GraphML.
 *
 * Core fields are columns with fixed names and raw values. Actors have `label` (display text; in
 * GEXF it is the node's own `label`), `label:en` and `label:da` (only when the label is given per
 * language), `sector`, `organisation`, `cluster` and `kind`. Ties have `kind`, `directed` (always
 * written, so direction never depends on the graph's default), `channel`, `quality` and `weight`
 * (in GEXF the edge's own `weight`). Each extra attribute is a column of its own, named by its key
 * and typed as described in `values.ts`. An extra attribute whose key is a core name, `id`, `label`,
 * `weight`, or begins with `attr:` gets the prefix `attr:` (so `sector` becomes `attr:sector`);
 * reading strips one `attr:`. An element whose `attributes` is present but empty carries
 * `tvaers:empty-attributes` = true.
 */
import type { Problem } from "../../errors/problem.js";
import type { Actor } from "../../schema/actor.js";
import { type Attributes, type AttributeValue, safeRecord } from "../../schema/attributes.js";
import { labelText } from "../../schema/label.js";
import type { Tie } from "../../schema/tie.js";
import {
  type ColumnType,
  columnType,
  decodeValue,
  encodeValue,
  formatNumber,
  parseBoolean,
  parseNumber,
} from "./values.js";

/** The prefix that keeps an extra attribute apart from a core column of the same name. */
const ESCAPE_PREFIX = "attr:";
/** The column that marks an element whose `attributes` object is present but empty. */
const EMPTY_ATTRIBUTES = "tvaers:empty-attributes";

const CORE_TYPES: Record<string, ColumnType> = {
  label: "string",
  "label:en": "string",
  "label:da": "string",
  sector: "string",
  organisation: "string",
  cluster: "string",
  kind: "string",
  channel: "string",
  directed: "boolean",
  quality: "double",
  weight: "double",
  [EMPTY_ATTRIBUTES]: "boolean",
};
const ALWAYS_ESCAPED = ["id", "label", "weight"];

/** Which core columns a format writes as columns (GEXF keeps node labels and edge weights elsewhere). */
export interface CoreColumns {
  node: ReadonlySet<string>;
  edge: ReadonlySet<string>;
}

/** Core columns of GraphML. */
export const GRAPHML_CORE: CoreColumns = {
  node: new Set([
    "label",
    "label:en",
    "label:da",
    "sector",
    "organisation",
    "cluster",
    "kind",
    EMPTY_ATTRIBUTES,
  ]),
  edge: new Set(["kind", "weight", "directed", "channel", "quality", EMPTY_ATTRIBUTES]),
};

/** Core columns of GEXF. */
export const GEXF_CORE: CoreColumns = {
  node: new Set([...GRAPHML_CORE.node].filter((c) => c !== "label")),
  edge: new Set([...GRAPHML_CORE.edge].filter((c) => c !== "weight")),
};

/** A declared column. */
export interface Column {
  name: string;
  type: ColumnType;
}

/** Columns and, per element, its values as text in the order written. */
export interface Table {
  columns: Column[];
  rows: (readonly [column: string, text: string])[][];
}

type Cell = readonly [column: string, value: AttributeValue, core: boolean];

function tabulate(rows: Cell[][]): Table {
  const values = new Map<string, { core: boolean; values: AttributeValue[] }>();
  for (const [name, value, core] of rows.flat()) {
    const entry = values.get(name) ?? { core, values: [] };
    entry.values.push(value);
    values.set(name, entry);
  }
  const types = new Map<string, ColumnType>();
  for (const [name, { core, values: all }] of values)
    types.set(name, core ? CORE_TYPES[name]! : columnType(all));
  const raw = (value: AttributeValue) => (typeof value === "number" ? formatNumber(value) : String(value));
  return {
    columns: [...types].map(([name, type]) => ({ name, type })),
    rows: rows.map((cells) =>
      cells.map(
        ([name, value, core]) => [name, core ? raw(value) : encodeValue(types.get(name)!, value)] as const,
      ),
    ),
  };
}

function extras(attributes: Attributes | undefined, core: ReadonlySet<string>): Cell[] {
  if (attributes === undefined) return [];
  const keys = Object.keys(attributes);
  if (keys.length === 0) return [[EMPTY_ATTRIBUTES, true, true]];
  return keys.map((key) => {
    const escaped = core.has(key) || ALWAYS_ESCAPED.includes(key) || key.startsWith(ESCAPE_PREFIX);
    return [escaped ? `${ESCAPE_PREFIX}${key}` : key, attributes[key]!, false] as const;
  });
}

/** The node table of a document's actors. */
export function actorTable(actors: readonly Actor[], core: CoreColumns): Table {
  return tabulate(
    actors.map((a) => {
      const cells: Cell[] = [];
      const add = (name: string, value: string | undefined) => {
        if (value !== undefined && core.node.has(name)) cells.push([name, value, true]);
      };
      add("label", labelText(a.label));
      if (typeof a.label !== "string") {
        add("label:en", a.label.en);
        add("label:da", a.label.da);
      }
      add("sector", a.sector);
      add("organisation", a.organisation);
      add("cluster", a.cluster);
      add("kind", a.kind);
      return [...cells, ...extras(a.attributes, core.node)];
    }),
  );
}

/** The edge table of a document's ties. */
export function tieTable(ties: readonly Tie[], core: CoreColumns): Table {
  return tabulate(
    ties.map((t) => {
      const cells: Cell[] = [];
      const add = (name: string, value: string | number | boolean | undefined) => {
        if (value !== undefined && core.edge.has(name)) cells.push([name, value, true]);
      };
      add("kind", t.kind);
      add("weight", t.weight);
      add("directed", t.directed);
      add("channel", t.channel);
      add("quality", t.quality);
      return [...cells, ...extras(t.attributes, core.edge)];
    }),
  );
}

/** One value of an element as read from a file: column name, text and declared type. */
export interface RawCell {
  name: string;
  text: string;
  type: string;
}

/** Splits an element's cells into core values (raw text) and decoded extra attributes. */
function split(
  cells: readonly RawCell[],
  core: ReadonlySet<string>,
  report: (field: string, message: string) => void,
) {
  const fields = new Map<string, string>();
  const extra: [string, AttributeValue][] = [];
  for (const cell of cells) {
    if (!cell.name.startsWith(ESCAPE_PREFIX) && core.has(cell.name)) {
      fields.set(cell.name, cell.text);
      continue;
    }
    const key = cell.name.startsWith(ESCAPE_PREFIX) ? cell.name.slice(ESCAPE_PREFIX.length) : cell.name;
    const decoded = decodeValue(cell.type, cell.text);
    if ("problem" in decoded) report(key, `attribute "${key}" ${decoded.problem}`);
    else extra.push([key, decoded.value]);
  }
  const empty = fields.get(EMPTY_ATTRIBUTES);
  const attributes =
    extra.length > 0 || (empty !== undefined && parseBoolean(empty)) ? safeRecord(extra) : undefined;
  return { fields, attributes };
}

/** Where an element was read, for problems. */
export interface ElementSource {
  line: number;
  file?: string;
  problems: Problem[];
}

function reporter(source: ElementSource) {
  return (field: string, message: string) => {
    source.problems.push({
      ...(source.file !== undefined && { file: source.file }),
      line: source.line,
      field,
      message,
    });
  };
}

/**
 * Reads an actor from a node's id, its own label (GEXF) and its cells. The label is the
 * `label:en`/`label:da` pair when present, else the `label` column or the node's label, else its id.
 * Fields that cannot be read are reported and left out; the result is checked by `parseNetwork`.
 */
export function readActor(
  id: string | undefined,
  nodeLabel: string | undefined,
  cells: readonly RawCell[],
  core: CoreColumns,
  source: ElementSource,
): Record<string, unknown> {
  const { fields, attributes } = split(cells, core.node, reporter(source));
  const en = fields.get("label:en");
  const da = fields.get("label:da");
  const label =
    en !== undefined || da !== undefined
      ? { ...(en !== undefined && { en }), ...(da !== undefined && { da }) }
      : (fields.get("label") ?? nodeLabel ?? id);
  const actor: Record<string, unknown> = { id, label, sector: fields.get("sector") };
  for (const name of ["organisation", "cluster", "kind"]) {
    const value = fields.get(name);
    if (value !== undefined) actor[name] = value;
  }
  if (attributes !== undefined) actor.attributes = attributes;
  return actor;
}

/** What a format knows about an edge outside its columns. */
export interface EdgeFacts {
  id: string | undefined;
  source: string | undefined;
  target: string | undefined;
  /** The edge's own weight (GEXF), as text. */
  weight?: string | undefined;
  /** Direction from the edge's type or the graph's default, used when there is no `directed` column. */
  directed: boolean;
  /** The tie kind when the edge has no `kind` column (files from other tools), or `undefined` to require one. */
  defaultKind: string | undefined;
}

/** Reads a tie from an edge's facts and cells. Fields that cannot be read are reported and left out. */
export function readTie(
  facts: EdgeFacts,
  cells: readonly RawCell[],
  core: CoreColumns,
  source: ElementSource,
): Record<string, unknown> {
  const report = reporter(source);
  const { fields, attributes } = split(cells, core.edge, report);
  const tie: Record<string, unknown> = {};
  if (facts.id !== undefined) tie.id = facts.id;
  tie.source = facts.source;
  tie.target = facts.target;
  tie.kind = fields.get("kind") ?? facts.defaultKind;
  const number = (field: string, text: string | undefined) => {
    if (text === undefined) return;
    const n = parseNumber(text);
    if (n === undefined) report(field, `${field} must be a number, not "${text}"`);
    else tie[field] = n;
  };
  number("weight", fields.get("weight") ?? facts.weight);
  const directed = fields.get("directed");
  const flag = directed === undefined ? facts.directed : parseBoolean(directed);
  if (flag === undefined) report("directed", `directed must be true or false, not "${directed}"`);
  else tie.directed = flag;
  const channel = fields.get("channel");
  if (channel !== undefined) tie.channel = channel;
  number("quality", fields.get("quality"));
  if (attributes !== undefined) tie.attributes = attributes;
  return tie;
}
