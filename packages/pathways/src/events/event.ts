/**
 * One row of a patient event log after validation: a case (one patient's pathway), when, which actor
 * was responsible, and what happened. Times are milliseconds since the Unix epoch (UTC); local times
 * in a file are read as Europe/Copenhagen.
 */
export interface PathwayEvent {
  /** The case (pathway) id. Never written to any output. */
  caseId: string;
  /** Epoch milliseconds, UTC. */
  time: number;
  /** The responsible actor's id (or name, as the log has it). */
  actor: string;
  activity?: string;
  sector?: string;
  organisation?: string;
  cluster?: string;
  /** 1-based position in the source: the line of a CSV/JSON Lines file, the event's ordinal in an XES file. Breaks ties between equal times (file order). */
  line: number;
}

/** The column names an event log uses for each field (defaults: `case_id, timestamp, actor, activity, sector, organisation, cluster`). */
export interface ColumnMapping {
  caseId: string;
  timestamp: string;
  actor: string;
  activity: string;
  sector: string;
  organisation: string;
  cluster: string;
}

/** The default column names of a tvaers event log. */
export const DEFAULT_COLUMNS: ColumnMapping = {
  caseId: "case_id",
  timestamp: "timestamp",
  actor: "actor",
  activity: "activity",
  sector: "sector",
  organisation: "organisation",
  cluster: "cluster",
};
