/**
 * @tvaers/pathways — patient event logs mined into handoff networks with waiting times, pathway
 * measures and communication gaps, from one file to national scale.
 */
export { type ColumnMapping, DEFAULT_COLUMNS, type PathwayEvent } from "./events/event.js";
export type { Handoff, HandoffLevel, HandoffReport, WaitSummary } from "./handoffs/handoff.js";
