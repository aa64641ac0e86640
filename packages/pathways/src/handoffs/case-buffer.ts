/**
 * The events of one case, held compactly while the case is open (times, file lines, lifted groups and
 * sectors in typed arrays that grow by doubling), and put in pathway order: by time, ties in file order
 * (by line), as pm4py's `sort_values([case, timestamp])` with a stable sort and bupaR's
 * `arrange(start_time, .order)` do.
 */

import { grown } from "../grown.js";

/** One case's events, appended in any order and read back in pathway order. */
export class CaseBuffer {
  /** Number of events held. */
  size = 0;
  times = new Float64Array(16);
  lines = new Float64Array(16);
  groups = new Int32Array(16);
  sectors = new Int32Array(16);
  /** Positions in pathway order, valid after {@link CaseBuffer.order}. */
  private positions = new Int32Array(16);

  /** Empties the buffer for the next case. */
  clear(): void {
    this.size = 0;
  }

  /** Appends one event. */
  push(time: number, line: number, group: number, sector: number): void {
    if (this.size === this.times.length) this.grow();
    const i = this.size++;
    this.times[i] = time;
    this.lines[i] = line;
    this.groups[i] = group;
    this.sectors[i] = sector;
  }

  private grow(): void {
    const n = this.times.length * 2;
    this.times = grown(this.times, n);
    this.lines = grown(this.lines, n);
    this.groups = grown(this.groups, n);
    this.sectors = grown(this.sectors, n);
    this.positions = new Int32Array(n);
  }

  /**
   * The positions of the events in pathway order (by time, then by line) in the first
   * {@link CaseBuffer.size} entries of the returned array (reused between cases).
   */
  order(): Int32Array {
    const n = this.size;
    const p = this.positions;
    let sorted = true;
    for (let i = 0; i < n; i++) {
      p[i] = i;
      if (i > 0 && this.before(i, i - 1)) sorted = false;
    }
    if (!sorted) p.subarray(0, n).sort((a, b) => (this.before(a, b) ? -1 : this.before(b, a) ? 1 : 0));
    return p;
  }

  private before(a: number, b: number): boolean {
    const ta = this.times[a]!;
    const tb = this.times[b]!;
    return ta < tb || (ta === tb && this.lines[a]! < this.lines[b]!);
  }
}
