/**
 * @tvaers/analysis — measures that show where collaboration across sectors works and where it
 * depends on a few actors. Every measure takes a graphology graph and options and returns plain
 * objects keyed by node id.
 */
export {
  BOTTLENECKS_DEFAULTS,
  type Bottlenecks,
  type BottlenecksOptions,
  bottlenecks,
} from "./bottlenecks/bottlenecks.js";
export {
  BROKERAGE_DEFAULTS,
  type Brokerage,
  type BrokerageOptions,
  type BrokerageScores,
  brokerage,
} from "./brokerage/brokerage.js";
export type { BrokerageRoles } from "./brokerage/roles.js";
export {
  BROKERAGE_VOLUME_DEFAULTS,
  type BrokerageVolume,
  type BrokerageVolumeOptions,
  brokerageVolume,
} from "./brokerage/volume.js";
export {
  CENTRALITY_DEFAULTS,
  type Centrality,
  type CentralityMeasure,
  type CentralityOptions,
  centrality,
} from "./centrality/centrality.js";
export type { DegreeMeasure } from "./centrality/degree.js";
export type { PathLength, WeightMeans } from "./centrality/path-lengths.js";
export type { Threads } from "./centrality/sweep.js";
export {
  COMMUNITIES_DEFAULTS,
  type Communities,
  type CommunitiesOptions,
  communities,
  type PartitionComparison,
} from "./communities/communities.js";
export {
  MODULARITY_DEFAULTS,
  type ModularityOptions,
  modularity,
  type NodePartition,
} from "./communities/modularity.js";
export { normalizedMutualInformation } from "./communities/mutual-information.js";
export type { Partition } from "./communities/partition.js";
export { adjustedRandIndex } from "./communities/rand-index.js";
export {
  type AttendanceCount,
  type AttendanceOptions,
  attendance,
  type ForumAttendance,
} from "./forums/attendance.js";
export {
  type PatientPresence,
  type PatientPresenceOptions,
  patientPresence,
} from "./forums/patient-presence.js";
export {
  apportion,
  checkRepresentation,
  type ForumComposition,
  type RepresentationOptions,
  type Shortfall,
} from "./forums/representation.js";
export { type ProjectSynergy, projectSynergy } from "./forums/synergy.js";
export { type Adjacency, buildAdjacency, isUndirectedTie, weightGetter } from "./graph/adjacency.js";
export { readGroups } from "./graph/groups.js";
export { keyed } from "./graph/keyed.js";
export type { GroupOption, TieOptions, WeightOption } from "./graph/options.js";
export { ASSORTATIVITY_DEFAULTS, type AssortativityOptions, assortativity } from "./mixing/assortativity.js";
export {
  CROSS_SECTOR_SHARE_DEFAULTS,
  type CrossSectorPart,
  type CrossSectorShare,
  type CrossSectorShareOptions,
  crossSectorShare,
} from "./mixing/cross-sector-share.js";
export { EI_INDEX_DEFAULTS, type EIIndex, type EIIndexOptions, eiIndex } from "./mixing/ei-index.js";
export {
  type GroupTable,
  MIXING_MATRIX_DEFAULTS,
  type MixingMatrix,
  type MixingMatrixOptions,
  mixingMatrix,
} from "./mixing/mixing-matrix.js";
export { mulberry32, type Random } from "./random/mulberry32.js";
export { type Shuffleable, shuffle } from "./random/shuffle.js";
export { type Snapshot, snapshotsFromDatedTies } from "./snapshots/dated-ties.js";
export {
  measureSnapshots,
  SNAPSHOT_MEASURES,
  type SnapshotMeasure,
  type SnapshotResult,
} from "./snapshots/measure-snapshots.js";
export { constraint } from "./structural-holes/constraint.js";
export { STRUCTURAL_HOLE_DEFAULTS, type StructuralHoleOptions } from "./structural-holes/contacts.js";
export { effectiveSize } from "./structural-holes/effective-size.js";
export { efficiency } from "./structural-holes/efficiency.js";
export { hierarchy } from "./structural-holes/hierarchy.js";
export { localConstraint } from "./structural-holes/local-constraint.js";
export {
  type BoundarySpanner,
  boundarySpanners,
  type TwoModeDegree,
  twoModeDegree,
} from "./two-mode/degree.js";
export {
  type ProjectedEdge,
  projectTwoMode,
  type TwoModeProjection,
  type TwoModeProjectionOptions,
} from "./two-mode/projection.js";
export { incidence, type Seat, type SeatOptions, seatsOf } from "./two-mode/seats.js";
