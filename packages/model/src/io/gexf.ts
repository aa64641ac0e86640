/**
 * GEXF 1.3 (Gephi's format) for network documents, lossless both ways and readable by Gephi and networkx.
 *
 * Writing: each actor is a node keyed by its id with its display label as the node label; each tie
 * is an edge (with its id when it has one) whose GEXF `weight` is the tie's weight. Actor and tie
 * fields and extra attributes are typed GEXF attributes, encoded as described in
 * `graph-exchange/columns.ts` (core names `sector`, `organisation`, `cluster`, `kind`, `label:en`,
 * `label:da`, `directed`, `channel`, `quality`; extra attributes under their own names, `attr:`-prefixed
 * when they would clash) and `graph-exchange/values.ts` (JSON after `json:` for lists, objects, null
 * and mixed columns). The document's description is the GEXF `<meta><description>`; its name, sources,
 * quality scale, sectors, clusters, organisations, forums, memberships and rules travel as JSON in a `<tvaers:network>` element
 * of `<meta>` (namespace {@link TVAERS_GEXF_NAMESPACE}), which other tools skip.
 *
 * Direction: networkx cannot read a GEXF graph that mixes directed and undirected edges, so the graph
 * is `directed` when any tie is, and every edge carries a `directed` attribute saying what the tie is.
 *
 * Reading also takes GEXF 1.1–1.3 files made by other tools: see `graph-exchange/foreign.ts` for the
 * defaults (sector `unknown` with a warning, tie kind `collaboration`), an edge's `type` or the graph's
 * `defaultedgetype` for direction, and `graph-exchange/gexf-viz.ts` for layout data.
 */
import { TvaersInputError } from "../errors/input-error.js";
import type { Problem } from "../errors/problem.js";
import { labelText } from "../schema/label.js";
import { NETWORK_FORMAT, type NetworkDocument } from "../schema/network.js";
import { actorTable, GEXF_CORE, readActor, readTie, type Table, tieTable } from "./graph-exchange/columns.js";
import { finishNetwork } from "./graph-exchange/finish.js";
import {
  DEFAULT_FOREIGN_TIE_KIND,
  foreignCatalogue,
  foreignDescription,
  foreignName,
} from "./graph-exchange/foreign.js";
import { cellsOf, declarations } from "./graph-exchange/gexf-cells.js";
import { childNamed, childrenNamed, type GraphFileReadOptions, readXml } from "./graph-exchange/read-xml.js";
import { formatNumber } from "./graph-exchange/values.js";
import {
  assertWritableAsXml,
  startTag,
  textElement,
  type XmlAttributes,
} from "./graph-exchange/xml-write.js";

/** The namespace of the `<tvaers:network>` element that carries document-level data in GEXF `<meta>`. */
export const TVAERS_GEXF_NAMESPACE = "urn:tvaers:network:v1";

const GEXF_NAMESPACE = "http://gexf.net/1.3";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

function writeColumns(out: string[], forClass: "node" | "edge", table: Table): Map<string, string> {
  const ids = new Map(table.columns.map((c, i) => [c.name, String(i)]));
  if (table.columns.length === 0) return ids;
  out.push(`    ${startTag("attributes", [["class", forClass]])}`);
  for (const c of table.columns) {
    out.push(
      `      ${startTag(
        "attribute",
        [
          ["id", ids.get(c.name)],
          ["title", c.name],
          ["type", c.type],
        ],
        true,
      )}`,
    );
  }
  out.push("    </attributes>");
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
    out.push(`      ${startTag(tag, attributes, true)}`);
    return;
  }
  out.push(`      ${startTag(tag, attributes)}`, "        <attvalues>");
  for (const [column, text] of row) {
    out.push(
      `          ${startTag(
        "attvalue",
        [
          ["for", ids.get(column)],
          ["value", text],
        ],
        true,
      )}`,
    );
  }
  out.push("        </attvalues>", `      </${tag}>`);
}

/**
 * Writes a network document as GEXF 1.3 text. Throws a {@link TvaersInputError} when a text holds a
 * character XML cannot carry (such as a control character).
 *
 * @example
 * await writeFile("klynge-vest.gexf", toGexf(doc));
 */
export function toGexf(doc: NetworkDocument): string {
  assertWritableAsXml(doc, "GEXF");
  const {
    format,
    name,
    sources,
    qualityScale,
    sectors,
    clusters,
    organisations,
    forums,
    memberships,
    rules,
  } = doc;
  const meta = {
    format,
    name,
    ...(sources !== undefined && { sources }),
    qualityScale,
    sectors,
    clusters,
    organisations,
    ...(forums !== undefined && { forums }),
    ...(memberships !== undefined && { memberships }),
    ...(rules !== undefined && { rules }),
  };
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    startTag("gexf", [
      ["xmlns", GEXF_NAMESPACE],
      ["xmlns:xsi", XSI],
      ["xsi:schemaLocation", `${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd`],
      ["version", "1.3"],
    ]),
    "  <meta>",
    `    ${textElement("creator", [], "tvaers")}`,
  ];
  if (doc.description !== undefined) out.push(`    ${textElement("description", [], doc.description)}`);
  out.push(
    `    ${textElement("tvaers:network", [["xmlns:tvaers", TVAERS_GEXF_NAMESPACE]], JSON.stringify(meta))}`,
    "  </meta>",
    `  ${startTag("graph", [
      ["mode", "static"],
      ["defaultedgetype", doc.ties.some((t) => t.directed) ? "directed" : "undirected"],
    ])}`,
  );
  const nodes = actorTable(doc.actors, GEXF_CORE);
  const edges = tieTable(doc.ties, GEXF_CORE);
  const nodeIds = writeColumns(out, "node", nodes);
  const edgeIds = writeColumns(out, "edge", edges);
  out.push("    <nodes>");
  doc.actors.forEach((a, i) => {
    writeElement(
      out,
      "node",
      [
        ["id", a.id],
        ["label", labelText(a.label)],
      ],
      nodes.rows[i]!,
      nodeIds,
    );
  });
  out.push("    </nodes>", "    <edges>");
  doc.ties.forEach((t, i) => {
    const attributes = [
      ["id", t.id],
      ["source", t.source],
      ["target", t.target],
      ["weight", formatNumber(t.weight)],
    ] as const;
    writeElement(out, "edge", attributes, edges.rows[i]!, edgeIds);
  });
  out.push("    </edges>", "  </graph>", "</gexf>", "");
  return out.join("\n");
}

