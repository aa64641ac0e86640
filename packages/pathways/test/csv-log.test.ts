/**
 * Reading CSV event logs: separators, byte-order mark, Windows-1252, column mappings, streaming in
 * small chunks, and every bad row reported with its line and field under both error policies.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isTvaersInputError, type TvaersInputError } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { detectSeparator, type EventLog, type PathwayEvent, readEventLog } from "../src/index.js";

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/logs/${name}`, import.meta.url));

async function readAll(log: EventLog): Promise<PathwayEvent[]> {
  const out: PathwayEvent[] = [];
  for await (const event of log) out.push(event);
  return out;
}

/** A one-shot stream of the bytes in chunks of `size`. */
async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
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

describe("readEventLog (CSV)", () => {
  it("reads a log with the default columns, with file lines", async () => {
    const log = readEventLog(fixture("hand-computed.csv"));
    const events = await readAll(log);
    expect(events).toHaveLength(11);
    expect(events[0]).toEqual({
      caseId: "P1",
      time: Date.parse("2026-03-02T07:00:00Z"),
      actor: "gp-a",
      activity: "referral",
      sector: "general-practice",
      line: 2,
    });
    expect(events.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(log.report).toMatchObject({
      events: 11,
      rejected: 0,
      separator: ",",
      encoding: "utf-8",
      bom: false,
    });
  });

  it("reads Danish Excel output: ';', byte-order mark, CRLF, Danish column names, decimal commas", async () => {
    const log = readEventLog(fixture("klynge-vest-forloeb.csv"), {
      columns: {
        caseId: "sag",
        timestamp: "tidspunkt",
        actor: "aktør",
        activity: "aktivitet",
        sector: "sektor",
        cluster: "klynge",
      },
    });
    const events = await readAll(log);
    expect(log.report).toMatchObject({
      events: 200,
      rejected: 0,
      separator: ";",
      bom: true,
      encoding: "utf-8",
    });
    expect(events[0]).toEqual({
      caseId: "SAG-00001",
      time: Date.parse("2025-10-25T10:29:00Z"),
      actor: "auh-thisted-acute",
      activity: "henvisning",
      sector: "region",
      organisation: "aalborg-uh",
      cluster: "klynge-vest",
      line: 2,
    });
  });

  it("reads Windows-1252 bytes, with ',' inside ';'-separated values and a decimal comma in the seconds", async () => {
    const log = readEventLog(fixture("windows-1252.csv"), {
      columns: {
        caseId: "sag",
        timestamp: "tidspunkt",
        actor: "aktør",
        activity: "aktivitet",
        sector: "sektor",
      },
    });
    const events = await readAll(log);
    expect(log.report.encoding).toBe("windows-1252");
    expect(events.map((e) => e.actor)).toEqual([
      "Lægehuset Morsø",
      "Sygehus Thisted, akutmodtagelse",
      "Morsø Kommune, sygedagpenge",
    ]);
    expect(events[1]!.time).toBe(Date.parse("2026-03-02T08:45:30.500Z"));
  });

  it("decides the encoding at the first non-ASCII bytes, however late they come", async () => {
    const ascii = Array.from({ length: 3000 }, (_, i) => `C${i},2026-03-02T08:00Z,ward\n`).join("");
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(`case_id,timestamp,actor\n${ascii}`),
      ...[
        0x43, 0x31, 0x2c, 0x32, 0x30, 0x32, 0x36, 0x2d, 0x30, 0x33, 0x2d, 0x30, 0x32, 0x2c, 0x4d, 0x6f, 0x72,
        0x73, 0xf8, 0x0a,
      ],
    ]);
    const log = readEventLog(chunks(bytes, 4096));
    const events = await readAll(log);
    expect(log.report.encoding).toBe("windows-1252");
    expect(events.at(-1)!.actor).toBe("Morsø");
  });

  it("reads the same events from chunks of 7 bytes (split UTF-8 characters, quotes and line ends)", async () => {
    const path = fixture("klynge-vest-forloeb.csv");
    const columns = { caseId: "sag", timestamp: "tidspunkt", actor: "aktør" };
    const whole = await readAll(readEventLog(path, { columns }));
    const log = readEventLog(chunks(readFileSync(path), 7), { columns, format: "csv" });
    expect(await readAll(log)).toEqual(whole);
    expect(log.rereadable).toBe(false);
  });

  it("reads text and bytes in memory, and tab-separated files", async () => {
    const text = "case_id\ttimestamp\tactor\nA\t2026-03-02 08:00\tgp\n";
    expect((await readAll(readEventLog({ text, name: "log.tsv" })))[0]!.actor).toBe("gp");
    expect((await readAll(readEventLog(new TextEncoder().encode(text), { format: "tsv" })))[0]!.actor).toBe(
      "gp",
    );
    expect((await readAll(readEventLog({ text })))[0]!.actor).toBe("gp");
  });

  it("finds columns ignoring case and surrounding spaces", async () => {
    const text = " Case_ID ; TIMESTAMP ;Actor\nA;02-03-2026 08:00;gp\n";
    expect(await readAll(readEventLog({ text }))).toEqual([
      { caseId: "A", time: Date.parse("2026-03-02T07:00:00Z"), actor: "gp", line: 2 },
    ]);
  });

  it("names the missing columns and the ones found", async () => {
    const error = await failure(
      readAll(readEventLog({ text: "sag;tid;aktør\nA;02-03-2026;gp\n", name: "x.csv" })),
    );
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]!.message).toBe(
      'the event log has no column "case_id" (case id), "timestamp" (timestamp), "actor" (actor); ' +
        'its columns are "sag", "tid", "aktør". Name the columns with a mapping, ' +
        "e.g. --columns case_id=sag,timestamp=tidspunkt,actor=aktør",
    );
    await expect(readAll(readEventLog({ text: "" }))).rejects.toThrow(/its columns are none/);
  });

  it("reports every bad row with line and field, and skips them with skip-and-report", async () => {
    const log = readEventLog(fixture("bad-rows.csv"), { onError: "skip-and-report", file: "bad-rows.csv" });
    const events = await readAll(log);
    expect(events.map((e) => e.line)).toEqual([2, 6, 13]);
    expect(log.report).toMatchObject({ events: 3, rejected: 7, problemsNotListed: 0, separator: ";" });
    expect(log.report.problems).toEqual([
      {
        file: "bad-rows.csv",
        line: 3,
        field: "timestamp",
        message: 'timestamp "31-02-2026 09:00" is not a date (February 2026 has 28 days)',
      },
      { file: "bad-rows.csv", line: 4, field: "actor", message: "actor (the actor) is empty" },
      { file: "bad-rows.csv", line: 5, field: "case_id", message: "case_id (the case id) is empty" },
      {
        file: "bad-rows.csv",
        line: 8,
        field: "timestamp",
        message: 'timestamp "03-03-2026 25:00" is not a date (there is no time 25:00:00)',
      },
      { file: "bad-rows.csv", line: 9, message: "this row has 5 fields, the header has 4" },
      {
        file: "bad-rows.csv",
        line: 10,
        field: "timestamp",
        message: expect.stringMatching(/^timestamp "03-03-2026\n09:00" is not a date \(write it as/),
      },
      {
        file: "bad-rows.csv",
        line: 12,
        field: "timestamp",
        message: expect.stringMatching(/^timestamp "yesterday" is not a date/),
      },
    ]);
  });

  it("with onError fail (the default), reads everything, then throws with every problem", async () => {
    const error = await failure(readAll(readEventLog(fixture("bad-rows.csv"), { file: "bad-rows.csv" })));
    expect(error.problems).toHaveLength(7);
    expect(error.message).toContain("7 rows of bad-rows.csv could not be read");
    expect(error.message).toContain(
      'bad-rows.csv line 3: timestamp "31-02-2026 09:00" is not a date (February 2026 has 28 days)',
    );
  });

  it("lists only the first problems and counts the rest", async () => {
    const log = readEventLog(fixture("bad-rows.csv"), { onError: "skip-and-report", maxProblems: 2 });
    await readAll(log);
    expect(log.report.problems).toHaveLength(2);
    expect(log.report.problemsNotListed).toBe(5);
    expect(log.report.rejected).toBe(7);
    const error = await failure(readAll(readEventLog(fixture("bad-rows.csv"), { maxProblems: 2 })));
    expect(error.message).toContain("(7 problems; the first 2 are listed)");
  });

  it("rejects a row whose decimal comma split a ',' field, and counts blank rows", async () => {
    const text =
      "case_id,timestamp,actor,duration\nA,2026-03-02 08:00,gp,1,5\n,,,\nA,2026-03-02 09:00,ward,2\n";
    const log = readEventLog({ text, name: "d.csv" }, { onError: "skip-and-report" });
    const events = await readAll(log);
    expect(events).toHaveLength(1);
    expect(log.report.blank).toBe(1);
    expect(log.report.problems[0]!.message).toBe(
      'this row has 5 fields, the header has 4 (is there a "," inside a value without quotes?)',
    );
  });

  it("stops at a quote that never closes, naming its line", async () => {
    const text = 'case_id,timestamp,actor\nA,2026-03-02 08:00,gp\nA,"2026-03-02 09:00,ward\n';
    const error = await failure(
      readAll(readEventLog({ text, name: "q.csv" }, { onError: "skip-and-report" })),
    );
    expect(error.problems[0]).toMatchObject({ file: "q.csv", line: 3 });
    expect(error.problems[0]!.message).toMatch(/quote opened on this line is never closed/);
  });

  it("says plainly when a file cannot be opened", async () => {
    const error = await failure(readAll(readEventLog("/nonexistent/log.csv")));
    expect(error.message).toContain("/nonexistent/log.csv: cannot open the event log: there is no such file");
  });

  it("detects the separator from the header line, outside quotes", () => {
    expect(detectSeparator("a,b;c,d\n1;2;3;4;5")).toBe(",");
    expect(detectSeparator("a;b;c\n")).toBe(";");
    expect(detectSeparator('"a,b";c;d')).toBe(";");
    expect(detectSeparator("a\tb\tc")).toBe("\t");
    expect(detectSeparator("a")).toBe(",");
  });
});
