/**
 * @tvaers/analysis — measures that show where collaboration across sectors works and where it
 * depends on a few actors. Every measure takes a graphology graph and options and returns plain
 * objects keyed by node id.
 */
export { type Adjacency, buildAdjacency, isUndirectedTie, weightGetter } from "./graph/adjacency.js";
export { readGroups } from "./graph/groups.js";
export { keyed } from "./graph/keyed.js";
export type { GroupOption, TieOptions, WeightOption } from "./graph/options.js";
