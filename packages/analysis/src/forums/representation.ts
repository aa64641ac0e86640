/**
 * A forum's composition by sector and by kind against declared representation rules. Minimums: a key
 * that is a sector id counts seats in that sector, any other key counts seats of that kind; a rule is
 * met when the count is at least the minimum (exactly the minimum is met). Shares: the rule's `seats`, else the
 * counted seats in the named sectors, are apportioned by largest remainder (Hamilton's method; ties go to the sector
 * named first) and a sector short of its apportioned seats is a shortfall — e.g. 5 programme places
 * at 100 / 75 / 25 (Klynge Vest minutes, 12th meeting, item 2) give 2 / 2 / 1. By default only members
 * and chairs count: observers have no vote and secretaries serve the forum (item 1 of the same
 * minutes). Composition is read from standing memberships (rows without a date) when the forum has
 * any, else from its latest meeting (present and apologies: who is appointed); with `at`, from those
 * present at the meeting on that date.
 */
import type { MembershipRole, NetworkDocument } from "@tvaers/model";
import { keyed } from "../graph/keyed.js";
import { type Seat, seatsOf } from "../two-mode/seats.js";

/** Options for {@link checkRepresentation}. */
export interface RepresentationOptions {
  /** Roles that count toward a rule (default member and chair). */
  roles?: readonly MembershipRole[];
  /** A meeting date (`YYYY-MM-DD`): check who was present then. */
  at?: string;
}

/** A rule that is not met: which sector or kind, how many seats it needs, has and misses. */
export interface Shortfall {
  rule: number;
  basis: "minimum" | "share";
  key: string;
  by: "sector" | "kind";
  required: number;
  actual: number;
  missing: number;
}

/** A forum's counted seats by sector and kind, and the rules' shortfalls. */
export interface ForumComposition {
  forum: string;
  basis: "standing" | "meeting" | "none";
  date?: string;
  seats: number;
  bySector: Record<string, number>;
  byKind: Record<string, number>;
  shortfalls: Shortfall[];
}

/** Apportions `total` seats to shares by largest remainder; ties go to the earlier key. */
export function apportion(total: number, shares: Readonly<Record<string, number>>): Record<string, number> {
  const entries = Object.entries(shares);
  const sum = entries.reduce((s, [, v]) => s + v, 0);
  const quotas = entries.map(([k, v], i) => ({ k, i, q: (total * v) / sum }));
  const out = quotas.map((x) => ({ ...x, n: Math.floor(x.q) }));
  let left = total - out.reduce((s, x) => s + x.n, 0);
  for (const x of [...out].sort((a, b) => b.q - Math.floor(b.q) - (a.q - Math.floor(a.q)) || a.i - b.i)) {
    if (left <= 0) break;
    x.n++;
    left--;
  }
  return keyed(out.map((x) => [x.k, x.n] as const));
}

function tally(values: (string | undefined)[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  return keyed([...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

function counted(
  seats: Seat[],
  at: string | undefined,
): Pick<ForumComposition, "basis" | "date"> & { seats: Seat[] } {
  if (at !== undefined) {
    const present = seats.filter((s) => s.membership.date === at && s.membership.status !== "apologies");
    return { basis: "meeting", date: at, seats: present };
  }
  const standing = seats.filter((s) => s.membership.date === undefined);
  if (standing.length > 0) return { basis: "standing", seats: standing };
  const dates = seats.map((s) => s.membership.date).filter((d): d is string => d !== undefined);
  const latest = dates.sort().at(-1);
  if (latest === undefined) return { basis: "none", seats: [] };
  return { basis: "meeting", date: latest, seats: seats.filter((s) => s.membership.date === latest) };
}

/**
 * Each forum's composition by sector and kind, with the shortfalls against every rule declared for
 * it (see the file comment for what counts).
 *
 * @example
 * for (const f of checkRepresentation(doc)) console.log(f.forum, f.shortfalls);
 */
export function checkRepresentation(
  doc: NetworkDocument,
  options: RepresentationOptions = {},
): ForumComposition[] {
  const all = seatsOf(doc, { roles: options.roles ?? ["member", "chair"] });
  const sectors = new Set(doc.sectors.map((s) => s.id));
  return (doc.forums ?? []).map((forum) => {
    const { seats, ...basis } = counted(
      all.filter((s) => s.membership.forum === forum.id),
      options.at,
    );
    const bySector = tally(seats.map((s) => s.sector));
    const byKind = tally(seats.map((s) => s.kind));
    const shortfalls: Shortfall[] = [];
    (doc.rules ?? []).forEach((rule, i) => {
      if (rule.forum !== forum.id) return;
      for (const [key, required] of Object.entries(rule.minimum ?? {})) {
        const by = sectors.has(key) ? "sector" : "kind";
        const actual = (by === "sector" ? bySector[key] : byKind[key]) ?? 0;
        if (actual < required)
          shortfalls.push({
            rule: i,
            basis: "minimum",
            key,
            by,
            required,
            actual,
            missing: required - actual,
          });
      }
      if (rule.shares !== undefined) {
        const total = rule.seats ?? Object.keys(rule.shares).reduce((s, k) => s + (bySector[k] ?? 0), 0);
        for (const [key, required] of Object.entries(apportion(total, rule.shares))) {
          const actual = bySector[key] ?? 0;
          if (actual < required)
            shortfalls.push({
              rule: i,
              basis: "share",
              key,
              by: "sector",
              required,
              actual,
              missing: required - actual,
            });
        }
      }
    });
    return { forum: forum.id, ...basis, seats: seats.length, bySector, byKind, shortfalls };
  });
}
