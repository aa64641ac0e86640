/**
 * `mineHandoffs(source, options)`: the library entry point. Reads an event log (CSV, TSV, XES, JSON
 * Lines; see `readEventLog`), mines the handoffs between actors (or organisations, sectors, clusters,
 * kinds) with the chosen engine, and returns them with the report and a `tvaers.network/v1` document
 * of `handoff` ties for `@tvaers/analysis`.
 *
 * The result holds exact counts: apply `suppressSmallCells` (handoff tables) or `suppressHandoffTies`
 * (the network) before anything leaves the machine. Case ids never appear in the result.
 */

import { type NetworkDocument, TvaersInputError } from "@tvaers/model";
import { type EngineName, type EngineResult, type HandoffEngineOptions, handoffEngine } from "./engine.js";
import type { EventLogSource } from "./events/source.js";
import type { HandoffLevel } from "./handoffs/handoff.js";
import { handoffNetwork } from "./handoffs/network.js";
import { RELATIVE_VARIANTS, type RelativeVariant, relativeTotals } from "./handoffs/relative.js";

/** How to mine handoffs: reading, mining and engine options. */
export interface MineHandoffsOptions extends HandoffEngineOptions {
  /** `stream` (default, in-process), `duckdb`, or another engine registered by name. */
  engine?: EngineName | (string & {});
  /** The relative frequency in each tie's `relative` attribute. Default `pm4py` (handover of work, β = 0). */
  relative?: RelativeVariant;
  /** The network document's name. Default "Handoffs in <file>". */
  name?: string;
}

/** Mined handoffs, with the network document built from them. */
export interface MinedHandoffs extends EngineResult {
  network: NetworkDocument;
}

const LEVELS: readonly HandoffLevel[] = ["actor", "organisation", "sector", "cluster", "kind"];

function checkOptions(options: MineHandoffsOptions): void {
  const problems = [];
  const gap = options.maxGapHours;
  if (gap !== undefined && !(Number.isFinite(gap) && gap >= 0)) {
    problems.push({ field: "maxGapHours", message: `the maximum gap must be 0 hours or more, not ${gap}` });
  }
  if (options.level !== undefined && !LEVELS.includes(options.level)) {
    problems.push({
      field: "level",
      message: `the level must be one of ${LEVELS.join(", ")}, not "${options.level}"`,
    });
  }
  if (options.relative !== undefined && !RELATIVE_VARIANTS.includes(options.relative)) {
    problems.push({
      field: "relative",
      message: `the relative frequency must be one of ${RELATIVE_VARIANTS.join(", ")}, not "${options.relative}"`,
    });
  }
  if (problems.length > 0) throw new TvaersInputError(problems);
}

/**
 * Mines the handoffs of an event log: per ordered pair of actors (or groups) the number of handoffs,
 * the distinct cases, the waits (median, p90, mean hours) and whether the pair crosses sectors; sorted
 * by `from`, then `to`.
 *
 * @example
 * const { handoffs, report, network } = await mineHandoffs("forloeb.csv", {
 *   columns: { caseId: "sag", timestamp: "tidspunkt", actor: "aktør" },
 *   level: "sector",
 *   onError: "skip-and-report",
 * });
 */
export async function mineHandoffs(
  source: EventLogSource,
  options: MineHandoffsOptions = {},
): Promise<MinedHandoffs> {
  checkOptions(options);
  const engine = handoffEngine(options.engine ?? "stream");
  const result = await engine(source, options);
  const level = options.level ?? "actor";
  const network = handoffNetwork(result.handoffs, result.groups, {
    level,
    ...(options.network !== undefined && { network: options.network }),
    relative: options.relative ?? "pm4py",
    totals: relativeTotals(result.report, result.groups),
    name: options.name ?? `Handoffs in ${result.report.file}`,
    file: result.report.file,
  });
  return { ...result, network };
}
