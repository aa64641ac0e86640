/**
 * The DuckDB handoff engine: an embedded DuckDB reads the log (CSV or Parquet; other formats through
 * tvaers' reader), checks every row and mines the handoffs in SQL (`packages/pathways/sql/*.sql`),
 * with window functions over the whole log instead of one case at a time. It returns exactly what the
 * stream engine returns for the same log and options (`engine.ts`); only `engine` and `strategy` in
 * the report differ. The same SQL runs on Spark SQL or Trino over partitioned Parquet
 * (`sql/README.md`).
 *
 * Steps: the log as a file (`log-file.ts`) → the table `events` and the reading report
 * (`load-events.ts`) → on `onError: "fail"`, the stream engine's error when rows were rejected → the
 * actors lifted to groups (`lift-map.ts`) → handoffs (`mine.ts`).
 */

import type { EngineResult, HandoffEngine } from "../../engine.js";
import { rejectedRowsError } from "../../events/report.js";
import type { EventLogSource } from "../../events/source.js";
import { openDatabase } from "./connect.js";
import { buildLiftMap } from "./lift-map.js";
import { loadEvents } from "./load-events.js";
import { logFile } from "./log-file.js";
import { mine } from "./mine.js";

/**
 * Mines handoffs from an event log with DuckDB (see the top of this file). Throws an Error naming the
 * optional package when `@duckdb/node-api` is not installed.
 */
export const duckdbEngine: HandoffEngine = async (source: EventLogSource, options): Promise<EngineResult> => {
  const db = await openDatabase(options.tempDir);
  try {
    const log = await logFile(source, options);
    try {
      const read = await loadEvents(db, log, options);
      if ((options.onError ?? "fail") === "fail" && read.rejected > 0)
        throw rejectedRowsError(read, log.name);
      const level = options.level ?? "actor";
      const lifted = await buildLiftMap(db, level, options.network);
      let mined = await mine(db, lifted.groupId, options.maxGapHours);
      if (mined.tiesAcross > 0 && read.reloadInFileOrder !== undefined) {
        // Tied events whose order matters: read the log again, keeping file order.
        await read.reloadInFileOrder();
        mined = await mine(db, lifted.groupId, options.maxGapHours);
      }
      return {
        handoffs: mined.handoffs,
        groups: lifted.groups,
        report: {
          events: read.events,
          cases: read.events - mined.transitions,
          rejected: read.rejected,
          engine: "duckdb",
          strategy: read.how,
          level,
          file: log.name,
          format: read.format,
          blank: read.blank,
          problems: read.problems,
          problemsNotListed: read.problemsNotListed,
          transitions: mined.transitions,
          handoffs: mined.handoffCount,
          repeats: mined.repeats,
          beyondMaxGap: mined.beyondMaxGap,
          withoutGroup: lifted.withoutGroup,
          unresolvedActors: lifted.unresolvedActors,
        },
      };
    } finally {
      await log.dispose();
    }
  } finally {
    await db.close();
  }
};
