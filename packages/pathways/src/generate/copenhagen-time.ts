/**
 * Writes instants as Danish local time for generated logs, fast enough for 10⁸ events: ISO 8601 with
 * the Europe/Copenhagen offset (`2024-03-05T14:07:00+01:00`) or the form Danish Excel writes
 * (`05-03-2024 14:07`). The offset follows the EU rule Denmark has kept since 1996 (summer time from the
 * last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC); it is applied to every year,
 * which is right for the generated years and only approximate before 1996. Times are written to the
 * minute (generated times are whole minutes). Day strings are cached, so a row costs two lookups.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MINUTE = 60_000;

/** How a generated log writes its timestamps: ISO 8601 with offset, or Danish local `dd-mm-yyyy hh:mm`. */
export type TimestampStyle = "iso" | "danish";

/** The instant summer time starts and ends in a year (ms since the epoch, UTC). */
function summerTime(year: number): [number, number] {
  const lastSunday = (month: number): number => {
    const last = Date.UTC(year, month + 1, 0);
    return last - new Date(last).getUTCDay() * DAY;
  };
  return [lastSunday(2) + HOUR, lastSunday(9) + HOUR];
}

/** Formats epoch-millisecond instants as Copenhagen local timestamps, with per-year and per-day caches. */
export class CopenhagenClock {
  /** The stretch of time around the last instant seen in which the offset stays `offset`. */
  private from = 0;
  private until = 0;
  private offset: 1 | 2 = 1;
  private readonly days = new Map<number, string>();
  private readonly clock: string[] = [];
  private readonly style: TimestampStyle;

  constructor(style: TimestampStyle) {
    this.style = style;
    const two = (n: number) => String(n).padStart(2, "0");
    for (let m = 0; m < 1440; m++) this.clock.push(`${two(Math.floor(m / 60))}:${two(m % 60)}`);
  }

  /** The UTC offset of Europe/Copenhagen at an instant, in hours (1 or 2). */
  offsetHours(time: number): 1 | 2 {
    if (time < this.from || time >= this.until) {
      const year = new Date(time).getUTCFullYear();
      const [summer, winter] = summerTime(year);
      const bounds: [number, number, 1 | 2][] = [
        [Date.UTC(year, 0, 1), summer, 1],
        [summer, winter, 2],
        [winter, Date.UTC(year + 1, 0, 1), 1],
      ];
      [this.from, this.until, this.offset] = bounds.find(([, until]) => time < until)!;
    }
    return this.offset;
  }

  /** The instant as local Copenhagen time in this clock's style (seconds are dropped). */
  format(time: number): string {
    const offset = this.offsetHours(time);
    const local = time + offset * HOUR;
    const day = Math.floor(local / DAY);
    const minute = Math.floor((local - day * DAY) / MINUTE);
    let date = this.days.get(day);
    if (date === undefined) {
      const d = new Date(day * DAY).toISOString();
      date =
        this.style === "iso" ? `${d.slice(0, 10)}T` : `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)} `;
      this.days.set(day, date);
      if (this.days.size > 4096) this.days.clear();
    }
    const clock = this.clock[minute]!;
    return this.style === "iso" ? `${date}${clock}:00+0${offset}:00` : `${date}${clock}`;
  }
}
