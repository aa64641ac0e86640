/**
 * Seats: the rows of a document's `memberships` resolved to a participant and a sector. A participant
 * is the membership's actor, else its organisation (an actor and an organisation with the same id count
 * as the same participant); its sector is the membership's `sector`, else the actor's, else the
 * organisation's; its kind is the membership's `kind`, else the actor's. This is the two-mode
 * (affiliation) view of Breiger (1974), "The duality of persons and groups", Social Forces 53(2).
 */
import type { Membership, MembershipRole, NetworkDocument } from "@tvaers/model";

/** One membership row with who holds the seat, in which sector. */
export interface Seat {
  membership: Membership;
  participant: string;
  sector: string | undefined;
  kind: string | undefined;
}

/** Which rows count as seats: by role (default every role). */
export interface SeatOptions {
  /** Roles that count (default: every role). */
  roles?: readonly MembershipRole[];
}

/** Resolves every membership row of `doc` to a seat (see the file comment for the rules). */
export function seatsOf(doc: NetworkDocument, options: SeatOptions = {}): Seat[] {
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const organisations = new Map(doc.organisations.map((o) => [o.id, o]));
  const out: Seat[] = [];
  for (const m of doc.memberships ?? []) {
    if (options.roles !== undefined && !options.roles.includes(m.role)) continue;
    const participant = m.actor ?? m.organisation;
    if (participant === undefined) continue;
    const actor = m.actor === undefined ? undefined : actors.get(m.actor);
    const org = m.organisation ?? actor?.organisation;
    out.push({
      membership: m,
      participant,
      sector: m.sector ?? actor?.sector ?? (org === undefined ? undefined : organisations.get(org)?.sector),
      kind: m.kind ?? actor?.kind,
    });
  }
  return out;
}

/** The incidence of participants and forums: each forum's set of participants, in document order. */
export function incidence(seats: readonly Seat[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const s of seats) {
    const members = out.get(s.membership.forum) ?? new Set<string>();
    members.add(s.participant);
    out.set(s.membership.forum, members);
  }
  return out;
}
