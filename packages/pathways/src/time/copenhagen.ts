/**
 * Europe/Copenhagen local time ⇄ UTC without a time-zone library: the EU summer-time rule that
 * Denmark has followed since 1996 (Directive 2000/84/EC and its predecessors). Standard time is CET
 * (UTC+1); summer time CEST (UTC+2) runs from the last Sunday of March 01:00 UTC to the last Sunday of
 * October 01:00 UTC.
 *
 * Range: exact for 1996 and later (tested against `Intl.DateTimeFormat` with
 * `timeZone: "Europe/Copenhagen"` for 1996–2037). The same rule is applied to earlier years, where it
 * is approximate: Denmark ended summer time on the last Sunday of September in 1980–1995 and had none
 * before 1980, so local times in those periods may be one hour off.
 *
 * Local times that do not exist or exist twice are resolved as java.time, Python's `zoneinfo`
 * (fold = 0) and the Temporal proposal's "compatible" mode do:
 * - spring gap (02:00–02:59 on the last Sunday of March does not exist): read with the offset before
 *   the switch (UTC+1), which moves the time forward by one hour (02:30 → 03:30 CEST = 01:30 UTC);
 * - autumn repeat (02:00–02:59 on the last Sunday of October happens twice): the first occurrence,
 *   summer time (02:30 → 02:30 CEST = 00:30 UTC).
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Days since 1970-01-01 of a date in the proleptic Gregorian calendar (month 1–12), for any year.
 * Howard Hinnant's `days_from_civil` algorithm.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Days since the epoch of the last Sunday of a month (month 1–12, 31 days long: March or October). */
function lastSunday31(year: number, month: number): number {
  const last = daysFromCivil(year, month, 31);
  const weekday = (((last + 4) % 7) + 7) % 7; // 0 = Sunday; 1970-01-01 was a Thursday
  return last - weekday;
}

const FIRST_CACHED = 1900;
const CACHED_YEARS = 400;
/** Per year: local wall-clock ms (as if UTC) of 03:00 on the spring and autumn switch days. */
const wallCache = new Float64Array(CACHED_YEARS * 2).fill(Number.NaN);

function switchWalls(year: number, out: { spring: number; autumn: number }): void {
  const k = year - FIRST_CACHED;
  if (k >= 0 && k < CACHED_YEARS) {
    let spring = wallCache[2 * k]!;
    if (Number.isNaN(spring)) {
      spring = lastSunday31(year, 3) * DAY + 3 * HOUR;
      wallCache[2 * k] = spring;
      wallCache[2 * k + 1] = lastSunday31(year, 10) * DAY + 3 * HOUR;
    }
    out.spring = spring;
    out.autumn = wallCache[2 * k + 1]!;
    return;
  }
  out.spring = lastSunday31(year, 3) * DAY + 3 * HOUR;
  out.autumn = lastSunday31(year, 10) * DAY + 3 * HOUR;
}

const walls = { spring: 0, autumn: 0 };

/**
 * The UTC instant (epoch ms) of a Copenhagen wall-clock time given as epoch ms read as if it were UTC
 * (`Date.UTC(year, month - 1, day, hour, minute, …)`), with the year passed along so no date
 * arithmetic is repeated. Gap and repeat are resolved as described at the top of this file.
 */
export function copenhagenLocalToUtc(wallMs: number, year: number): number {
  switchWalls(year, walls);
  return wallMs >= walls.spring && wallMs < walls.autumn ? wallMs - 2 * HOUR : wallMs - HOUR;
}

/** The offset of Europe/Copenhagen from UTC at an instant, in hours: 2 in summer time, else 1. */
export function copenhagenOffsetHours(utcMs: number): 1 | 2 {
  const year = new Date(utcMs).getUTCFullYear();
  switchWalls(year, walls);
  // The switches happen at 01:00 UTC, which is 03:00 on the local wall clock minus two hours.
  return utcMs >= walls.spring - 2 * HOUR && utcMs < walls.autumn - 2 * HOUR ? 2 : 1;
}
