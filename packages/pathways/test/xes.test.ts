/**
 * Reading XES event logs (IEEE 1849): case ids and case attributes from traces, activity, time,
 * resource and group from events, streamed in small chunks; DOCTYPE entities are never resolved.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isTvaersInputError, type TvaersInputError } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { type EventLog, type PathwayEvent, readEventLog } from "../src/index.js";

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/logs/${name}`, import.meta.url));

async function readAll(log: EventLog): Promise<PathwayEvent[]> {
  const out: PathwayEvent[] = [];
  for await (const event of log) out.push(event);
  return out;
}

async function failure(promise: Promise<unknown>): Promise<TvaersInputError> {
  try {
    await promise;
  } catch (error) {
    if (isTvaersInputError(error)) return error;
    throw error;
  }
  throw new Error("expected a TvaersInputError");
}

const EXPECTED: PathwayEvent[] = [
  {
    caseId: "X1",
    time: Date.parse("2026-03-29T00:30:00Z"),
    actor: "gp-a",
    activity: "referral",
    sector: "general-practice",
    cluster: "klynge-vest",
    line: 1,
  },
  {
    caseId: "X1",
    time: Date.parse("2026-03-29T01:30:00Z"),
    actor: "ward-x",
    activity: "admission",
    sector: "region",
    organisation: "hospital-t",
    cluster: "klynge-vest",
    line: 2,
  },
  {
    caseId: "X2",
    time: Date.parse("2026-10-24T23:30:00Z"),
    actor: "gp-a",
    activity: "referral",
    sector: "general-practice",
    line: 3,
  },
  {
    caseId: "X2",
    time: Date.parse("2026-10-25T00:30:00Z"),
    actor: "ward-x",
    activity: "admission",
    cluster: "klynge-midt",
    line: 4,
  },
];

describe("readEventLog (XES)", () => {
  it("reads traces, events and case attributes; nested attributes do not count", async () => {
    const log = readEventLog(fixture("case-attributes.xes"), { onError: "skip-and-report", file: "c.xes" });
    expect(await readAll(log)).toEqual(EXPECTED);
    expect(log.report).toMatchObject({ format: "xes", events: 4, rejected: 2 });
    expect(log.report.problems).toEqual([
      {
        file: "c.xes",
        line: 42,
        field: "time:timestamp",
        message: 'time:timestamp "2026-10-32T02:30:00" is not a date (October 2026 has 31 days)',
      },
      {
        file: "c.xes",
        line: 48,
        field: "concept:name",
        message: 'this trace has no "concept:name" (the case id); its 1 events are skipped',
      },
    ]);
  });

  it("streams: the same events from chunks of 5 bytes", async () => {
    const bytes = readFileSync(fixture("case-attributes.xes"));
    async function* pieces() {
      for (let i = 0; i < bytes.length; i += 5) yield bytes.subarray(i, i + 5);
    }
    const log = readEventLog({ name: "c.xes", open: pieces }, { onError: "skip-and-report" });
    expect(await readAll(log)).toEqual(EXPECTED);
  });

  it("renames keys with the column mapping", async () => {
    const text =
      '<log><trace><string key="id" value="Z"/><event><string key="who" value="gp"/>' +
      '<date key="time:timestamp" value="2026-03-02T08:00:00Z"/></event></trace></log>';
    const events = await readAll(
      readEventLog({ text, name: "z.xes" }, { columns: { caseId: "id", actor: "who" } }),
    );
    expect(events).toEqual([{ caseId: "Z", time: Date.parse("2026-03-02T08:00:00Z"), actor: "gp", line: 1 }]);
  });

  it("never resolves an external entity", async () => {
    const error = await failure(readAll(readEventLog(fixture("external-entity.xes"), { file: "e.xes" })));
    expect(error.problems).toEqual([
      {
        file: "e.xes",
        line: 11,
        message:
          "the file uses an entity that XML does not define (tvaers never reads entities declared in a DOCTYPE, nor external ones)",
      },
    ]);
    const hostname = readFileSync("/etc/hostname", "utf8").trim();
    if (hostname !== "") expect(JSON.stringify(error.problems)).not.toContain(hostname);
  });

  it("skips a DOCTYPE that is not used, and refuses what is not XES", async () => {
    const text =
      '<?xml version="1.0"?><!DOCTYPE log SYSTEM "http://example.invalid/xes.dtd"><log><trace>' +
      '<string key="concept:name" value="D"/><event><string key="org:resource" value="gp"/>' +
      '<date key="time:timestamp" value="2026-03-02T08:00:00Z"/></event></trace></log>';
    expect(await readAll(readEventLog({ text, name: "d.xes" }))).toHaveLength(1);
    await expect(readAll(readEventLog({ text: "<html></html>", name: "h.xes" }))).rejects.toThrow(
      "this is not an XES log: it starts with <html>, not <log>",
    );
    const broken = await failure(readAll(readEventLog({ text: "<log>\n<trace>\n</log>", name: "b.xes" })));
    expect(broken.problems[0]).toMatchObject({ file: "b.xes", line: 3 });
    expect(broken.problems[0]!.message).toMatch(/^the XES file is not well-formed XML: /);
  });

  it("is picked by the first character when there is no name", async () => {
    const text = '<log><trace><string key="concept:name" value="N"/></trace></log>';
    const log = readEventLog({ text });
    await readAll(log);
    expect(log.report.format).toBe("xes");
  });
});
