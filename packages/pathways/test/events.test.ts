/**
 * Event-log sources and text decoding: every kind of source, reading twice, and the UTF-8 /
 * Windows-1252 decision made on a stream whose chunks split characters anywhere.
 */
import { describe, expect, it } from "vitest";
import { type EventLog, type PathwayEvent, readEventLog } from "../src/index.js";

async function readAll(log: EventLog): Promise<PathwayEvent[]> {
  const out: PathwayEvent[] = [];
  for await (const event of log) out.push(event);
  return out;
}

const HEAD = "case_id,timestamp,actor\n";
const utf8 = (text: string) => new TextEncoder().encode(text);

async function* pieces(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

describe("event-log sources", () => {
  it("reads a WHATWG ReadableStream and a re-openable source, twice", async () => {
    const bytes = utf8(`${HEAD}A,2026-03-02 08:00,Lægehus\n`);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 30));
        controller.enqueue(bytes.slice(30));
        controller.close();
      },
    });
    expect((await readAll(readEventLog(stream, { format: "csv" })))[0]!.actor).toBe("Lægehus");
    const file = { name: "drop.csv", open: () => pieces(bytes, 3) };
    const log = readEventLog(file);
    expect(log.rereadable).toBe(true);
    expect(await readAll(log)).toEqual(await readAll(log));
    expect(log.report).toMatchObject({ file: "drop.csv", events: 1 });
  });

  it("refuses to read a one-shot stream twice", async () => {
    const log = readEventLog(pieces(utf8(`${HEAD}A,2026-03-02 08:00,gp\n`), 8), { format: "csv" });
    expect(log.rereadable).toBe(false);
    await readAll(log);
    await expect(readAll(log)).rejects.toThrow(
      "this event log is a one-shot stream and has already been read",
    );
  });

  it("starts a fresh report on every read", async () => {
    const log = readEventLog(
      { text: `${HEAD}A,31-02-2026,gp\nA,2026-03-02 08:00,gp\n` },
      { onError: "skip-and-report" },
    );
    await readAll(log);
    await readAll(log);
    expect(log.report).toMatchObject({ events: 1, rejected: 1 });
    expect(log.report.problems).toHaveLength(1);
  });

  it("drops a byte-order mark from text and from bytes", async () => {
    const text = `\uFEFF${HEAD}A,2026-03-02 08:00,gp\n`;
    expect(await readAll(readEventLog({ text }))).toHaveLength(1);
    const log = readEventLog(utf8(text));
    expect(await readAll(log)).toHaveLength(1);
    expect(log.report.bom).toBe(true);
  });
});

describe("decoding", () => {
  it("keeps UTF-8 when chunks split its characters, at any split", async () => {
    const bytes = utf8(`${HEAD}A,2026-03-02 08:00,Morsø Sundhedshus\nA,2026-03-02 09:00,Æblegården\n`);
    for (const size of [1, 2, 3, 5, 31, 32, 33, 34]) {
      const log = readEventLog({ open: () => pieces(bytes, size) }, { format: "csv" });
      expect(
        (await readAll(log)).map((e) => e.actor),
        `chunks of ${size}`,
      ).toEqual(["Morsø Sundhedshus", "Æblegården"]);
      expect(log.report.encoding).toBe("utf-8");
    }
  });

  it("reads Windows-1252 when the file ends inside what would be a UTF-8 character", async () => {
    const bytes = new Uint8Array([...utf8(`${HEAD}A,2026-03-02 08:00,K`), 0xc5]);
    const log = readEventLog({ open: () => pieces(bytes, 10) }, { format: "csv" });
    expect((await readAll(log))[0]!.actor).toBe("KÅ");
    expect(log.report.encoding).toBe("windows-1252");
  });

  it("refuses a file that turns from UTF-8 to something else, naming the byte", async () => {
    const first = utf8(`${HEAD}A,2026-03-02 08:00,Morsø\n`);
    const bytes = new Uint8Array([...first, ...utf8("A,2026-03-02 09:00,Mors"), 0xf8, 0x0a]);
    const log = readEventLog({ name: "mixed.csv", open: () => pieces(bytes, first.length) });
    await expect(readAll(log)).rejects.toThrow(
      `mixed.csv: the bytes near byte ${first.length} are not UTF-8, though the text before them was: ` +
        "the file mixes encodings; save it again as UTF-8",
    );
  });
});
