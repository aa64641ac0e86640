/**
 * Runs `sql/handoffs.sql` and turns its rows into handoffs and the mining counts, with the stream
 * engine's arithmetic where it matters (`handoffs/quantiles.ts`): SQL gives the median and 90th
 * percentile in milliseconds and the exact sum; each is divided by 3,600,000 here, the mean as
 * sum / count / 3,600,000, so counts, cases, medians and means are identical to the stream engine's and
 * the 90th percentile may differ in its last bits (see handoffs.sql). Handoffs are sorted by the
 * stream engine's comparison (UTF-16 code units), not by SQL collation.
 */

import { compareHandoffs } from "../../handoffs/accumulator.js";
import type { Handoff } from "../../handoffs/handoff.js";
import type { Database } from "./connect.js";
import { readSql } from "./sql-files.js";

const HOUR = 3_600_000;

/** The handoffs and how the transitions divide into handoffs, repeats and pairs beyond the gap. */
export interface Mined {
  handoffs: Handoff[];
  transitions: number;
  handoffCount: number;
  repeats: number;
  beyondMaxGap: number;
  /** Transitions between events at the same time in different groups or sectors (see handoffs.sql). */
  tiesAcross: number;
}

/** Mines `events` joined with `lift_map`; `groupId` names a group number. */
export async function mine(
  db: Database,
  groupId: (g: number) => string,
  maxGapHours?: number,
): Promise<Mined> {
  const maxGapMs = maxGapHours === undefined ? null : maxGapHours * HOUR;
  const result = await db.connection.runAndReadAll(
    await readSql("handoffs.sql"),
    { max_gap_ms: maxGapMs },
    { max_gap_ms: db.duckdb.DOUBLE },
  );
  const out: Mined = {
    handoffs: [],
    transitions: 0,
    handoffCount: 0,
    repeats: 0,
    beyondMaxGap: 0,
    tiesAcross: 0,
  };
  for (const row of result.getRowObjectsJS()) {
    const transitions = Number(row.transitions);
    out.tiesAcross += Number(row.ties_across);
    const count = Number(row.handoffs);
    out.transitions += transitions;
    if (row.from_grp === row.to_grp) {
      out.repeats += transitions;
      continue;
    }
    out.beyondMaxGap += transitions - count;
    if (count === 0) continue;
    out.handoffCount += count;
    const unknown = Number(row.unknown_sector);
    const crossing = Number(row.crossing);
    out.handoffs.push({
      from: groupId(Number(row.from_grp)),
      to: groupId(Number(row.to_grp)),
      count,
      cases: Number(row.cases),
      waitHours: {
        median: Number(row.median_ms) / HOUR,
        p90: Number(row.p90_ms) / HOUR,
        mean: Number(row.sum_ms) / count / HOUR,
      },
      crossSector: unknown > 0 ? null : crossing === count ? true : crossing === 0 ? false : null,
    });
  }
  out.handoffs.sort(compareHandoffs);
  return out;
}
