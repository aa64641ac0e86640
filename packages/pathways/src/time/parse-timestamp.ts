/**
 * Reads the timestamps of patient event logs, fast (a log may hold 10⁸ of them): one hand-written scan
 * over the characters, no regular expression, no `Date.parse`, no allocation on success.
 *
 * Accepted forms (surrounding spaces ignored):
 * - ISO 8601 / RFC 3339: `2026-11-23`, `2026-11-23T14:05`, `2026-11-23 14:05:30`, with fractional
 *   seconds after `.` or `,` (`14:05:30.250`, `14:05:30,25`), and an optional zone `Z`, `+01:00`,
 *   `+0100` or `+01`.
 * - Danish: day, month and four-digit year separated by `-`, `.` or `/` (`23-11-2026`, `23.11.2026`,
 *   `23/11/2026`, one-digit day and month allowed), optionally followed by a space and `hh:mm` or
 *   `hh:mm:ss` (`.` also accepted between hours and minutes, as in `14.05`), as Danish Excel writes.
 *
 * A time without a zone is Europe/Copenhagen local time (see `copenhagen.ts` for the summer-time gap
 * and repeat); a date without a time is local midnight. Results are milliseconds since the epoch (UTC);
 * digits beyond milliseconds are truncated. Impossible dates (`31-02-2026`), hours above 23, minutes or
 * seconds above 59 and offsets beyond ±23:59 are rejected.
 */

import { copenhagenLocalToUtc, daysFromCivil } from "./copenhagen.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const OK = 0;
const FORM = 1;
const MONTH = 2;
const DAY_OF_MONTH = 3;
const TIME = 4;
const OFFSET = 5;
const YEAR = 6;

