/**
 * @tvaers/pathways — patient event logs mined into handoff networks with waiting times, pathway
 * measures and communication gaps, from one file to national scale.
 */
export { type ColumnMapping, DEFAULT_COLUMNS, type PathwayEvent } from "./events/event.js";
export {
  type ChannelDirection,
  type ChannelStep,
  normaliseQuality,
  type QualityReader,
  tieQuality,
} from "./gaps/channels.js";
export {
  COMMUNICATION_GAPS_DEFAULTS,
  type CommunicationGaps,
  type CommunicationGapsOptions,
  communicationGaps,
  volumeSeverity,
} from "./gaps/communication-gaps.js";
export type { ChannelStatus, Gap, GapChannel } from "./gaps/gap.js";
export { type GapTie, gapTies } from "./gaps/gap-ties.js";
export {
  type ClusterGaps,
  type ClusterScope,
  type GapTotals,
  groupByCluster,
  groupBySectorPair,
  type SectorPairGaps,
} from "./gaps/grouping.js";
export {
  RC_ITEMS,
  RC_SCALE,
  RC_THRESHOLDS,
  type RelationalCoordinationLevel,
  type RelationalCoordinationThresholds,
  relationalCoordinationIndex,
  relationalCoordinationLevel,
  relationalCoordinationQuality,
} from "./gaps/relational-coordination.js";
export { bestRelays, type Relay, type RelaySettings } from "./gaps/relay.js";
export { type CsvLogOptions, eventLogCsv } from "./generate/csv.js";
export { GENERATED_ACTIVITIES, type GenerateLogOptions, generateEventLog } from "./generate/generate-log.js";
export { generateLargeNetwork, type LargeNetworkOptions } from "./generate/large-network.js";
export { CROSS_SECTOR_WAIT_HOURS, DEFAULT_WAIT_HOURS, SAME_SECTOR_WAIT_HOURS } from "./generate/waits.js";
export { type WritableLike, type WrittenLog, writeEventLog } from "./generate/write-log.js";
export type { Handoff, HandoffLevel, HandoffReport, WaitSummary } from "./handoffs/handoff.js";
export type { CaseMeasures, ClusterMeasures, MeasureGroup } from "./measures/aggregate.js";
export {
  type CareDensity,
  type CareDensityOptions,
  type CareDensityPart,
  type CareDensityRecord,
  careDensity,
  type FragmentedCareDensityWeights,
  fragmentedCareDensity,
  type SharingTie,
} from "./measures/care-density.js";
export type { CaseKey, CaseOptions, EventReader, EventSource } from "./measures/cases.js";
export {
  CONTINUITY_MEASURES,
  type ContinuityMeasure,
  type ContinuityOfCare,
  type ContinuityOptions,
  type ContinuityRecord,
  continuityOfCare,
  continuityOfCareIndex,
  usualProviderOfCare,
  visitCounts,
} from "./measures/continuity.js";
export {
  measurePathway,
  PATHWAY_MEASURES,
  type PathwayMeasure,
  type PathwayMeasures,
  type PathwayMeasuresOptions,
  type PathwayRecord,
  type PathwayValues,
  pathwayMeasures,
} from "./measures/pathway-measures.js";
export { type ProviderLevel, type ProviderOption, providerReader } from "./measures/provider.js";
export { type MeasureSummary, quantileSorted, summarize } from "./measures/summary.js";
