/**
 * GEXF visual data (the `viz` module Gephi writes: colour, position, size, shape, thickness) as extra
 * attributes, so a layout made in Gephi is kept: `viz:color` (`#rrggbb`, `rgb(r,g,b)` or
 * `rgba(r,g,b,a)`), `viz:x`, `viz:y`, `viz:z`, `viz:size`, `viz:thickness` (numbers) and `viz:shape`.
 */
import type { RawCell } from "./columns.js";
import type { XmlElement } from "./xml-parse.js";

const NUMERIC: Record<string, readonly string[]> = {
  position: ["x", "y", "z"],
  size: ["value"],
  thickness: ["value"],
};

/** The cells of a node's or edge's visual data (children outside the GEXF namespace). */
export function vizCells(element: XmlElement): RawCell[] {
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
