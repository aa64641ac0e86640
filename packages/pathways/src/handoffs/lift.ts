/**
 * Lifting events to the level handoffs are counted at: the actor itself, or its organisation, sector,
 * cluster or kind. Lifting happens per event, before handoffs are detected (as pm4py does when
 * resources are mapped to groups first), so consecutive events in the same group are a repeat at that
 * level, not a handoff.
 *
 * The actor is resolved against `network` when one is given: by actor id, else by a label (English
 * or Danish, ignoring case) that belongs to exactly one actor; an actor found neither way keeps its
 * name and is counted in `unresolvedActors`. Each value of an event is the event's own column, else the
 * network's value for its actor (a cluster or sector may also come from the actor's organisation),
 * else unknown: the event goes into the group `(unknown)` and is counted in `withoutGroup`. Kinds come
 * from the network only.
 *
 * Groups are numbered in order of first appearance (internal only: all outputs are sorted by id).
 */

import type { Actor, NetworkDocument, Organisation } from "@tvaers/model";
import type { EventAttributes } from "../events/event-columns.js";
import type { HandoffGroup, HandoffLevel } from "./handoff.js";

/** The group of events that have no value at the level. */
export const UNKNOWN_GROUP = "(unknown)";

/** The sector of a group whose events resolve to more than one sector. */
export const MIXED_SECTOR = "(mixed)";

/** Strings ⇄ small integers. */
class Interner {
  readonly ids: string[] = [];
  private readonly index = new Map<string, number>();

  of(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.ids.length;
      this.ids.push(value);
      this.index.set(value, i);
    }
    return i;
  }
}

/** What the network says about an actor of the log. */
interface Resolved {
  id: string;
  actor: Actor | undefined;
}

const NONE = -1;
const SEVERAL = -2;

/** Tracks whether a group's events share one value: NONE, SEVERAL or the value's index. */
function merge(state: number, value: number): number {
  if (value === NONE || state === SEVERAL || state === value) return state;
  return state === NONE ? value : SEVERAL;
}

/** Lifts events to groups, numbering groups and sectors, and keeps what each group is. */
export class GroupLifter {
  /** Sector index of the last lifted event, or -1 when unknown. */
  sector = NONE;
  /** Events lifted to `(unknown)`. */
  withoutGroup = 0;
  /** Distinct log actors not found in the network. */
  unresolvedActors = 0;

  private readonly level: HandoffLevel;
  private readonly network: NetworkDocument | undefined;
  private readonly byId = new Map<string, Actor>();
  private readonly byLabel = new Map<string, Actor | null>();
  private readonly organisations = new Map<string, Organisation>();
  private readonly resolved = new Map<string, Resolved>();
  private readonly groups = new Interner();
  private readonly sectors = new Interner();
  private readonly values = new Interner();
  private readonly events: number[] = [];
  private readonly groupSector: number[] = [];
  private readonly groupOrganisation: number[] = [];
  private readonly groupCluster: number[] = [];
  private readonly groupKind: number[] = [];

  constructor(level: HandoffLevel, network?: NetworkDocument) {
    this.level = level;
    this.network = network;
    for (const actor of network?.actors ?? []) {
      this.byId.set(actor.id, actor);
      const labels = typeof actor.label === "string" ? [actor.label] : [actor.label.en, actor.label.da];
      for (const label of new Set(labels.filter((l) => l !== undefined).map((l) => l.trim().toLowerCase()))) {
        this.byLabel.set(label, this.byLabel.has(label) ? null : actor);
      }
    }
    for (const org of network?.organisations ?? []) this.organisations.set(org.id, org);
  }

  private resolve(name: string): Resolved {
    let r = this.resolved.get(name);
    if (r === undefined) {
      const actor = this.byId.get(name) ?? this.byLabel.get(name.toLowerCase()) ?? undefined;
      if (this.network !== undefined && actor === undefined) this.unresolvedActors++;
      r = { id: actor?.id ?? name, actor };
      this.resolved.set(name, r);
    }
    return r;
  }

  /**
   * Lifts one event (or `events` events with the same attributes): returns their group's index and sets
   * {@link GroupLifter.sector}.
   */
  lift(event: EventAttributes, events = 1): number {
    const { id, actor } = this.resolve(event.actor);
    const organisation = event.organisation ?? actor?.organisation;
    const org = organisation === undefined ? undefined : this.organisations.get(organisation);
    const sector = event.sector ?? actor?.sector ?? org?.sector;
    const cluster = event.cluster ?? actor?.cluster ?? org?.cluster;
    const kind = actor?.kind;
    const level = this.level;
    const value =
      level === "actor"
        ? id
        : level === "sector"
          ? sector
          : level === "organisation"
            ? organisation
            : level === "cluster"
              ? cluster
              : kind;
    if (value === undefined) this.withoutGroup += events;
    const g = this.groups.of(value ?? UNKNOWN_GROUP);
    if (g === this.events.length) {
      this.events.push(0);
      this.groupSector.push(NONE);
      this.groupOrganisation.push(NONE);
      this.groupCluster.push(NONE);
      this.groupKind.push(NONE);
    }
    this.events[g]! += events;
    this.sector = sector === undefined ? NONE : this.sectors.of(sector);
    const v = (s: string | undefined) => (s === undefined ? NONE : this.values.of(s));
    this.groupSector[g] = merge(this.groupSector[g]!, this.sector);
    this.groupOrganisation[g] = merge(this.groupOrganisation[g]!, v(organisation));
    this.groupCluster[g] = merge(this.groupCluster[g]!, v(cluster));
    this.groupKind[g] = merge(this.groupKind[g]!, v(kind));
    return g;
  }

  /** The id of group `g`. */
  groupId(g: number): string {
    return this.groups.ids[g]!;
  }

  /** Every group seen, with its events and attributes (see {@link HandoffGroup}), sorted by id. */
  finishGroups(): HandoffGroup[] {
    const out: HandoffGroup[] = [];
    const value = (state: number) => (state >= 0 ? this.values.ids[state] : undefined);
    this.groups.ids.forEach((id, g) => {
      const s = this.groupSector[g]!;
      const group: HandoffGroup = {
        id,
        events: this.events[g]!,
        sector: s === SEVERAL ? MIXED_SECTOR : s === NONE ? UNKNOWN_GROUP : this.sectors.ids[s]!,
      };
      const organisation = value(this.groupOrganisation[g]!);
      const cluster = value(this.groupCluster[g]!);
      const kind = value(this.groupKind[g]!);
      if (organisation !== undefined) group.organisation = organisation;
      if (cluster !== undefined) group.cluster = cluster;
      if (kind !== undefined) group.kind = kind;
      out.push(group);
    });
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
