/**
 * @tvaers/pathways — patient event logs mined into handoff networks with waiting times, pathway
 * measures and communication gaps, from one file to national scale.
 */
export { suppressHandoffTies } from "./disclosure/network-ties.js";
export {
  DEFAULT_MIN_CASES,
  type DisclosedHandoff,
  describeSuppression,
  type SuppressionReason,
  type SuppressOptions,
  suppressionPlan,
  suppressSmallCells,
} from "./disclosure/suppress.js";
export {
  type EngineName,
  type EngineResult,
  type HandoffEngine,
  type HandoffEngineOptions,
  handoffEngine,
  registerHandoffEngine,
} from "./engine.js";
export { duckdbHandoffEngine } from "./engines/duckdb/register.js";
export { partitionsForBytes } from "./engines/stream/stream-engine.js";
export { detectSeparator, type EventLogSeparator } from "./events/csv-log.js";
export { type ColumnMapping, DEFAULT_COLUMNS, type PathwayEvent } from "./events/event.js";
export {
  type EventLog,
  type OnError,
  type ReadEventLogOptions,
  readEventLog,
} from "./events/read-event-log.js";
export { type EventLogFormat, MAX_LISTED_PROBLEMS, type ReadReport } from "./events/report.js";
export type { EventLogSource, OpenableSource, TextSource } from "./events/source.js";
export { XES_KEYS } from "./events/xes-log.js";
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
export { compareHandoffs, HandoffAccumulator } from "./handoffs/accumulator.js";
export { CaseBuffer } from "./handoffs/case-buffer.js";
export type {
  Handoff,
  HandoffGroup,
  HandoffLevel,
  HandoffReport,
  MiningReport,
  WaitSummary,
} from "./handoffs/handoff.js";
export { GroupLifter, MIXED_SECTOR, UNKNOWN_GROUP } from "./handoffs/lift.js";
export { type HandoffNetworkOptions, handoffNetwork } from "./handoffs/network.js";
export { quantileSorted, summariseWaits } from "./handoffs/quantiles.js";
export {
  RELATIVE_VARIANTS,
  type RelativeTotals,
  type RelativeVariant,
  relativeFrequency,
  relativeTotals,
} from "./handoffs/relative.js";
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
export { type MeasureSummary, summarize } from "./measures/summary.js";
export { type MinedHandoffs, type MineHandoffsOptions, mineHandoffs } from "./mine-handoffs.js";
export { copenhagenLocalToUtc, copenhagenOffsetHours, daysFromCivil } from "./time/copenhagen.js";
export { describeTimestampProblem, parseTimestamp } from "./time/parse-timestamp.js";