/** Why the last scan failed, and the numbers needed to say so. */
const failure = { code: OK, year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function fail(code: number): number {
  failure.code = code;
  return Number.NaN;
}

/** Scan state shared by the helpers, so a scan allocates nothing. */
const at = { i: 0, end: 0 };

/** The code unit at `at.i`, or -1 at the end of the range. */
function code(s: string): number {
  return at.i < at.end ? s.charCodeAt(at.i) : -1;
}

/** Reads 1 to `max` digits at `at.i`; returns the value, or -1 when there is no digit. Advances `at.i`. */
function digits(s: string, min: number, max: number): number {
  let value = 0;
  let count = 0;
  while (count < max && at.i < at.end) {
    const c = s.charCodeAt(at.i) - 48;
    if (c < 0 || c > 9) break;
    value = value * 10 + c;
    at.i++;
    count++;
  }
  return count >= min ? value : -1;
}

/**
 * Reads `:mm[:ss[(.|,)fraction]]` after the hour (`.` instead of `:` too when `allowDot`); returns the
 * milliseconds within the day, or NaN.
 */
function clock(s: string, hour: number, allowDot: boolean): number {
  const c = code(s);
  if (!(c === 58 || (allowDot && c === 46))) return fail(FORM);
  const separator = c;
  at.i++;
  const minute = digits(s, 2, 2);
  if (minute < 0) return fail(FORM);
  let second = 0;
  let ms = 0;
  if (code(s) === separator) {
    at.i++;
    second = digits(s, 2, 2);
    if (second < 0) return fail(FORM);
    const f = code(s);
    if (f === 46 || f === 44) {
      at.i++;
      const start = at.i;
      let scale = 100;
      while (at.i < at.end) {
        const d = s.charCodeAt(at.i) - 48;
        if (d < 0 || d > 9) break;
        ms += d * scale;
        scale /= 10;
        at.i++;
      }
      if (at.i === start) return fail(FORM);
      ms = Math.floor(ms);
    }
  }
  failure.hour = hour;
  failure.minute = minute;
  failure.second = second;
  if (hour > 23 || minute > 59 || second > 59) return fail(TIME);
  return hour * HOUR + minute * MINUTE + second * 1000 + ms;
}

/** Checks a calendar date and returns its day number, or NaN (with the reason recorded). */
function date(year: number, month: number, day: number): number {
  failure.year = year;
  failure.month = month;
  failure.day = day;
  if (year < 1) return fail(YEAR);
  if (month < 1 || month > 12) return fail(MONTH);
  if (day < 1 || day > daysInMonth(year, month)) return fail(DAY_OF_MONTH);
  return daysFromCivil(year, month, day);
}

/** Reads a zone designator at `at.i` (`Z`, `±hh`, `±hhmm`, `±hh:mm`); returns its offset in ms or NaN. */
function zone(s: string): number {
  const c = code(s);
  if (c === 90 || c === 122) {
    at.i++;
    return 0;
  }
  if (c !== 43 && c !== 45 && c !== 0x2212) return fail(FORM);
  at.i++;
  const hours = digits(s, 2, 2);
  if (hours < 0) return fail(FORM);
  let minutes = 0;
  if (at.i < at.end) {
    if (code(s) === 58) at.i++;
    minutes = digits(s, 2, 2);
    if (minutes < 0) return fail(FORM);
  }
  if (hours > 23 || minutes > 59) return fail(OFFSET);
  const offset = hours * HOUR + minutes * MINUTE;
  return c === 43 ? offset : -offset;
}

function scanIso(s: string, year: number): number {
  at.i++; // '-'
  const month = digits(s, 2, 2);
  if (month < 0 || code(s) !== 45) return fail(FORM);
  at.i++;
  const day = digits(s, 2, 2);
  if (day < 0) return fail(FORM);
  const days = date(year, month, day);
  if (Number.isNaN(days)) return days;
  if (at.i === at.end) return copenhagenLocalToUtc(days * DAY, year);
  const t = code(s);
  if (t !== 84 && t !== 116 && t !== 32) return fail(FORM);
  at.i++;
  const hour = digits(s, 2, 2);
  if (hour < 0) return fail(FORM);
  const time = clock(s, hour, false);
  if (Number.isNaN(time)) return time;
  const wall = days * DAY + time;
  if (at.i === at.end) return copenhagenLocalToUtc(wall, year);
  const offset = zone(s);
  if (Number.isNaN(offset)) return offset;
  return at.i === at.end ? wall - offset : fail(FORM);
}

function scanDanish(s: string, day: number): number {
  const sep = code(s);
  at.i++;
  const month = digits(s, 1, 2);
  if (month < 0 || code(s) !== sep) return fail(FORM);
  at.i++;
  const year = digits(s, 4, 4);
  if (year < 0) return fail(FORM);
  const days = date(year, month, day);
  if (Number.isNaN(days)) return days;
  if (at.i === at.end) return copenhagenLocalToUtc(days * DAY, year);
  if (code(s) !== 32) return fail(FORM);
  while (code(s) === 32) at.i++;
  const hour = digits(s, 1, 2);
  if (hour < 0) return fail(FORM);
  const time = clock(s, hour, true);
  if (Number.isNaN(time)) return time;
  return at.i === at.end ? copenhagenLocalToUtc(days * DAY + time, year) : fail(FORM);
}

/**
 * Reads a timestamp (see the forms at the top of this file) and returns epoch milliseconds (UTC), or
 * `NaN` when the text is not a date; {@link describeTimestampProblem} then says why.
 *
 * @example
 * parseTimestamp("23-11-2026 14:05"); // 1795439100000 (13:05 UTC)
 * parseTimestamp("31-02-2026"); // NaN
 */
export function parseTimestamp(text: string): number {
  return parseTimestampIn(text, 0, text.length);
}

/** The value of the two ASCII digits at `i` and `i + 1`, or -1 when either is not a digit. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Returned by {@link quickIso} for a text it leaves to the full scan. */
const NOT_QUICK = Number.NEGATIVE_INFINITY;

/**
 * The common forms of a large log read at fixed places, with nothing around them:
 * `yyyy-mm-ddThh:mm`, `yyyy-mm-ddThh:mm:ss` (T, t or a space), alone or followed by `Z` or `±hh:mm`.
 * Gives exactly what the full scan gives for such a text, or {@link NOT_QUICK} for any other text and
 * for any value out of range (the full scan then says why), so it only ever saves time.
 */
function quickIso(s: string, start: number, end: number): number {
  const n = end - start;
  if (n !== 16 && n !== 19 && n !== 20 && n !== 25) return NOT_QUICK;
  if (s.charCodeAt(start + 4) !== 45 || s.charCodeAt(start + 7) !== 45 || s.charCodeAt(start + 13) !== 58)
    return NOT_QUICK;
  const t = s.charCodeAt(start + 10);
  if (t !== 84 && t !== 116 && t !== 32) return NOT_QUICK;
  const hi = twoDigits(s, start);
  const lo = twoDigits(s, start + 2);
  const month = twoDigits(s, start + 5);
  const day = twoDigits(s, start + 8);
  const hour = twoDigits(s, start + 11);
  const minute = twoDigits(s, start + 14);
  if (hi < 0 || lo < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23) return NOT_QUICK;
  if (minute < 0 || minute > 59) return NOT_QUICK;
  const year = hi * 100 + lo;
  if (year < 1 || day > daysInMonth(year, month)) return NOT_QUICK;
  let second = 0;
  if (n > 16) {
    if (s.charCodeAt(start + 16) !== 58) return NOT_QUICK;
    second = twoDigits(s, start + 17);
    if (second < 0 || second > 59) return NOT_QUICK;
  }
  const wall = daysFromCivil(year, month, day) * DAY + hour * HOUR + minute * MINUTE + second * 1000;
  if (n === 16 || n === 19) return copenhagenLocalToUtc(wall, year);
  const z = s.charCodeAt(start + 19);
  if (n === 20) return z === 90 || z === 122 ? wall : NOT_QUICK;
  if ((z !== 43 && z !== 45) || s.charCodeAt(start + 22) !== 58) return NOT_QUICK;
  const zh = twoDigits(s, start + 20);
  const zm = twoDigits(s, start + 23);
  if (zh < 0 || zh > 23 || zm < 0 || zm > 59) return NOT_QUICK;
  const offset = zh * HOUR + zm * MINUTE;
  return z === 43 ? wall - offset : wall + offset;
}

/**
 * {@link parseTimestamp} of `text.slice(start, end)`, without making that string (for readers that
 * scan a chunk of a file in place).
 */
export function parseTimestampIn(text: string, start: number, end: number): number {
  const quick = quickIso(text, start, end);
  if (quick !== NOT_QUICK) return quick;
  failure.code = OK;
  let from = start;
  let to = end;
  while (from < to && text.charCodeAt(from) <= 32) from++;
  while (to > from && text.charCodeAt(to - 1) <= 32) to--;
  at.i = from;
  at.end = to;
  const first = digits(text, 1, 4);
  if (first < 0) return fail(FORM);
  const width = at.i - from;
  const c = code(text);
  if (width === 4 && c === 45) return scanIso(text, first);
  if (width <= 2 && (c === 45 || c === 46 || c === 47)) return scanDanish(text, first);
  return fail(FORM);
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Why `text` is not a timestamp, in plain words for a problem report, e.g.
 * `"31-02-2026" is not a date (February 2026 has 28 days)`; `undefined` when it is one.
 */
export function describeTimestampProblem(text: string): string | undefined {
  if (!Number.isNaN(parseTimestamp(text))) return undefined;
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  const head = `"${shown}" is not a date`;
  const f = failure;
  switch (f.code) {
    case YEAR:
      return `${head} (there is no year 0)`;
    case MONTH:
      return `${head} (there is no month ${f.month})`;
    case DAY_OF_MONTH:
      return `${head} (${MONTH_NAMES[f.month - 1]} ${f.year} has ${daysInMonth(f.year, f.month)} days)`;
    case TIME:
      return `${head} (there is no time ${two(f.hour)}:${two(f.minute)}:${two(f.second)})`;
    case OFFSET:
      return `${head} (its UTC offset is beyond ±23:59)`;
    default:
      return text.trim() === ""
        ? "is empty"
        : `${head} (write it as 2026-11-23T14:05, 2026-11-23T14:05+01:00, 23-11-2026 14:05 or 23.11.2026)`;
  }
}
