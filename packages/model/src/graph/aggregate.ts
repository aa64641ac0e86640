import type Graph from "graphology";
import { labelText } from "../schema/label.js";
import type { NetworkGraph } from "./attributes.js";
import { type CollapseOptions, type CombinedEdgeAttributes, collapse } from "./collapse.js";

/** What to aggregate actors by. */
export type AggregateBy = "sector" | "organisation" | "cluster" | "kind";

/** The group of actors that have no value for the attribute aggregated by. */
export const UNASSIGNED = "(unassigned)";

/** Node attributes of an aggregate: display label and the number of actors in the group. */
export interface GroupNodeAttributes {
  label: string;
  actors: number;
}

/**
 * The graph of sectors, organisations, clusters or kinds: one node per group (with its number of
 * actors; actors without a value form the group `(unassigned)`), one edge per ordered pair of groups
 * with the combined weight of the ties between them. Ties inside a group become self-loops, so the
 * result holds the full mixing pattern.
 */
export function aggregate(
  graph: NetworkGraph,
  by: AggregateBy,
  options: CollapseOptions = {},
): Graph<GroupNodeAttributes, CombinedEdgeAttributes> {
  const g = graph.getAttributes();
  const labels = new Map<string, string>();
  const catalogue =
    by === "sector"
      ? g.sectors
      : by === "cluster"
        ? g.clusters
        : by === "organisation"
          ? g.organisations
          : [];
  for (const item of catalogue ?? []) labels.set(item.id, labelText(item.label));
  const sizes = new Map<string, number>();
  const nodeOf = (actor: string) => graph.getNodeAttribute(actor, by) ?? UNASSIGNED;
  graph.forEachNode((actor) => {
    const group = nodeOf(actor);
    sizes.set(group, (sizes.get(group) ?? 0) + 1);
  });
  return collapse(
    graph,
    nodeOf,
    (group) => ({ label: labels.get(group) ?? group, actors: sizes.get(group) ?? 0 }),
    { ...options, selfLoops: true },
  );
}
