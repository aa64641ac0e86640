/**
 * The typical wait of a generated handoff: the median, in hours, of the log-normal a generated log draws
 * its waits from. A handoff tie that says how long patients wait (`waitHoursMedian`, `waitHours`,
 * `waitDaysMedian` or `waitDays` among its attributes, first found wins) gives the median; otherwise a
 * default by the pair of sectors, below. The defaults are illustrative orders of magnitude for Danish
 * cross-sector care (a referral from general practice is seen within days, a discharge to municipal home
 * care within two days, a municipal assessment within a week), not measurements.
 */

import type { Tie } from "@tvaers/model";

/**
 * Default median waits in hours by `from>to` sector pair, for handoff ties that carry no wait. Pairs not
 * listed fall back to {@link SAME_SECTOR_WAIT_HOURS} or {@link CROSS_SECTOR_WAIT_HOURS}.
 */
export const DEFAULT_WAIT_HOURS: Readonly<Record<string, number>> = {
  "general-practice>region": 72,
  "region>region": 12,
  "region>municipality": 48,
  "region>general-practice": 72,
  "municipality>general-practice": 168,
  "municipality>region": 72,
  "municipality>municipality": 120,
  "general-practice>municipality": 168,
};

/** Default median wait in hours between two actors of the same sector when no pair default applies. */
export const SAME_SECTOR_WAIT_HOURS = 24;

/** Default median wait in hours between two sectors when no pair default applies. */
export const CROSS_SECTOR_WAIT_HOURS = 120;

/** Tie attributes that give a median wait, with their unit in hours, in the order they are looked for. */
const WAIT_ATTRIBUTES: ReadonlyArray<[string, number]> = [
  ["waitHoursMedian", 1],
  ["waitHours", 1],
  ["waitDaysMedian", 24],
  ["waitDays", 24],
];

/**
 * The median wait in hours for a handoff along `tie` from an actor in `fromSector` to one in `toSector`:
 * the tie's own wait attribute when it has a finite, non-negative one, else the sector-pair default.
 */
export function medianWaitHours(tie: Tie, fromSector: string, toSector: string): number {
  const attributes = tie.attributes ?? {};
  for (const [name, hours] of WAIT_ATTRIBUTES) {
    const value = Object.hasOwn(attributes, name) ? attributes[name] : undefined;
    if (typeof value === "number" && Number.isFinite(value) && value >= 0) return value * hours;
  }
  const pair = `${fromSector}>${toSector}`;
  if (Object.hasOwn(DEFAULT_WAIT_HOURS, pair)) return DEFAULT_WAIT_HOURS[pair]!;
  return fromSector === toSector ? SAME_SECTOR_WAIT_HOURS : CROSS_SECTOR_WAIT_HOURS;
}
