/**
 * The in-process streaming handoff engine. Memory grows with the number of distinct group pairs (and
 * their waits, 8 bytes per handoff), the groups, and the open case, not with the file:
 *
 * - `sorted` (one pass): while the log's case ids ascend at every change of case (see
 *   `case-order.ts`), each case is mined as soon as the next begins.
 * - `partitioned` (fallback, automatic): when a case id breaks that order, the pass is abandoned and
 *   the log is read again from the start; each lifted event is stored by case (hash partitions in
 *   temporary files in Node, or in memory: `spill`), then each partition is regrouped by case and
 *   mined. A one-shot stream cannot be read twice, so it goes this way from the start.
 *
 * The report's `strategy` says which was used. Both give the same result: cases are mined whole and
 * every tally is independent of the order of cases.
 */

import type { EngineResult, HandoffEngine, HandoffEngineOptions } from "../../engine.js";
import type { EventColumns } from "../../events/event-columns.js";
import { type EventLog, readEventLog } from "../../events/read-event-log.js";
import type { EventLogSource } from "../../events/source.js";
import { HandoffAccumulator } from "../../handoffs/accumulator.js";
import { CaseBuffer } from "../../handoffs/case-buffer.js";
import { GroupLifter } from "../../handoffs/lift.js";
import { CaseOrderCheck } from "./case-order.js";
import { DiskPartitions } from "./disk-partitions.js";
import { FlatEvents } from "./flat-events.js";
import { LiftedAttributes } from "./lifted-attributes.js";

/** Partitions on disk hold about this many bytes of source each. */
const BYTES_PER_PARTITION = 64 << 20;

function runsOnNode(): boolean {
  return typeof process !== "undefined" && typeof process.versions?.node === "string";
}

function finish(
  log: EventLog,
  options: HandoffEngineOptions,
  strategy: string,
  lifter: GroupLifter,
  accumulator: HandoffAccumulator,
): EngineResult {
  const r = log.report;
  return {
    handoffs: accumulator.results((g) => lifter.groupId(g)),
    groups: lifter.finishGroups(),
    report: {
      events: r.events,
      cases: accumulator.cases,
      rejected: r.rejected,
      engine: "stream",
      strategy,
      level: options.level ?? "actor",
      file: r.file,
      format: r.format,
      blank: r.blank,
      problems: r.problems,
      problemsNotListed: r.problemsNotListed,
      transitions: accumulator.transitions,
      handoffs: accumulator.handoffs,
      repeats: accumulator.repeats,
      beyondMaxGap: accumulator.beyondMaxGap,
      withoutGroup: lifter.withoutGroup,
      unresolvedActors: lifter.unresolvedActors,
    },
  };
}

/** One pass over a log sorted by case; `undefined` as soon as it turns out not to be. */
async function sortedPass(log: EventLog, options: HandoffEngineOptions): Promise<EngineResult | undefined> {
  const lifter = new GroupLifter(options.level ?? "actor", options.network);
  const lifted = new LiftedAttributes(lifter);
  const accumulator = new HandoffAccumulator(options.maxGapHours);
  const buffer = new CaseBuffer();
  const check = new CaseOrderCheck();
  for await (const batch of log.columns()) {
    const { size, times, lines, attributes, caseStarts, caseIds } = batch;
    lifted.update(batch.table);
    let c = 0;
    let nextStart = caseStarts.length > 0 ? caseStarts[0]! : -1;
    for (let i = 0; i < size; i++) {
      if (i === nextStart) {
        accumulator.addCase(buffer);
        buffer.clear();
        if (!check.next(caseIds[c++]!)) return undefined;
        nextStart = c < caseStarts.length ? caseStarts[c]! : -1;
      }
      const a = attributes[i]!;
      buffer.push(times[i]!, lines[i]!, lifted.lift(a), lifted.sector[a]!);
    }
  }
  accumulator.addCase(buffer);
  lifted.finish();
  return finish(log, options, "sorted", lifter, accumulator);
}

/**
 * How many disk partitions the stream engine splits an unsorted log of `bytes` into: about one per
 * 64 MiB, 16 to 256. Callers that hand the engine a stream instead of a path pass this as `partitions`.
 */
export function partitionsForBytes(bytes: number): number {
  return Math.min(256, Math.max(16, Math.ceil(bytes / BYTES_PER_PARTITION)));
}

async function partitionCount(log: EventLog, options: HandoffEngineOptions): Promise<number> {
  if (options.partitions !== undefined) return Math.max(1, Math.floor(options.partitions));
  if (log.path === undefined) return 64;
  const { stat } = await import("node:fs/promises");
  return partitionsForBytes((await stat(log.path)).size);
}

/** Stores every lifted event by case, then mines case by case. */
async function partitionedPass(log: EventLog, options: HandoffEngineOptions): Promise<EngineResult> {
  const lifter = new GroupLifter(options.level ?? "actor", options.network);
  const accumulator = new HandoffAccumulator(options.maxGapHours);
  const disk = options.spill ?? (runsOnNode() && (log.isFile || !log.rereadable) ? "disk" : "memory");
  const lifted = new LiftedAttributes(lifter);
  let caseId = "";
  /** Calls `add` with each event of a batch, lifted, and its case. */
  const each = (
    batch: EventColumns,
    add: (caseId: string, time: number, line: number, group: number, sector: number) => void,
  ) => {
    lifted.update(batch.table);
    const { size, times, lines, attributes, caseStarts, caseIds } = batch;
    let c = 0;
    let nextStart = caseStarts.length > 0 ? caseStarts[0]! : -1;
    for (let i = 0; i < size; i++) {
      if (i === nextStart) {
        caseId = caseIds[c++]!;
        nextStart = c < caseStarts.length ? caseStarts[c]! : -1;
      }
      const a = attributes[i]!;
      add(caseId, times[i]!, lines[i]!, lifted.lift(a), lifted.sector[a]!);
    }
  };
  if (disk === "memory") {
    const events = new FlatEvents();
    const add = events.push.bind(events);
    for await (const batch of log.columns()) each(batch, add);
    lifted.finish();
    events.mineInto(accumulator);
    return finish(log, options, "partitioned", lifter, accumulator);
  }
  const partitions = await DiskPartitions.create(await partitionCount(log, options), options.tempDir);
  try {
    const add = partitions.add.bind(partitions);
    for await (const batch of log.columns()) {
      each(batch, add);
      await partitions.flush();
    }
    lifted.finish();
    await partitions.flush(true);
    for (let p = 0; p < partitions.count; p++) {
      const events = new FlatEvents();
      await partitions.load(p, events);
      events.mineInto(accumulator);
    }
  } finally {
    await partitions.dispose();
  }
  return finish(log, options, "partitioned", lifter, accumulator);
}

/**
 * Mines handoffs from an event log in one pass when it is sorted by case, else by partitioning it (see
 * the top of this file).
 */
export const streamEngine: HandoffEngine = async (source: EventLogSource, options: HandoffEngineOptions) => {
  const log = readEventLog(source, options);
  if (log.rereadable) {
    const result = await sortedPass(log, options);
    if (result !== undefined) return result;
  }
  return partitionedPass(log, options);
};
