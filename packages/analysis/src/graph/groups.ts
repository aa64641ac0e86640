import type { AbstractGraph } from "graphology-types";
import type { GroupOption } from "./options.js";

/**
 * Reads every node's group per the `group` option (an attribute name such as `"sector"`, or a getter).
 * Nodes without a group get `undefined`; measures say how they treat them.
 */
export function readGroups(graph: AbstractGraph, group: GroupOption): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  graph.forEachNode((node, attributes) => {
    const value = typeof group === "function" ? group(node, attributes) : attributes[group];
    out.set(node, value === undefined || value === null ? undefined : String(value));
  });
  return out;
}
