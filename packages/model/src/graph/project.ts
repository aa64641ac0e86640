import type Graph from "graphology";
import type { ActorNodeAttributes, NetworkGraph } from "./attributes.js";
import { type CollapseOptions, type CombinedEdgeAttributes, collapse } from "./collapse.js";

/** Options for {@link project}. */
export type ProjectOptions = CollapseOptions;

/**
 * A simple weighted graph of the chosen tie kinds, for analytics: every actor stays a node (with its
 * attributes, isolates included), parallel ties between two actors become one edge whose `weight`
 * is their sum, maximum or count (`combine`). Weights stay strengths.
 *
 * @example
 * const channels = project(graph, { kinds: ["communication"], combine: "max" });
 */
export function project(
  graph: NetworkGraph,
  options: ProjectOptions = {},
): Graph<ActorNodeAttributes, CombinedEdgeAttributes> {
  return collapse(
    graph,
    (a) => a,
    (a) => ({ ...graph.getNodeAttributes(a) }),
    { ...options, selfLoops: false },
  );
}
