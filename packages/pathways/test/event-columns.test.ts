/**
 * The columnar reader (`log.columns()`, what the stream engine mines) must accept, reject and report
 * exactly the rows the event reader (`log.batches()`) does, with the same case, time, line and
 * attributes per event: checked here on awkward logs (white space that `trim` removes, CRLF and bare CR
 * line breaks, blank and short rows, bad values, an actor whose sector changes, a quote half way), read
 * whole and in chunks of a few bytes, and on every fixture log.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readEventLog } from "../src/index.js";

const fixtures = fileURLToPath(new URL("fixtures/logs/", import.meta.url));

async function* chunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

type Source = () => Parameters<typeof readEventLog>[0];

/** Events and report as `batches()` gives them, without the activity. */
async function viaEvents(source: Source) {
  const log = readEventLog(source(), { onError: "skip-and-report" });
  const events: unknown[] = [];
  for await (const batch of log.batches()) {
    for (const { activity: _, ...rest } of batch) events.push(rest);
  }
  return { events, report: log.report };
}

/** The same from `columns()`. */
async function viaColumns(source: Source) {
  const log = readEventLog(source(), { onError: "skip-and-report" });
  const events: unknown[] = [];
  let caseId = "";
  for await (const batch of log.columns()) {
    let c = 0;
    for (let i = 0; i < batch.size; i++) {
      if (c < batch.caseStarts.length && batch.caseStarts[c] === i) caseId = batch.caseIds[c++]!;
      events.push({
        caseId,
        time: batch.times[i],
        line: batch.lines[i],
        ...batch.table[batch.attributes[i]!],
      });
    }
  }
  return { events, report: log.report };
}

async function expectSame(source: Source) {
  const a = await viaEvents(source);
  const b = await viaColumns(source);
  expect(b.events).toEqual(a.events);
  expect(b.report).toEqual(a.report);
  return a;
}

const AWKWARD = [
  "case_id,timestamp,actor,activity,sector,organisation,cluster",
  "C1,2026-03-29T01:30,gp-a,visit,general-practice,,M1",
  " C1 ,2026-03-29 03:30 , hospital-b ,ref,region,\u00a0hem\u00a0,M1",
  "C1,2026-03-29T04:00,hospital-b,ref,region,hem,\u3000",
  "",
  "C1,31-02-2026,gp-a,visit,general-practice,,M1",
  ",2026-03-30,gp-a,visit,general-practice,,M1",
  "C2,2026-03-30,,visit,general-practice,,M1",
  "C2,2026-03-30,gp-a,visit,general-practice,,M1,extra",
  "C2,2026-03-30,gp-a",
  ",,,,,,",
  "C2,23-11-2026 14:05,gp-a,visit,municipality,,M1",
  "C2\t,23.11.2026,gp-a,visit,general-practice,,M1",
  "C10,2026-11-23T14:05:30.250+01:00,Lægevagt Ærø,visit,general-practice,org-ø,M1",
  "C10,2026-11-23T15:05Z,Lægevagt Ærø,visit,general-practice,org-ø,M1",
];

describe("log.columns() agrees with log.batches()", () => {
  it("on an awkward log with LF line ends, whole and in chunks of 5 bytes", async () => {
    const text = `${AWKWARD.join("\n")}\n`;
    const { events, report } = await expectSame(() => ({ text, name: "awkward.csv" }));
    expect(events).toHaveLength(7);
    expect(report.rejected).toBe(5);
    expect(report.blank).toBe(2);
    await expectSame(() => chunks(text, 5));
  });

  it("with CRLF and bare CR line ends, and without a final line break", async () => {
    for (const end of ["\r\n", "\r"]) {
      const text = AWKWARD.join(end);
      await expectSame(() => ({ text, name: "awkward.csv" }));
      await expectSame(() => chunks(text, 3));
    }
  });

  it("when a quote appears half way (the rest is read by csv-parse)", async () => {
    const lines = [...AWKWARD];
    lines.splice(9, 0, 'C2,2026-03-30,"gp-a",visit,general-practice,,"M1"');
    const text = `${lines.join("\n")}\n`;
    await expectSame(() => ({ text, name: "awkward.csv" }));
    await expectSame(() => chunks(text, 7));
  });

  it("with semicolons and columns in another order", async () => {
    const text = "aktør;tidspunkt;sag\nA;23-11-2026 14:05;S1\nB;23-11-2026 15:05;S1\nA;23-11-2026 16:05;S2\n";
    const columns = { caseId: "sag", timestamp: "tidspunkt", actor: "aktør" };
    const a = readEventLog({ text, name: "x.csv" }, { columns });
    const b = readEventLog({ text, name: "x.csv" }, { columns });
    const events = [];
    for await (const batch of a.batches()) events.push(...batch);
    let size = 0;
    for await (const batch of b.columns()) {
      size += batch.size;
      expect(batch.caseIds).toEqual(["S1", "S2"]);
      expect([...batch.caseStarts]).toEqual([0, 2]);
    }
    expect(size).toBe(events.length);
  });

  it("on every fixture log", async () => {
    for (const name of readdirSync(fixtures)) {
      if (!/\.(csv|jsonl|xes)$/.test(name)) continue;
      const source = () => `${fixtures}${name}`;
      const thrown = await viaEvents(source).then(
        () => undefined,
        (error: Error) => error.message,
      );
      if (thrown === undefined) await expectSame(source);
      else await expect(viaColumns(source)).rejects.toThrow(thrown);
    }
  });
});
