/**
 * Handoff mining proper: a case's events in pathway order, lifted to groups, give one transition per
 * consecutive pair. A transition between two different groups is a handoff from the first to the second,
 * unless the two events are more than `maxGapHours` apart; a transition within one group is a repeat
 * (counted, never a handoff, whatever the gap). Per ordered pair of groups it keeps `count` (every
 * occurrence), `cases` (distinct cases: each case is added whole, once), all waits (for exact
 * quantiles) and how many occurrences crossed sectors or had an unknown sector.
 *
 * Memory: O(pairs) for the tallies plus 8 bytes per handoff for the waits (a Float64Array per pair
 * that doubles as it fills, so at most 16 bytes per handoff while growing).
 *
 * `crossSector` of a pair: true when every occurrence joins events of two different known sectors,
 * false when every occurrence stays within one known sector, null when a sector is unknown for any
 * occurrence or occurrences disagree (possible at the cluster and kind levels).
 *
 * Reference: van der Aalst, W. M. P., Reijers, H. A. & Song, M. (2005). Discovering social networks
 * from event logs. CSCW 14(6), 549–593 (handover of work, β = 0).
 */

import { grown } from "../grown.js";
import type { CaseBuffer } from "./case-buffer.js";
import type { Handoff } from "./handoff.js";
import { summariseWaits } from "./quantiles.js";

/** Tallies of one ordered pair of groups. */
interface Pair {
  from: number;
  to: number;
  count: number;
  cases: number;
  lastCase: number;
  waits: Float64Array;
  crossing: number;
  unknown: number;
}

/** A hash of an ordered pair of group numbers (multiplicative mixing), non-negative. */
function pairHash(from: number, to: number): number {
  const h = Math.imul(Math.imul(from + 1, 0x9e3779b1) ^ (to + 1), 0x85ebca6b);
  return (h ^ (h >>> 15)) & 0x7fffffff;
}

/** Adds whole cases and gives the handoffs between groups. */
export class HandoffAccumulator {
  /** Cases added. */
  cases = 0;
  /** Σ over cases of (events − 1). */
  transitions = 0;
  /** Occurrences of handoffs (the sum of all counts). */
  handoffs = 0;
  /** Transitions within one group. */
  repeats = 0;
  /** Transitions between groups further apart than the maximum gap. */
  beyondMaxGap = 0;

  private readonly maxGapMs: number;
  /** Every pair seen, in order of first sight. */
  private readonly pairs: Pair[] = [];
  /** Open-addressing index of {@link pairs} by (from, to): a pair's position, or -1. */
  private slots = new Int32Array(1024).fill(-1);

  /** `maxGapHours`: consecutive events further apart are no handoff (default: no limit). */
  constructor(maxGapHours?: number) {
    this.maxGapMs = maxGapHours === undefined ? Number.POSITIVE_INFINITY : maxGapHours * 3_600_000;
  }

  /** Adds one whole case (every event of it, in any order). */
  addCase(buffer: CaseBuffer): void {
    const n = buffer.size;
    if (n === 0) return;
    const caseNo = ++this.cases;
    this.transitions += n - 1;
    const order = buffer.order();
    const { times, groups, sectors } = buffer;
    for (let k = 0; k + 1 < n; k++) {
      const a = order[k]!;
      const b = order[k + 1]!;
      const from = groups[a]!;
      const to = groups[b]!;
      if (from === to) {
        this.repeats++;
        continue;
      }
      const wait = times[b]! - times[a]!;
      if (wait > this.maxGapMs) {
        this.beyondMaxGap++;
        continue;
      }
      const pair = this.pair(from, to);
      if (pair.count === pair.waits.length) {
        pair.waits = grown(pair.waits, pair.count * 2);
      }
      pair.waits[pair.count++] = wait;
      if (pair.lastCase !== caseNo) {
        pair.lastCase = caseNo;
        pair.cases++;
      }
      const sa = sectors[a]!;
      const sb = sectors[b]!;
      if (sa < 0 || sb < 0) pair.unknown++;
      else if (sa !== sb) pair.crossing++;
      this.handoffs++;
    }
  }

  /** The tallies of the pair (from, to), made when new. */
  private pair(from: number, to: number): Pair {
    const mask = this.slots.length - 1;
    for (let s = pairHash(from, to) & mask; ; s = (s + 1) & mask) {
      const p = this.slots[s]!;
      if (p < 0) return this.addPair(from, to, s);
      const pair = this.pairs[p]!;
      if (pair.from === from && pair.to === to) return pair;
    }
  }

  private addPair(from: number, to: number, slot: number): Pair {
    const pair: Pair = {
      from,
      to,
      count: 0,
      cases: 0,
      lastCase: 0,
      waits: new Float64Array(4),
      crossing: 0,
      unknown: 0,
    };
    this.slots[slot] = this.pairs.length;
    this.pairs.push(pair);
    if (this.pairs.length * 2 > this.slots.length) {
      const slots = new Int32Array(this.slots.length * 2).fill(-1);
      const mask = slots.length - 1;
      this.pairs.forEach((q, p) => {
        let s = pairHash(q.from, q.to) & mask;
        while (slots[s]! >= 0) s = (s + 1) & mask;
        slots[s] = p;
      });
      this.slots = slots;
    }
    return pair;
  }

  /** The handoffs, named by `groupId`, sorted by `from`, then `to` (see {@link compareHandoffs}). */
  results(groupId: (g: number) => string): Handoff[] {
    const out: Handoff[] = [];
    for (const pair of this.pairs) {
      out.push({
        from: groupId(pair.from),
        to: groupId(pair.to),
        count: pair.count,
        cases: pair.cases,
        waitHours: summariseWaits(pair.waits.subarray(0, pair.count)),
        crossSector:
          pair.unknown > 0 ? null : pair.crossing === pair.count ? true : pair.crossing === 0 ? false : null,
      });
    }
    return out.sort(compareHandoffs);
  }
}

/**
 * Orders handoffs by `from`, then `to`, comparing UTF-16 code units: the same order as DuckDB's byte-wise
 * collation for every character up to U+FFFF.
 */
export function compareHandoffs(a: { from: string; to: string }, b: { from: string; to: string }): number {
  if (a.from !== b.from) return a.from < b.from ? -1 : 1;
  if (a.to !== b.to) return a.to < b.to ? -1 : 1;
  return 0;
}
