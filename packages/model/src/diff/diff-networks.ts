/**
 * The difference between two snapshots of a network: what was added, removed and changed in each
 * collection, field by field with every attribute kept (see {@link fieldChanges}). Sectors, clusters,
 * organisations, actors and forums are matched by id. Ties are matched by id when both versions have
 * one; the others by (source, target, kind, channel), with the two ends sorted for an undirected tie,
 * and the k-th unmatched tie with a key before to the k-th after. Memberships and rules have no id:
 * they are compared as whole rows (added or removed). Nothing in the inputs is changed.
 */

import { sameJson } from "../io/csv/same-json.js";
import type { NetworkDocument } from "../schema/network.js";
import type { Tie } from "../schema/tie.js";
import { type FieldChange, fieldChanges } from "./field-changes.js";

/** One item in both snapshots that changed: its id (a tie's id or match key) and every change. */
export interface ChangedItem<T> {
  id: string;
  before: T;
  after: T;
  changes: FieldChange[];
}

/** What was added, removed and changed in one collection. */
export interface CollectionDiff<T> {
  added: T[];
  removed: T[];
  changed: ChangedItem<T>[];
}

/** Rows without an id that are only in one snapshot. */
export interface RowDiff<T> {
  added: T[];
  removed: T[];
}

/** The difference between two network documents (see the file comment). */
export interface NetworkDiff {
  /** Document-level fields (name, description, sources, quality scale). */
  document: FieldChange[];
  sectors: CollectionDiff<NetworkDocument["sectors"][number]>;
  clusters: CollectionDiff<NetworkDocument["clusters"][number]>;
  organisations: CollectionDiff<NetworkDocument["organisations"][number]>;
  actors: CollectionDiff<NetworkDocument["actors"][number]>;
  ties: CollectionDiff<Tie>;
  forums: CollectionDiff<NonNullable<NetworkDocument["forums"]>[number]>;
  memberships: RowDiff<NonNullable<NetworkDocument["memberships"]>[number]>;
  rules: RowDiff<NonNullable<NetworkDocument["rules"]>[number]>;
}

function byKey<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): CollectionDiff<T> {
  const queues = new Map<string, T[]>();
  for (const item of before) queues.set(key(item), [...(queues.get(key(item)) ?? []), item]);
  const out: CollectionDiff<T> = { added: [], removed: [], changed: [] };
  for (const item of after) {
    const k = key(item);
    const old = queues.get(k)?.shift();
    if (old === undefined) out.added.push(item);
    else {
      const changes = fieldChanges(old as object, item as object);
      if (changes.length > 0) out.changed.push({ id: k, before: old, after: item, changes });
    }
  }
  for (const rest of queues.values()) out.removed.push(...rest);
  return out;
}

/** The match key of a tie without an id: `source → target (kind, channel)`, ends sorted when undirected. */
export function tieMatchKey(tie: Tie): string {
  const [s, t] =
    tie.directed || tie.source <= tie.target ? [tie.source, tie.target] : [tie.target, tie.source];
  return `${s} ${tie.directed ? "→" : "—"} ${t} (${tie.kind}${tie.channel === undefined ? "" : `, ${tie.channel}`})`;
}

function diffTies(before: readonly Tie[], after: readonly Tie[]): CollectionDiff<Tie> {
  const afterIds = new Set(after.flatMap((t) => (t.id === undefined ? [] : [t.id])));
  const beforeIds = new Set(before.flatMap((t) => (t.id === undefined ? [] : [t.id])));
  const withId = (t: Tie, other: Set<string>) => t.id !== undefined && other.has(t.id);
  const ided = byKey(
    before.filter((t) => withId(t, afterIds)),
    after.filter((t) => withId(t, beforeIds)),
    (t) => t.id as string,
  );
  const keyed = byKey(
    before.filter((t) => !withId(t, afterIds)),
    after.filter((t) => !withId(t, beforeIds)),
    tieMatchKey,
  );
  return {
    added: keyed.added,
    removed: keyed.removed,
    changed: [...ided.changed, ...keyed.changed],
  };
}

function diffRows<T>(before: readonly T[], after: readonly T[]): RowDiff<T> {
  const left = [...before];
  const added: T[] = [];
  for (const row of after) {
    const i = left.findIndex((x) => sameJson(x, row));
    if (i === -1) added.push(row);
    else left.splice(i, 1);
  }
  return { added, removed: left };
}

const id = (x: { id: string }) => x.id;

const COLLECTIONS = new Set([
  "sectors",
  "clusters",
  "organisations",
  "actors",
  "ties",
  "forums",
  "memberships",
  "rules",
]);

/** The document-level fields of a document: everything but its collections. */
function documentFields(doc: NetworkDocument): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([k]) => !COLLECTIONS.has(k)));
}

/**
 * Compares two network documents (two snapshots of one network).
 *
 * @example
 * const d = diffNetworks(before, after);
 * console.log(d.actors.added.length, d.ties.changed.map((c) => c.changes));
 */
export function diffNetworks(before: NetworkDocument, after: NetworkDocument): NetworkDiff {
  return {
    document: fieldChanges(documentFields(before), documentFields(after)),
    sectors: byKey(before.sectors, after.sectors, id),
    clusters: byKey(before.clusters, after.clusters, id),
    organisations: byKey(before.organisations, after.organisations, id),
    actors: byKey(before.actors, after.actors, id),
    ties: diffTies(before.ties, after.ties),
    forums: byKey(before.forums ?? [], after.forums ?? [], id),
    memberships: diffRows(before.memberships ?? [], after.memberships ?? []),
    rules: diffRows(before.rules ?? [], after.rules ?? []),
  };
}
