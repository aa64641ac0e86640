/** Reading JSON Lines event logs: mapped keys, numbers as ids, bad lines reported with their line. */

import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type EventLog, type PathwayEvent, readEventLog } from "../src/index.js";

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/logs/${name}`, import.meta.url));

async function readAll(log: EventLog): Promise<PathwayEvent[]> {
  const out: PathwayEvent[] = [];
  for await (const event of log) out.push(event);
  return out;
}

describe("readEventLog (JSON Lines)", () => {
  it("reads objects line by line and reports the lines that are not events", async () => {
    const log = readEventLog(fixture("small.jsonl"), { onError: "skip-and-report", file: "s.jsonl" });
    expect(await readAll(log)).toEqual([
      {
        caseId: "J1",
        time: Date.parse("2026-03-02T07:00:00Z"),
        actor: "gp-a",
        activity: "referral",
        line: 1,
      },
      {
        caseId: "J1",
        time: Date.parse("2026-03-02T09:00:00Z"),
        actor: "ward-x",
        activity: "admission",
        line: 2,
      },
      { caseId: "2", time: Date.parse("2026-03-02T23:00:00Z"), actor: "gp-a", line: 4 },
      { caseId: "2", time: Date.parse("2026-03-03T05:00:00Z"), actor: "ward-x", line: 8 },
    ]);
    expect(log.report).toMatchObject({ format: "jsonl", events: 4, rejected: 3, blank: 1 });
    expect(log.report.problems.map((p) => [p.line, p.field, p.message.replace(/ \(.*\)$/, "")])).toEqual([
      [5, "timestamp", "timestamp must be text such as 2026-11-23T14:05"],
      [6, undefined, "this line is not valid JSON"],
      [7, undefined, "this line is not a JSON object"],
    ]);
  });

  it("uses the column mapping for keys, and is picked by the first character without a name", async () => {
    const text =
      '{"sag":"A","tid":"02-03-2026 08:00","aktør":"gp"}\r\n{"sag":"A","tid":"02-03-2026 09:00","aktør":"ward"}';
    const log = readEventLog({ text }, { columns: { caseId: "sag", timestamp: "tid", actor: "aktør" } });
    expect((await readAll(log)).map((e) => e.actor)).toEqual(["gp", "ward"]);
    expect(log.report.format).toBe("jsonl");
  });
});
