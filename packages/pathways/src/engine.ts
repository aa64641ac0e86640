/**
 * The handoff-engine interface: every engine reads a log and returns the same {@link EngineResult}, so
 * `mineHandoffs(source, { engine })` can pick one and tests can compare them field by field. The
 * stream engine is built in; others (the DuckDB engine) register themselves with
 * {@link registerHandoffEngine}, loading their heavy dependencies only when first used.
 *
 * What every engine must compute identically is fixed by these files: pathway order and handoffs
 * (`handoffs/accumulator.ts`, `handoffs/case-buffer.ts`), lifting (`handoffs/lift.ts`), wait
 * summaries (`handoffs/quantiles.ts`) and the report fields (`MiningReport` in `handoffs/handoff.ts`).
 */

import type { NetworkDocument } from "@tvaers/model";
import { streamEngine } from "./engines/stream/stream-engine.js";
import type { ReadEventLogOptions } from "./events/read-event-log.js";
import type { EventLogSource } from "./events/source.js";
import type { Handoff, HandoffGroup, HandoffLevel, MiningReport } from "./handoffs/handoff.js";

/** What to mine, for every engine. */
export interface HandoffEngineOptions extends ReadEventLogOptions {
  /** The level handoffs are counted at. Default `actor`. */
  level?: HandoffLevel;
  /** Actors' sectors, organisations, clusters and kinds (and ids for names in the log). */
  network?: NetworkDocument;
  /** Consecutive events of different groups further apart than this many hours are no handoff. */
  maxGapHours?: number;
  /**
   * Stream engine: where to keep a log that is not sorted by case while it is regrouped. `disk`
   * (temporary files, Node only) is the default for files and one-shot streams in Node; `memory`
   * otherwise.
   */
  spill?: "disk" | "memory";
  /** Stream engine: how many partitions an unsorted log is split into on disk. Default from the file size. */
  partitions?: number;
  /** Stream engine: the folder for temporary files. Default the system's. */
  tempDir?: string;
}

/** What an engine returns: handoffs sorted by `from` then `to`, groups sorted by id, and the report. */
export interface EngineResult {
  handoffs: Handoff[];
  groups: HandoffGroup[];
  report: MiningReport;
}

/** A handoff engine. */
export type HandoffEngine = (source: EventLogSource, options: HandoffEngineOptions) => Promise<EngineResult>;

/** The names of the engines tvaers knows. */
export type EngineName = "stream" | "duckdb";

const engines = new Map<string, HandoffEngine>([["stream", streamEngine]]);

/**
 * Makes an engine available under a name (`duckdb` registers itself this way). A later registration
 * under the same name replaces the earlier one.
 */
export function registerHandoffEngine(name: string, engine: HandoffEngine): void {
  engines.set(name, engine);
}

/** The engine registered under `name`; throws a plain error when there is none. */
export function handoffEngine(name: string): HandoffEngine {
  const engine = engines.get(name);
  if (engine !== undefined) return engine;
  if (name === "duckdb") {
    throw new Error(
      'The DuckDB engine is not available in this version of @tvaers/pathways; use engine "stream".',
    );
  }
  throw new Error(`There is no handoff engine "${name}"; use "stream" or "duckdb".`);
}
