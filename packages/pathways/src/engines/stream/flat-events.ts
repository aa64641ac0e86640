/**
 * Lifted events of many cases in flat typed arrays (about 28 bytes an event plus each case id once),
 * regrouped by case with a counting sort and mined case by case. Used for an unsorted log: for all of
 * it in memory, or for one partition at a time from disk.
 */

import { detach } from "../../events/range-interner.js";
import { grown } from "../../grown.js";
import type { HandoffAccumulator } from "../../handoffs/accumulator.js";
import { CaseBuffer } from "../../handoffs/case-buffer.js";

/** Events of many cases, in arrival order. */
export class FlatEvents {
  size = 0;
  private readonly caseIndex = new Map<string, number>();
  private caseOf = new Int32Array(1024);
  private times = new Float64Array(1024);
  private lines = new Float64Array(1024);
  private groups = new Int32Array(1024);
  private sectors = new Int32Array(1024);

  /** Appends one lifted event. */
  push(caseId: string, time: number, line: number, group: number, sector: number): void {
    if (this.size === this.times.length) this.grow();
    let c = this.caseIndex.get(caseId);
    if (c === undefined) {
      c = this.caseIndex.size;
      this.caseIndex.set(detach(caseId), c);
    }
    const i = this.size++;
    this.caseOf[i] = c;
    this.times[i] = time;
    this.lines[i] = line;
    this.groups[i] = group;
    this.sectors[i] = sector;
  }

  private grow(): void {
    const n = this.times.length * 2;
    this.caseOf = grown(this.caseOf, n);
    this.times = grown(this.times, n);
    this.lines = grown(this.lines, n);
    this.groups = grown(this.groups, n);
    this.sectors = grown(this.sectors, n);
  }

  /** Adds every case held to `accumulator`, each whole. */
  mineInto(accumulator: HandoffAccumulator): void {
    const cases = this.caseIndex.size;
    const start = new Int32Array(cases + 1);
    for (let i = 0; i < this.size; i++) start[this.caseOf[i]! + 1]!++;
    for (let c = 0; c < cases; c++) start[c + 1]! += start[c]!;
    const next = start.slice(0, cases);
    const order = new Int32Array(this.size);
    for (let i = 0; i < this.size; i++) order[next[this.caseOf[i]!]!++] = i;
    const buffer = new CaseBuffer();
    for (let c = 0; c < cases; c++) {
      buffer.clear();
      for (let k = start[c]!; k < start[c + 1]!; k++) {
        const i = order[k]!;
        buffer.push(this.times[i]!, this.lines[i]!, this.groups[i]!, this.sectors[i]!);
      }
      accumulator.addCase(buffer);
    }
  }
}
