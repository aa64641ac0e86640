/**
 * Events in columns, for mining at scale: what handoff mining needs of each event (its time, its
 * line, and which case it belongs to) in typed arrays, and the attributes that decide its group
 * (actor, sector, organisation, cluster) as an index into a table of the distinct combinations seen.
 * A large log repeats a few thousand such combinations millions of times, so an engine lifts each
 * combination once instead of each event, and no object is made per event.
 *
 * The activity is not carried: no handoff depends on it. Readers that want it use `batches()`.
 */

import { grown } from "../grown.js";
import type { PathwayEvent } from "./event.js";
import { RangeInterner } from "./range-interner.js";

/** The attributes of an event that decide its group at any level. */
export type EventAttributes = Pick<PathwayEvent, "actor" | "sector" | "organisation" | "cluster">;

/** A batch of events in file order, in columns. */
export interface EventColumns {
  /** Number of events. */
  size: number;
  /** Epoch milliseconds (UTC) of each event. */
  times: Float64Array;
  /** The line (or ordinal) of each event in the source. */
  lines: Float64Array;
  /** Each event's attributes, as an index into {@link EventColumns.table}. */
  attributes: Int32Array;
  /**
   * Positions where a case begins that differs from the case of the event before (across batches
   * too), ascending; `caseIds[k]` is the case beginning at `caseStarts[k]`.
   */
  caseStarts: Int32Array;
  caseIds: string[];
  /** Every distinct combination of attributes seen so far in the read (it only grows). */
  table: readonly EventAttributes[];
}

const INITIAL = 1 << 14;

/** A hash of four small integers (multiplicative mixing), non-negative. */
function hashIds(a: number, b: number, c: number, d: number): number {
  let h = Math.imul(a + 1, 0x9e3779b1);
  h = Math.imul(h ^ (b + 1), 0x85ebca6b);
  h = Math.imul(h ^ (c + 1), 0xc2b2ae35);
  h = Math.imul(h ^ (d + 1), 0x27d4eb2f);
  return (h ^ (h >>> 15)) & 0x7fffffff;
}

/** Collects events into {@link EventColumns} batches, interning their attributes. */
export class EventColumnsBuilder {
  /** The strings of attribute values, by id (shared by the fast CSV path and {@link pushEvent}). */
  readonly strings = new RangeInterner();
  readonly table: EventAttributes[] = [];
  /** The case of the last event pushed. */
  caseId: string | undefined;

  /** Attribute combinations: four string ids (or -1) per entry, and an open-addressing index. */
  private keys: number[] = [];
  private slots = new Int32Array(256).fill(-1);
  private size = 0;
  private times = new Float64Array(INITIAL);
  private lines = new Float64Array(INITIAL);
  private attributes = new Int32Array(INITIAL);
  private caseStarts: number[] = [];
  private caseIds: string[] = [];

  /**
   * The index of the combination of attribute values with these string ids (-1: absent), adding it to
   * the table when new.
   */
  attribute(actor: number, sector: number, organisation: number, cluster: number): number {
    const mask = this.slots.length - 1;
    const k = this.keys;
    for (let s = hashIds(actor, sector, organisation, cluster) & mask; ; s = (s + 1) & mask) {
      const a = this.slots[s]!;
      if (a < 0) return this.addAttribute(actor, sector, organisation, cluster, s);
      const o = 4 * a;
      if (k[o] === actor && k[o + 1] === sector && k[o + 2] === organisation && k[o + 3] === cluster)
        return a;
    }
  }

  private addAttribute(
    actor: number,
    sector: number,
    organisation: number,
    cluster: number,
    slot: number,
  ): number {
    const a = this.table.length;
    const value = (id: number) => (id < 0 ? undefined : this.strings.values[id]);
    const entry: EventAttributes = { actor: value(actor)! };
    const s = value(sector);
    const o = value(organisation);
    const c = value(cluster);
    if (s !== undefined) entry.sector = s;
    if (o !== undefined) entry.organisation = o;
    if (c !== undefined) entry.cluster = c;
    this.table.push(entry);
    this.keys.push(actor, sector, organisation, cluster);
    this.slots[slot] = a;
    if (this.table.length * 2 > this.slots.length) this.rehash();
    return a;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    const k = this.keys;
    for (let a = 0; a < this.table.length; a++) {
      const o = 4 * a;
      let s = hashIds(k[o]!, k[o + 1]!, k[o + 2]!, k[o + 3]!) & mask;
      while (slots[s]! >= 0) s = (s + 1) & mask;
      slots[s] = a;
    }
    this.slots = slots;
  }

  /** Records that the next event pushed begins case `caseId`. */
  startCase(caseId: string): void {
    this.caseStarts.push(this.size);
    this.caseIds.push(caseId);
    this.caseId = caseId;
  }

  /** Appends one event of the current case. */
  push(time: number, line: number, attribute: number): void {
    if (this.size === this.times.length) this.grow();
    const i = this.size++;
    this.times[i] = time;
    this.lines[i] = line;
    this.attributes[i] = attribute;
  }

  /** Appends a checked event (starting its case when it differs from the last one). */
  pushEvent(event: PathwayEvent): void {
    if (event.caseId !== this.caseId) this.startCase(event.caseId);
    const id = (value: string | undefined) => (value === undefined ? -1 : this.strings.of(value));
    const attribute = this.attribute(
      id(event.actor),
      id(event.sector),
      id(event.organisation),
      id(event.cluster),
    );
    this.push(event.time, event.line, attribute);
  }

  private grow(): void {
    const n = this.times.length * 2;
    this.times = grown(this.times, n);
    this.lines = grown(this.lines, n);
    this.attributes = grown(this.attributes, n);
  }

  /** The events pushed since the last call, as a batch; `undefined` when there are none. */
  take(): EventColumns | undefined {
    const size = this.size;
    if (size === 0) return undefined;
    const batch: EventColumns = {
      size,
      times: this.times.subarray(0, size),
      lines: this.lines.subarray(0, size),
      attributes: this.attributes.subarray(0, size),
      caseStarts: Int32Array.from(this.caseStarts),
      caseIds: this.caseIds,
      table: this.table,
    };
    this.size = 0;
    this.times = new Float64Array(INITIAL);
    this.lines = new Float64Array(INITIAL);
    this.attributes = new Int32Array(INITIAL);
    this.caseStarts = [];
    this.caseIds = [];
    return batch;
  }
}
