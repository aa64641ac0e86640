/**
 * GraphML for network documents, lossless both ways and readable by networkx, Cytoscape, Gephi and yEd.
 *
 * Writing: each actor is a node keyed by its id, each tie an edge (with its id when it has one).
 * Every value is a `<data>` element of a `<key>` declared with its `attr.name` and typed `attr.type`.
 * Actor and tie fields and extra attributes are encoded as described in `graph-exchange/columns.ts`
 * (core names `label`, `label:en`, `label:da`, `sector`, `organisation`, `cluster`, `kind`, `weight`,
 * `directed`, `channel`, `quality`; extra attributes under their own names, `attr:`-prefixed when they
 * would clash) and `graph-exchange/values.ts` (JSON after `json:` for lists, objects, null and mixed
 * columns). Document-level data is graph data (`<data>` of keys `for="graph"`): `format`
 * (`tvaers.network/v1`, which marks a tvaers file), `name`, `description`, and `sources`,
 * `qualityScale`, `sectors`, `clusters`, `organisations`, `forums`, `memberships` and `rules` as JSON text.
 *
 * Direction: networkx cannot read a GraphML graph that mixes directed and undirected edges, so
 * `edgedefault` is `directed` when any tie is, and every edge carries a `directed` value saying what
 * the tie is.
 *
 * Reading also takes GraphML made by other tools: see `graph-exchange/foreign.ts` for the defaults
 * (sector `unknown` with a warning, tie kind `collaboration`); an edge's `directed` attribute or the
 * graph's `edgedefault` gives direction when there is no `directed` value; graph data other than
 * `name` and `description` is kept as lines of the description.
 */
import { TvaersInputError } from "../errors/input-error.js";
import type { Problem } from "../errors/problem.js";
import { NETWORK_FORMAT, type NetworkDocument } from "../schema/network.js";
import {
  actorTable,
  GRAPHML_CORE,
  type RawCell,
  readActor,
  readTie,
  type Table,
  tieTable,
} from "./graph-exchange/columns.js";
import { finishNetwork } from "./graph-exchange/finish.js";
import {
  DEFAULT_FOREIGN_TIE_KIND,
  foreignCatalogue,
  foreignDescription,
  foreignName,
} from "./graph-exchange/foreign.js";
import { childNamed, childrenNamed, type GraphFileReadOptions, readXml } from "./graph-exchange/read-xml.js";
import { parseBoolean } from "./graph-exchange/values.js";
import type { XmlElement } from "./graph-exchange/xml-parse.js";
import {
  assertWritableAsXml,
  startTag,
  textElement,
  type XmlAttributes,
} from "./graph-exchange/xml-write.js";

const GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
/** Graph data of a tvaers file that holds JSON text. */
const JSON_GRAPH_DATA = [
  "sources",
  "qualityScale",
  "sectors",
  "clusters",
  "organisations",
  "forums",
  "memberships",
  "rules",
] as const;

function declareKeys(out: string[], domain: "graph" | "node" | "edge", columns: Table["columns"]) {
  const ids = new Map(columns.map((c, i) => [c.name, `${domain[0]}${i}`]));
  for (const c of columns) {
    out.push(
      `  ${startTag(
        "key",
        [
          ["id", ids.get(c.name)],
          ["for", domain],
          ["attr.name", c.name],
          ["attr.type", c.type],
        ],
        true,
      )}`,
    );
  }
  return ids;
}

function writeElement(
  out: string[],
  tag: string,
  attributes: XmlAttributes,
  row: Table["rows"][number],
  ids: Map<string, string>,
) {
  if (row.length === 0) {
    out.push(`    ${startTag(tag, attributes, true)}`);
    return;
  }
  out.push(`    ${startTag(tag, attributes)}`);
  for (const [column, text] of row)
    out.push(`      ${textElement("data", [["key", ids.get(column)]], text)}`);
  out.push(`    </${tag}>`);
}

/**
 * Writes a network document as GraphML text. Throws a {@link TvaersInputError} when a text holds a
 * character XML cannot carry (such as a control character).
 *
 * @example
 * await writeFile("klynge-vest.graphml", toGraphml(doc));
 */
export function toGraphml(doc: NetworkDocument): string {
  assertWritableAsXml(doc, "GraphML");
  const graphData: (readonly [string, string])[] = [
    ["format", doc.format],
    ["name", doc.name],
    ...(doc.description !== undefined ? [["description", doc.description] as const] : []),
    ...JSON_GRAPH_DATA.filter((k) => doc[k] !== undefined).map((k) => [k, JSON.stringify(doc[k])] as const),
  ];
  const nodes = actorTable(doc.actors, GRAPHML_CORE);
  const edges = tieTable(doc.ties, GRAPHML_CORE);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    startTag("graphml", [
      ["xmlns", GRAPHML_NAMESPACE],
      ["xmlns:xsi", XSI],
      ["xsi:schemaLocation", `${GRAPHML_NAMESPACE} ${GRAPHML_NAMESPACE}/1.0/graphml.xsd`],
    ]),
  ];
  const graphIds = declareKeys(
    out,
    "graph",
    graphData.map(([name]) => ({ name, type: "string" })),
  );
  const nodeIds = declareKeys(out, "node", nodes.columns);
  const edgeIds = declareKeys(out, "edge", edges.columns);
  out.push(
    `  ${startTag("graph", [["edgedefault", doc.ties.some((t) => t.directed) ? "directed" : "undirected"]])}`,
  );
  for (const [name, text] of graphData)
    out.push(`    ${textElement("data", [["key", graphIds.get(name)]], text)}`);
  doc.actors.forEach((a, i) => {
    writeElement(out, "node", [["id", a.id]], nodes.rows[i]!, nodeIds);
  });
  doc.ties.forEach((t, i) => {
    const attributes = [
      ["id", t.id],
      ["source", t.source],
      ["target", t.target],
    ] as const;
    writeElement(out, "edge", attributes, edges.rows[i]!, edgeIds);
  });
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}

