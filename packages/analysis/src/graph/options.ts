import type { Attributes as GraphologyAttributes } from "graphology-types";

/**
 * Which edge attribute holds a weight: its name, a getter, or `null` for unweighted (every tie 1).
 * A weight is always a **strength** here (more = a stronger tie: messages, patients, meetings) unless a
 * measure's `weightMeans` option says it is a distance.
 */
export type WeightOption = string | null | ((edge: string, attributes: GraphologyAttributes) => number);

/** The node attribute that names a node's group (e.g. `"sector"`), or a getter. */
export type GroupOption = string | ((node: string, attributes: GraphologyAttributes) => string | undefined);

/** Options every measure understands for turning a graph into ties. */
export interface TieOptions {
  /** Edge weight (default: unweighted). */
  weight?: WeightOption;
  /** Treat the graph as directed or undirected (default: as the graph is; see `buildAdjacency`). */
  directed?: boolean;
  /** Keep only ties whose `kind` attribute is one of these (tvaers tie kinds). Default: all. */
  kinds?: readonly string[];
}