/**
 * Reads GEXF text (written by {@link toGexf}, Gephi, networkx or another tool) as a validated network
 * document. Throws a {@link TvaersInputError} listing every problem, each with the file and line.
 *
 * @example
 * const doc = parseGexf(await readFile("klynge-vest.gexf", "utf8"), { file: "klynge-vest.gexf" });
 */
export function parseGexf(text: string, options: GraphFileReadOptions = {}): NetworkDocument {
  const { file } = options;
  const root = readXml(text, { name: "GEXF", root: "gexf" }, file);
  const graph = childNamed(root, "graph");
  const where = (line: number) => ({ ...(file !== undefined && { file }), line });
  if (graph === undefined) {
    throw new TvaersInputError([{ ...where(root.line), message: "the GEXF file has no <graph> element" }]);
  }
  const problems: Problem[] = [];
  if (graph.attributes.get("mode") === "dynamic") {
    problems.push({
      ...where(graph.line),
      field: "mode",
      message:
        "this GEXF network changes over time (mode dynamic); tvaers reads static networks, so export a static one",
    });
  }
  const meta = childNamed(root, "meta");
  const extension = meta?.children.find((c) => c.ns === TVAERS_GEXF_NAMESPACE && c.local === "network");
  const nodeColumns = declarations(graph, "node");
  const edgeColumns = declarations(graph, "edge");
  const nodes = childrenNamed(graph, "nodes").flatMap((n) => childrenNamed(n, "node"));
  const edges = childrenNamed(graph, "edges").flatMap((e) => childrenNamed(e, "edge"));
  const actors = nodes.map((node) =>
    readActor(
      node.attributes.get("id"),
      node.attributes.get("label"),
      cellsOf(node, nodeColumns),
      GEXF_CORE,
      {
        ...where(node.line),
        problems,
      },
    ),
  );
  const defaultType = graph.attributes.get("defaultedgetype") ?? "undirected";
  const ties = edges.map((edge) => {
    const a = edge.attributes;
    const label = a.get("label");
    const cells = [
      ...(label !== undefined ? [{ name: "label", text: label, type: "string" }] : []),
      ...cellsOf(edge, edgeColumns),
    ];
    const facts = {
      id: a.get("id"),
      source: a.get("source"),
      target: a.get("target"),
      weight: a.get("weight"),
      directed: (a.get("type") ?? defaultType) === "directed",
      defaultKind: a.get("kind") ?? (extension === undefined ? DEFAULT_FOREIGN_TIE_KIND : undefined),
    };
    return readTie(facts, cells, GEXF_CORE, { ...where(edge.line), problems });
  });
  const lines = {
    document: (extension ?? meta ?? graph).line,
    actors: nodes.map((n) => n.line),
    ties: edges.map((e) => e.line),
  };
  const description = meta === undefined ? undefined : childNamed(meta, "description")?.text;
  if (extension !== undefined) {
    let data: unknown;
    try {
      data = JSON.parse(extension.text);
    } catch {
      // Broken document data would make every reference to a sector look wrong: report the cause only.
      problems.push({ ...where(extension.line), message: "the tvaers data in <meta> is not valid JSON" });
      throw new TvaersInputError(problems);
    }
    const own = data !== null && typeof data === "object" && !Array.isArray(data) ? (data as object) : {};
    const value = { ...own, ...(description !== undefined && { description }), actors, ties };
    return finishNetwork(value, lines, problems, options);
  }
  const catalogue = foreignCatalogue(actors, lines.actors, file, options.onWarning);
  const title = meta === undefined ? undefined : childNamed(meta, "title")?.text;
  const other: [string, string][] = (meta?.children ?? [])
    .filter((c) => c.ns === meta?.ns && c.local !== "description" && c.local !== "title")
    .map((c) => [c.local, c.text.trim()]);
  const modified = meta?.attributes.get("lastmodifieddate");
  if (modified !== undefined) other.push(["lastmodifieddate", modified]);
  const about = foreignDescription(description, other);
  const value = {
    format: NETWORK_FORMAT,
    name: foreignName(graph.attributes.get("name") ?? title, file),
    ...(about !== undefined && { description: about }),
    sectors: catalogue.sectors,
    clusters: catalogue.clusters,
    organisations: catalogue.organisations,
    actors,
    ties,
  };
  return finishNetwork(value, { ...lines, ...catalogue.lines }, problems, options);
}
