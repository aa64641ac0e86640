/**
 * @tvaers/model — the vocabulary of cross-sector collaboration as zod schemas, network documents
 * as graphology graphs, and the file formats they travel in.
 */

export {
  type ChangedItem,
  type CollectionDiff,
  diffNetworks,
  type NetworkDiff,
  type RowDiff,
  tieMatchKey,
} from "./diff/diff-networks.js";
export { type FieldChange, fieldChanges } from "./diff/field-changes.js";
export { isTvaersInputError, TvaersInputError } from "./errors/input-error.js";
export { formatPath, formatProblem, type Problem } from "./errors/problem.js";
export { type Locate, problemsFromZod } from "./errors/zod-problems.js";
export { type AggregateBy, aggregate, type GroupNodeAttributes, UNASSIGNED } from "./graph/aggregate.js";
export type {
  ActorNodeAttributes,
  NetworkGraph,
  NetworkGraphAttributes,
  TieEdgeAttributes,
} from "./graph/attributes.js";
export type { CollapseOptions, Combine, CombinedEdgeAttributes } from "./graph/collapse.js";
export { fromGraph } from "./graph/from-graph.js";
export { type ProjectOptions, project } from "./graph/project.js";
export {
  type CrossSectorFigures,
  type KindCount,
  type NetworkSummary,
  type SectorCount,
  summarizeNetwork,
  type TieKindCount,
} from "./graph/summary.js";
export { toGraph } from "./graph/to-graph.js";
export type { AttributeType } from "./io/csv/attribute-columns.js";
export { readMembershipsCsv } from "./io/csv/memberships-csv.js";
export { type ReadCsvBundleOptions, readCsvBundle } from "./io/csv/read-bundle.js";
export type { CsvSeparator } from "./io/csv/separator.js";
export { type WriteCsvBundleOptions, writeCsvBundle } from "./io/csv/write-bundle.js";
export { type DecodedText, decodeText } from "./io/decode-text.js";
export { parseGexf, TVAERS_GEXF_NAMESPACE, toGexf } from "./io/gexf.js";
export { SHARED_EDGE_ID_ATTRIBUTE } from "./io/graph-exchange/edge-ids.js";
export { DEFAULT_FOREIGN_TIE_KIND, UNKNOWN_SECTOR } from "./io/graph-exchange/foreign.js";
export type { GraphFileReadOptions } from "./io/graph-exchange/read-xml.js";
export { parseGraphml, toGraphml } from "./io/graphml.js";
export { lineColumnAt, parseJsonText } from "./io/json-text.js";
export {
  readNetworkFile,
  type WriteNetworkFileOptions,
  writeNetworkFile,
} from "./io/network-file.js";
export { type ParseNetworkOptions, parseNetwork } from "./parse-network.js";
export * from "./schema/index.js";
export { type CollectionNames, checkCrossReferences } from "./validate/cross-references.js";
