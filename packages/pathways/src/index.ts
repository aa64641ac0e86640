/**
 * @tvaers/pathways — patient event logs mined into handoff networks with waiting times, pathway
 * measures and communication gaps, from one file to national scale.
 */
export { type ColumnMapping, DEFAULT_COLUMNS, type PathwayEvent } from "./events/event.js";
export { type CsvLogOptions, eventLogCsv } from "./generate/csv.js";
export { GENERATED_ACTIVITIES, type GenerateLogOptions, generateEventLog } from "./generate/generate-log.js";
export { generateLargeNetwork, type LargeNetworkOptions } from "./generate/large-network.js";
export { CROSS_SECTOR_WAIT_HOURS, DEFAULT_WAIT_HOURS, SAME_SECTOR_WAIT_HOURS } from "./generate/waits.js";
export { type WritableLike, type WrittenLog, writeEventLog } from "./generate/write-log.js";
export type { Handoff, HandoffLevel, HandoffReport, WaitSummary } from "./handoffs/handoff.js";
