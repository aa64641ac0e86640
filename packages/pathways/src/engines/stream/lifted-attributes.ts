/**
 * Lifting by attribute combination: the events of a log in columns point into a table of distinct
 * (actor, sector, organisation, cluster) combinations, so each combination is lifted to its group once,
 * when first seen, and its further events are only counted; {@link LiftedAttributes.finish} hands the
 * counts to the lifter, which then holds the same tallies as if it had lifted every event.
 */

import type { EventAttributes } from "../../events/event-columns.js";
import type { GroupLifter } from "../../handoffs/lift.js";

/** Each attribute combination's group and sector, from a {@link GroupLifter}. */
export class LiftedAttributes {
  /** Group of each combination, -1 until first seen. */
  group = new Int32Array(0);
  /** Sector index of each combination (-1: unknown). */
  sector = new Int32Array(0);
  /** Events of each combination after the first. */
  private more = new Float64Array(0);
  /** The combinations of the latest batch (the table only grows within a read). */
  private table: readonly EventAttributes[] = [];
  private readonly lifter: GroupLifter;

  constructor(lifter: GroupLifter) {
    this.lifter = lifter;
  }

  /** Takes the table of a new batch, making room for every combination in it. */
  update(table: readonly EventAttributes[]): void {
    this.table = table;
    const known = this.group.length;
    if (table.length <= known) return;
    const size = Math.max(table.length, known * 2, 64);
    const group = new Int32Array(size).fill(-1);
    group.set(this.group);
    const sector = new Int32Array(size);
    sector.set(this.sector);
    const more = new Float64Array(size);
    more.set(this.more);
    this.group = group;
    this.sector = sector;
    this.more = more;
  }

  /** The group of an event with combination `a`; its sector is then `sector[a]`. */
  lift(a: number): number {
    const g = this.group[a]!;
    if (g >= 0) {
      this.more[a]!++;
      return g;
    }
    const lifted = this.lifter.lift(this.table[a]!);
    this.group[a] = lifted;
    this.sector[a] = this.lifter.sector;
    return lifted;
  }

  /** Adds the counted events to the lifter's tallies. */
  finish(): void {
    for (let a = 0; a < this.more.length; a++) {
      if (this.more[a]! > 0) this.lifter.lift(this.table[a]!, this.more[a]!);
    }
  }
}
