/**
 * Burt's efficiency (Burt 1992, p. 52): the share of a node's contacts that are non-redundant, its
 * effective size divided by its number of contacts,
 *
 *   eff(i) = e(i) / n(i),
 *
 * where n(i) counts i's distinct contacts, in either direction (UCINET's "Efficiency"; JUNG's
 * `efficiency`). For an unweighted undirected graph this is networkx's suggested
 * `effective_size(G)[v] / G.degree(v)`; on a directed graph networkx's recipe divides by in- plus
 * out-degree, which counts a reciprocated contact twice, and is not Burt's measure.
 *
 * Reference: Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard
 * University Press.
 *
 * Edge cases: isolates → `NaN`; a node with one contact has efficiency 1.
 *
 * Complexity: that of `effectiveSize`.
 */
import type { AbstractGraph } from "graphology-types";
import { keyed } from "../graph/keyed.js";
import { buildContacts, contactCount, type StructuralHoleOptions } from "./contacts.js";
import { effectiveSizes } from "./effective-size.js";

/**
 * Burt's efficiency of every node: effective size per contact, from 1/n (all contacts redundant) to 1
 * (none). `NaN` for isolates.
 */
export function efficiency(
  graph: AbstractGraph,
  options: StructuralHoleOptions = {},
): Record<string, number> {
  const contacts = buildContacts(graph, options);
  const sizes = effectiveSizes(contacts);
  return keyed(contacts.nodes.map((node, i) => [node, sizes[i]! / contactCount(contacts, i)] as const));
}
