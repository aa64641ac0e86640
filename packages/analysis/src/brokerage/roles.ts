/**
 * The five brokerage roles of Gould & Fernandez (1989) and how a brokered two-path a → v → b is
 * assigned to one of them by the groups of a (source), v (broker) and b (target):
 *
 * | role           | groups                         | sna column |
 * |----------------|--------------------------------|------------|
 * | coordinator    | a, v, b in one group           | `w_I`      |
 * | itinerant      | a and b share a group, v not   | `w_O`      |
 * | representative | v shares a's group, b outside  | `b_IO`     |
 * | gatekeeper     | v shares b's group, a outside  | `b_OI`     |
 * | liaison        | three different groups         | `b_O`      |
 *
 * Exactly one role applies to every two-path, so `total` is their sum. The sna columns are those of
 * R `sna::brokerage` as its code counts them (gli.c: a two-path with cl[a] = cl[v] ≠ cl[b] goes to
 * `b_IO`); older sna help pages called `b_IO` the gatekeeper and `b_OI` the representative, the reverse
 * of what the code computes.
 *
 * Reference: Gould, R. V., & Fernandez, R. M. (1989). Structures of mediation: a formal approach to
 * brokerage in transaction networks. Sociological Methodology 19, 89–126.
 */

/** A value per brokerage role (a count, an expectation, a standard deviation, a z-score or a volume). */
export interface BrokerageRoles {
  /** a, v and b all in one group (sna `w_I`). */
  coordinator: number;
  /** a and b share a group that v is outside of (sna `w_O`). */
  itinerant: number;
  /** v shares a's group, b is outside it (sna `b_IO`). */
  representative: number;
  /** v shares b's group, a is outside it (sna `b_OI`). */
  gatekeeper: number;
  /** a, v and b in three different groups (sna `b_O`). */
  liaison: number;
  /** All brokered two-paths, whatever the groups. */
  total: number;
}

/** Number of roles before `total`; role indices 0…4 follow the order of {@link BrokerageRoles}. */
export const ROLE_COUNT = 5;

/** The role index (0 coordinator … 4 liaison) of a two-path whose ends and broker have these groups. */
export function roleOf(source: number, broker: number, target: number): number {
  if (source === broker) return broker === target ? 0 : 2;
  if (broker === target) return 3;
  return source === target ? 1 : 4;
}

/**
 * Reads six values — the five roles, then the total — from `values` at `offset` into a fresh object.
 * Without `total`, the total is the sum of the five roles.
 */
export function rolesAt(values: ArrayLike<number>, offset = 0, total?: number): BrokerageRoles {
  const coordinator = values[offset]!;
  const itinerant = values[offset + 1]!;
  const representative = values[offset + 2]!;
  const gatekeeper = values[offset + 3]!;
  const liaison = values[offset + 4]!;
  return {
    coordinator,
    itinerant,
    representative,
    gatekeeper,
    liaison,
    total: total ?? coordinator + itinerant + representative + gatekeeper + liaison,
  };
}

/** Six `NaN`s: the result for a node that has no group. */
export function nanRoles(): BrokerageRoles {
  return rolesAt([Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN], 0, Number.NaN);
}
