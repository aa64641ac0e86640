/**
 * Europe/Copenhagen local time ⇄ UTC, checked against the time-zone database that ships with Node's
 * ICU (`Intl.DateTimeFormat` with `timeZone: "Europe/Copenhagen"`) for every hour of 1996–2037 around
 * the switches and for sampled hours of every year, plus the documented gap and repeat rules.
 */
import { describe, expect, it } from "vitest";
import { copenhagenLocalToUtc, copenhagenOffsetHours, daysFromCivil } from "../src/index.js";

const HOUR = 3_600_000;
const format = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Copenhagen",
  timeZoneName: "shortOffset",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** The wall clock of an instant in Copenhagen according to ICU, as epoch ms read as if UTC, and its offset. */
function icu(utc: number): { wall: number; offset: number } {
  const parts = Object.fromEntries(format.formatToParts(utc).map((p) => [p.type, p.value]));
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  const offset = parts.timeZoneName === "GMT+2" ? 2 : parts.timeZoneName === "GMT+1" ? 1 : Number.NaN;
  return { wall, offset };
}

describe("Copenhagen time", () => {
  it("counts days like Date.UTC, for any year", () => {
    for (const [y, m, d] of [
      [1970, 1, 1],
      [2000, 2, 29],
      [1900, 3, 1],
      [2026, 11, 23],
      [1600, 1, 1],
      [2400, 12, 31],
      [1, 1, 1],
    ] as const) {
      const date = new Date(0);
      date.setUTCFullYear(y, m - 1, d);
      expect(daysFromCivil(y, m, d) * 24 * HOUR).toBe(date.getTime());
    }
  });

  it("has the offset ICU has at every hour of the switch weeks, 1996–2037", () => {
    for (let year = 1996; year <= 2037; year++) {
      for (const month of [2, 9]) {
        const start = Date.UTC(year, month, 22);
        for (let t = start; t < start + 11 * 24 * HOUR; t += HOUR / 2) {
          expect(copenhagenOffsetHours(t), new Date(t).toISOString()).toBe(icu(t).offset);
        }
      }
    }
  });

  it("turns every existing local time back into the instant ICU shows it for (1996–2037)", () => {
    for (let year = 1996; year <= 2037; year++) {
      for (const month of [2, 9, 0, 6]) {
        const start = Date.UTC(year, month, 24);
        for (let t = start; t < start + 6 * 24 * HOUR; t += HOUR / 2) {
          const { wall } = icu(t);
          const back = copenhagenLocalToUtc(wall, year);
          // In the autumn repeat the second occurrence reads as the first (one hour earlier).
          const repeated = back !== t && icu(t).offset === 1 && icu(t - HOUR).wall === wall;
          expect(repeated ? back + HOUR : back, new Date(t).toISOString()).toBe(t);
        }
      }
    }
  });

  it("moves a time in the spring gap forward by one hour (02:30 → 03:30 summer time)", () => {
    const wall = Date.UTC(2026, 2, 29, 2, 30);
    const utc = copenhagenLocalToUtc(wall, 2026);
    expect(new Date(utc).toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(icu(utc).wall).toBe(Date.UTC(2026, 2, 29, 3, 30));
  });

  it("reads a time in the autumn repeat as its first occurrence (summer time)", () => {
    const utc = copenhagenLocalToUtc(Date.UTC(2026, 9, 25, 2, 30), 2026);
    expect(new Date(utc).toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(copenhagenOffsetHours(utc)).toBe(2);
    expect(copenhagenOffsetHours(utc + HOUR)).toBe(1);
  });
});