interface Key {
  name: string;
  type: string;
  fallback: string | undefined;
}

function keysFor(root: XmlElement, domain: string): Map<string, Key> {
  const out = new Map<string, Key>();
  for (const k of childrenNamed(root, "key")) {
    const applies = k.attributes.get("for") ?? "all";
    if (applies !== domain && applies !== "all") continue;
    const id = k.attributes.get("id") ?? "";
    out.set(id, {
      name: k.attributes.get("attr.name") ?? id,
      type: k.attributes.get("attr.type") ?? "string",
      fallback: childNamed(k, "default")?.text,
    });
  }
  return out;
}

function cellsOf(element: XmlElement, keys: Map<string, Key>): (RawCell & { line: number })[] {
  const given = new Set<string>();
  const cells = childrenNamed(element, "data").map((d) => {
    const id = d.attributes.get("key") ?? "";
    given.add(id);
    const key = keys.get(id) ?? { name: id, type: "string" };
    return { name: key.name, text: d.text, type: key.type, line: d.line };
  });
  for (const [id, key] of keys) {
    if (!given.has(id) && key.fallback !== undefined) {
      cells.push({ name: key.name, text: key.fallback, type: key.type, line: element.line });
    }
  }
  return cells;
}

/**
 * Reads GraphML text (written by {@link toGraphml}, networkx, Cytoscape or another tool) as a validated
 * network document. Throws a {@link TvaersInputError} listing every problem, each with the file and line.
 *
 * @example
 * const doc = parseGraphml(await readFile("klynge-vest.graphml", "utf8"), { file: "klynge-vest.graphml" });
 */
export function parseGraphml(text: string, options: GraphFileReadOptions = {}): NetworkDocument {
  const { file } = options;
  const root = readXml(text, { name: "GraphML", root: "graphml" }, file);
  const where = (line: number) => ({ ...(file !== undefined && { file }), line });
  const graphs = childrenNamed(root, "graph");
  const graph = graphs[0];
  if (graph === undefined) {
    throw new TvaersInputError([{ ...where(root.line), message: "the GraphML file has no <graph> element" }]);
  }
  const problems: Problem[] = [];
  if (graphs.length > 1) {
    problems.push({
      ...where(graphs[1]!.line),
      message: `the file holds ${graphs.length} graphs; tvaers reads one network per file, so save each graph in its own file`,
    });
  }
  const data = new Map(cellsOf(graph, keysFor(root, "graph")).map((c) => [c.name, c] as const));
  const tvaers = data.get("format")?.text === NETWORK_FORMAT;
  const nodeKeys = keysFor(root, "node");
  const edgeKeys = keysFor(root, "edge");
  const nodes = childrenNamed(graph, "node");
  const edges = childrenNamed(graph, "edge");
  const actors = nodes.map((node) =>
    readActor(node.attributes.get("id"), undefined, cellsOf(node, nodeKeys), GRAPHML_CORE, {
      ...where(node.line),
      problems,
    }),
  );
  const directedByDefault = (graph.attributes.get("edgedefault") ?? "directed") === "directed";
  const ties = edges.map((edge) => {
    const a = edge.attributes;
    const own = a.get("directed");
    const facts = {
      id: a.get("id"),
      source: a.get("source"),
      target: a.get("target"),
      directed: (own === undefined ? undefined : parseBoolean(own)) ?? directedByDefault,
      defaultKind: tvaers ? undefined : DEFAULT_FOREIGN_TIE_KIND,
    };
    return readTie(facts, cellsOf(edge, edgeKeys), GRAPHML_CORE, { ...where(edge.line), problems });
  });
  const lines = { document: graph.line, actors: nodes.map((n) => n.line), ties: edges.map((e) => e.line) };
  const known = new Set<string>(["format", "name", "description", ...(tvaers ? JSON_GRAPH_DATA : [])]);
  const other = [...data.values()].filter((c) => !known.has(c.name)).map((c) => [c.name, c.text] as const);
  const given = data.get("description")?.text;
  const description = other.length > 0 ? foreignDescription(given, other) : given;
  const about = description === undefined ? {} : { description };
  if (tvaers) {
    const value: Record<string, unknown> = { format: NETWORK_FORMAT, name: data.get("name")?.text, ...about };
    const broken: Problem[] = [];
    for (const key of JSON_GRAPH_DATA) {
      const cell = data.get(key);
      if (cell === undefined) continue;
      try {
        value[key] = JSON.parse(cell.text);
      } catch {
        broken.push({
          ...where(cell.line),
          field: key,
          message: `the graph data "${key}" is not valid JSON`,
        });
      }
    }
    // Broken document data would make every reference to a sector look wrong: report the cause only.
    if (broken.length > 0) throw new TvaersInputError([...problems, ...broken]);
    return finishNetwork({ ...value, actors, ties }, lines, problems, options);
  }
  const catalogue = foreignCatalogue(actors, lines.actors, file, options.onWarning);
  const value = {
    format: NETWORK_FORMAT,
    name: foreignName(data.get("name")?.text, file),
    ...about,
    sectors: catalogue.sectors,
    clusters: catalogue.clusters,
    organisations: catalogue.organisations,
    actors,
    ties,
  };
  return finishNetwork(value, { ...lines, ...catalogue.lines }, problems, options);
}
