/**
 * Two-mode degree (Borgatti & Everett 1997, "Network analysis of 2-mode data", Social Networks 19):
 * a participant's degree is the number of forums it sits in; a forum's degree is its number of
 * participants. Boundary spanners are participants who sit in several forums and meet other sectors
 * there: `sectorsMet` counts the sectors other than their own among everyone they share a forum with.
 */
import type { NetworkDocument } from "@tvaers/model";
import { keyed } from "../graph/keyed.js";
import { incidence, type SeatOptions, seatsOf } from "./seats.js";

/** Degrees of both modes, keyed by participant id and by forum id. */
export interface TwoModeDegree {
  participants: Record<string, number>;
  forums: Record<string, number>;
}

/** Two-mode degree of every participant and forum (see the file comment). */
export function twoModeDegree(doc: NetworkDocument, options: SeatOptions = {}): TwoModeDegree {
  const byForum = incidence(seatsOf(doc, options));
  const counts = new Map<string, number>();
  for (const members of byForum.values()) for (const p of members) counts.set(p, (counts.get(p) ?? 0) + 1);
  return {
    participants: keyed([...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
    forums: keyed([...byForum].map(([f, m]) => [f, m.size] as const)),
  };
}

/** A participant who spans forums and sectors. */
export interface BoundarySpanner {
  participant: string;
  sector: string | undefined;
  /** Forums it sits in, in document order of first seat. */
  forums: string[];
  /** Sectors other than its own among those it shares a forum with, sorted. */
  sectorsMet: string[];
}

/**
 * Participants in at least `minForums` forums (default 2) who meet at least one other sector there,
 * most forums first, then most sectors met, then by id.
 */
export function boundarySpanners(
  doc: NetworkDocument,
  options: SeatOptions & { minForums?: number } = {},
): BoundarySpanner[] {
  const seats = seatsOf(doc, options);
  const sectorOf = new Map<string, string | undefined>();
  for (const s of seats) if (sectorOf.get(s.participant) === undefined) sectorOf.set(s.participant, s.sector);
  const byForum = incidence(seats);
  const forumsOf = new Map<string, string[]>();
  for (const [forum, members] of byForum) {
    for (const p of members) forumsOf.set(p, [...(forumsOf.get(p) ?? []), forum]);
  }
  const out: BoundarySpanner[] = [];
  for (const [participant, forums] of forumsOf) {
    if (forums.length < (options.minForums ?? 2)) continue;
    const own = sectorOf.get(participant);
    const met = new Set<string>();
    for (const f of forums) {
      for (const other of byForum.get(f) ?? []) {
        const s = sectorOf.get(other);
        if (s !== undefined && s !== own) met.add(s);
      }
    }
    if (met.size > 0) out.push({ participant, sector: own, forums, sectorsMet: [...met].sort() });
  }
  return out.sort(
    (a, b) =>
      b.forums.length - a.forums.length ||
      b.sectorsMet.length - a.sectorsMet.length ||
      (a.participant < b.participant ? -1 : 1),
  );
}
