/**
 * Timestamps as event logs write them: ISO 8601 (with or without zone) and the Danish forms, local
 * times read as Europe/Copenhagen. Expected instants are written out by hand in UTC.
 */
import { describe, expect, it } from "vitest";
import { describeTimestampProblem, parseTimestamp } from "../src/index.js";

const utc = (iso: string) => Date.parse(iso);

describe("parseTimestamp", () => {
  it.each([
    ["2026-11-23", "2026-11-22T23:00:00Z"],
    ["2026-11-23T14:05", "2026-11-23T13:05:00Z"],
    ["2026-11-23 14:05:30", "2026-11-23T13:05:30Z"],
    ["2026-06-23t14:05:30", "2026-06-23T12:05:30Z"],
    ["2026-11-23T14:05:30.250", "2026-11-23T13:05:30.250Z"],
    ["2026-11-23T14:05:30,25", "2026-11-23T13:05:30.250Z"],
    ["2026-11-23T14:05:30.123987", "2026-11-23T13:05:30.123Z"],
    ["2026-11-23T14:05:30Z", "2026-11-23T14:05:30Z"],
    ["2026-11-23T14:05:30z", "2026-11-23T14:05:30Z"],
    ["2026-11-23T14:05:30+01:00", "2026-11-23T13:05:30Z"],
    ["2026-11-23T14:05+0530", "2026-11-23T08:35:00Z"],
    ["2026-11-23T14:05:30-03", "2026-11-23T17:05:30Z"],
    ["2026-11-23T14:05:30\u221203:00", "2026-11-23T17:05:30Z"],
    ["  2026-11-23T14:05 ", "2026-11-23T13:05:00Z"],
    ["23-11-2026 14:05", "2026-11-23T13:05:00Z"],
    ["23-11-2026 14:05:09", "2026-11-23T13:05:09Z"],
    ["23.11.2026", "2026-11-22T23:00:00Z"],
    ["23.11.2026 14.05", "2026-11-23T13:05:00Z"],
    ["23/11/2026 9:05", "2026-11-23T08:05:00Z"],
    ["1-6-2026 07:00", "2026-06-01T05:00:00Z"],
    ["29-02-2028 00:00", "2028-02-28T23:00:00Z"],
    ["02-03-2026 09:45:30,5", "2026-03-02T08:45:30.500Z"],
    ["23-11-2026  14:05", "2026-11-23T13:05:00Z"],
  ])("reads %s", (text, expected) => {
    expect(parseTimestamp(text)).toBe(utc(expected));
    expect(describeTimestampProblem(text)).toBeUndefined();
  });

  it("reads local times around the summer-time switches as documented", () => {
    expect(parseTimestamp("29-03-2026 01:59")).toBe(utc("2026-03-29T00:59:00Z"));
    expect(parseTimestamp("29-03-2026 02:30")).toBe(utc("2026-03-29T01:30:00Z")); // gap: shown as 03:30 CEST
    expect(parseTimestamp("29-03-2026 03:00")).toBe(utc("2026-03-29T01:00:00Z"));
    expect(parseTimestamp("25-10-2026 01:59")).toBe(utc("2026-10-24T23:59:00Z"));
    expect(parseTimestamp("25-10-2026 02:30")).toBe(utc("2026-10-25T00:30:00Z")); // repeat: first, CEST
    expect(parseTimestamp("25-10-2026 03:00")).toBe(utc("2026-10-25T02:00:00Z"));
    expect(parseTimestamp("2026-10-25T02:30:00+01:00")).toBe(utc("2026-10-25T01:30:00Z")); // second, by offset
  });

  it.each([
    ["31-02-2026", '"31-02-2026" is not a date (February 2026 has 28 days)'],
    ["29-02-2026 10:00", '"29-02-2026 10:00" is not a date (February 2026 has 28 days)'],
    ["2026-04-31", '"2026-04-31" is not a date (April 2026 has 30 days)'],
    ["2026-13-01", '"2026-13-01" is not a date (there is no month 13)'],
    ["00-01-2026", '"00-01-2026" is not a date (January 2026 has 31 days)'],
    ["23-11-2026 24:00", '"23-11-2026 24:00" is not a date (there is no time 24:00:00)'],
    ["2026-11-23T14:60", '"2026-11-23T14:60" is not a date (there is no time 14:60:00)'],
    ["2026-11-23T14:05:60", '"2026-11-23T14:05:60" is not a date (there is no time 14:05:60)'],
    ["2026-11-23T14:05+24:00", '"2026-11-23T14:05+24:00" is not a date (its UTC offset is beyond ±23:59)'],
    ["0000-01-01", '"0000-01-01" is not a date (there is no year 0)'],
    ["", "is empty"],
    ["   ", "is empty"],
  ])("rejects %j", (text, message) => {
    expect(parseTimestamp(text)).toBeNaN();
    expect(describeTimestampProblem(text)).toBe(message);
  });

  it.each([
    "yesterday",
    "23-11-26",
    "2026/11/23",
    "23-11.2026",
    "2026-11-23T14",
    "2026-11-23T1405",
    "2026-11-23T14:05:30.",
    "2026-11-23T14:05 +01:00",
    "2026-11-23T14:05Zulu",
    "23-11-2026T14:05",
    "23-11-2026 14:05:09+01:00",
    "23.11.2026 14:05.09",
    "1764000000000",
    "2026-1-23",
  ])("rejects the form %j with an example of what to write", (text) => {
    expect(parseTimestamp(text)).toBeNaN();
    expect(describeTimestampProblem(text)).toMatch(/is not a date \(write it as 2026-11-23T14:05/);
  });

  it("gives the same instant as Date.parse for ISO text with a zone", () => {
    for (let t = Date.UTC(1999, 0, 1); t < Date.UTC(2040, 0, 1); t += 7_777_777_777) {
      const iso = new Date(t).toISOString();
      expect(parseTimestamp(iso)).toBe(t);
      expect(parseTimestamp(iso.replace("Z", "+02:00"))).toBe(t - 2 * 3_600_000);
    }
  });

  it("reads the fixed-place forms as the full scan does, in range or not", () => {
    // A leading space sends a text past the fixed-place reading to the full scan.
    let seed = 7;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed % n;
    };
    const two = () => String(random(100)).padStart(2, "0");
    for (let i = 0; i < 20_000; i++) {
      const date = `${String(random(10_000)).padStart(4, "0")}-${two()}-${two()}`;
      const time = `${two()}:${two()}${random(2) === 0 ? "" : `:${two()}`}`;
      const zone = ["", "Z", "z", `+${two()}:${two()}`, `-${two()}:${two()}`][random(5)];
      const text = `${date}${["T", "t", " "][random(3)]}${time}${zone}`;
      expect(parseTimestamp(text), text).toBe(parseTimestamp(` ${text}`));
    }
  });
});
