/**
 * @tvaers/model — the vocabulary of cross-sector collaboration as zod schemas, network documents
 * as graphology graphs, and the file formats they travel in.
 */
export { isTvaersInputError, TvaersInputError } from "./errors/input-error.ts";
export { formatPath, formatProblem, type Problem } from "./errors/problem.ts";
export { type Locate, problemsFromZod } from "./errors/zod-problems.ts";
export { type AggregateBy, aggregate, type GroupNodeAttributes, UNASSIGNED } from "./graph/aggregate.ts";
export type {
  ActorNodeAttributes,
  NetworkGraph,
  NetworkGraphAttributes,
  TieEdgeAttributes,
} from "./graph/attributes.ts";
export type { CollapseOptions, Combine, CombinedEdgeAttributes } from "./graph/collapse.ts";
export { fromGraph } from "./graph/from-graph.ts";
export { type ProjectOptions, project } from "./graph/project.ts";
export { toGraph } from "./graph/to-graph.ts";
export { type DecodedText, decodeText } from "./io/decode-text.ts";
export { lineColumnAt, parseJsonText } from "./io/json-text.ts";
export { type ParseNetworkOptions, parseNetwork } from "./parse-network.ts";
export * from "./schema/index.ts";
export { type CollectionNames, checkCrossReferences } from "./validate/cross-references.ts";
