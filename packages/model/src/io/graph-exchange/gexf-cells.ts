/**
 * The values of GEXF nodes and edges as cells: declared attributes (`<attributes>` with their
 * `<default>`s), `<attvalues>`, and visual data (the `viz` module Gephi writes) as extra attributes,
 * so a layout made in Gephi is kept: `viz:color` (`#rrggbb`, `rgb(r,g,b)` or `rgba(r,g,b,a)`),
 * `viz:x`, `viz:y`, `viz:z`, `viz:size`, `viz:thickness` (numbers) and `viz:shape`.
 */
import type { RawCell } from "./columns.js";
import { childNamed, childrenNamed } from "./read-xml.js";
import type { XmlElement } from "./xml-parse.js";

const NUMERIC: Record<string, readonly string[]> = {
  position: ["x", "y", "z"],
  size: ["value"],
  thickness: ["value"],
};

/** The cells of a node's or edge's visual data (children outside the GEXF namespace). */
function vizCells(element: XmlElement): RawCell[] {
  const cells: RawCell[] = [];
  for (const child of element.children) {
    if (child.ns === element.ns) continue;
    const get = (name: string) => child.attributes.get(name);
    if (child.local === "color") {
      const hex = get("hex");
      const rgb = ["r", "g", "b"].map(get).join(",");
      const a = get("a");
      const text = hex ?? (a !== undefined ? `rgba(${rgb},${a})` : `rgb(${rgb})`);
      cells.push({ name: "viz:color", text, type: "string" });
    } else if (child.local === "shape") {
      const shape = get("value") ?? get("shape");
      if (shape !== undefined) cells.push({ name: "viz:shape", text: shape, type: "string" });
    } else if (Object.hasOwn(NUMERIC, child.local)) {
      for (const attribute of NUMERIC[child.local]!) {
        const text = get(attribute);
        const name = attribute === "value" ? `viz:${child.local}` : `viz:${attribute}`;
        if (text !== undefined) cells.push({ name, text, type: "double" });
      }
    }
  }
  return cells;
}

/** A declared GEXF attribute: its title, type and default value. */
interface Declared {
  title: string;
  type: string;
  fallback: string | undefined;
}

/** The attributes a GEXF graph declares for nodes or edges, by id. */
export function declarations(graph: XmlElement, forClass: string): Map<string, Declared> {
  const out = new Map<string, Declared>();
  for (const group of childrenNamed(graph, "attributes")) {
    if (group.attributes.get("class") !== forClass) continue;
    for (const a of childrenNamed(group, "attribute")) {
      const id = a.attributes.get("id") ?? a.attributes.get("for") ?? "";
      const fallback = childNamed(a, "default")?.text;
      out.set(id, {
        title: a.attributes.get("title") ?? id,
        type: a.attributes.get("type") ?? "string",
        fallback,
      });
    }
  }
  return out;
}

/** The cells of a node or edge: its attvalues, declared defaults it lacks, and its visual data. */
export function cellsOf(element: XmlElement, declared: Map<string, Declared>): RawCell[] {
  const cells: RawCell[] = [];
  const given = new Set<string>();
  for (const group of childrenNamed(element, "attvalues")) {
    for (const v of childrenNamed(group, "attvalue")) {
      const key = v.attributes.get("for") ?? v.attributes.get("id") ?? "";
      const column = declared.get(key) ?? { title: key, type: "string" };
      given.add(key);
      cells.push({ name: column.title, text: v.attributes.get("value") ?? "", type: column.type });
    }
  }
  for (const [key, column] of declared) {
    if (!given.has(key) && column.fallback !== undefined) {
      cells.push({ name: column.title, text: column.fallback, type: column.type });
    }
  }
  return [...cells, ...vizCells(element)];
}
