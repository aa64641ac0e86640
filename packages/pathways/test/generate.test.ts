// The synthetic log generator: seeded (same seed, same bytes), exact counts, every row valid and on a
// handoff tie, waits from the ties, Copenhagen local time across the DST changes, and the CSV forms.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type NetworkDocument, parseNetwork } from "@tvaers/model";
import { afterAll, describe, expect, it } from "vitest";
import { CopenhagenClock } from "../src/generate/copenhagen-time.js";
import {
  eventLogCsv,
  GENERATED_ACTIVITIES,
  generateEventLog,
  generateLargeNetwork,
  type PathwayEvent,
  writeEventLog,
} from "../src/index.js";

const root = new URL("../../../", import.meta.url);
const klyngeVest = parseNetwork(
  JSON.parse(readFileSync(new URL("data/networks/klynge-vest.json", root), "utf8")),
);
const csv = (events: Iterable<PathwayEvent>, options = {}) => [...eventLogCsv(events, options)].join("");
const HOUR = 3_600_000;

/** A small network: a GP refers to a ward (10 h), the ward discharges to home care (no wait given). */
const chain: NetworkDocument = parseNetwork({
  format: "tvaers.network/v1",
  name: "chain",
  sectors: ["general-practice", "region", "municipality"].map((id) => ({ id, label: id })),
  actors: [
    { id: "gp", label: "GP", sector: "general-practice" },
    { id: "ward, acute", label: "Ward", sector: "region", organisation: "h", cluster: "k" },
    { id: "home-care", label: "Home care", sector: "municipality" },
  ],
  organisations: [{ id: "h", label: "Hospital", sector: "region" }],
  clusters: [{ id: "k", label: "Cluster" }],
  ties: [
    { source: "gp", target: "ward, acute", kind: "handoff", weight: 3, attributes: { waitHours: 10 } },
    { source: "ward, acute", target: "home-care", kind: "handoff", weight: 1 },
    { source: "gp", target: "home-care", kind: "communication" },
  ],
});

describe("generateEventLog", () => {
  it("gives the same bytes for the same seed and other bytes for another", () => {
    const a = csv(generateEventLog(klyngeVest, { events: 2000, seed: 5 }));
    expect(csv(generateEventLog(klyngeVest, { events: 2000, seed: 5 }))).toBe(a);
    expect(csv(generateEventLog(klyngeVest, { events: 2000, seed: 6 }))).not.toBe(a);
    const log = generateEventLog(klyngeVest, { events: 50, seed: 5 });
    expect([...log]).toEqual([...log]);
  });

  it("makes exactly the events or cases asked for", () => {
    expect([...generateEventLog(klyngeVest, { events: 1234 })]).toHaveLength(1234);
    const cases = new Set([...generateEventLog(klyngeVest, { cases: 300 })].map((e) => e.caseId));
    expect(cases.size).toBe(300);
    expect([...generateEventLog(klyngeVest, { events: 1 })]).toHaveLength(1);
  });

  it("writes valid rows: known actors with their sector, organisation and cluster, lines in order, time never going back", () => {
    const actors = new Map(klyngeVest.actors.map((a) => [a.id, a]));
    const events = [...generateEventLog(klyngeVest, { events: 5000, seed: 2 })];
    let previous: PathwayEvent | undefined;
    events.forEach((e, i) => {
      const actor = actors.get(e.actor)!;
      expect(actor).toBeDefined();
      expect([e.sector, e.organisation, e.cluster]).toEqual([
        actor.sector,
        actor.organisation,
        actor.cluster,
      ]);
      expect(e.line).toBe(i + 2);
      expect(e.time % 60_000).toBe(0);
      expect(Object.values(GENERATED_ACTIVITIES)).toContain(e.activity);
      if (previous?.caseId === e.caseId) expect(e.time).toBeGreaterThanOrEqual(previous.time);
      previous = e;
    });
  });

  it("walks only handoff ties, starts at entry actors and repeats actors as follow-ups", () => {
    const handoffs = new Set(
      klyngeVest.ties.filter((t) => t.kind === "handoff").map((t) => `${t.source}>${t.target}`),
    );
    const events = [...generateEventLog(klyngeVest, { events: 5000, seed: 3 })];
    const starts = new Set<string>();
    let followUps = 0;
    events.forEach((e, i) => {
      const before = events[i - 1];
      if (before?.caseId !== e.caseId) {
        expect(e.activity).toBe(GENERATED_ACTIVITIES.first);
        starts.add(e.actor);
      } else if (before.actor === e.actor) {
        expect(e.activity).toBe(GENERATED_ACTIVITIES.followUp);
        followUps++;
      } else {
        expect(handoffs).toContain(`${before.actor}>${e.actor}`);
        expect(e.activity).toBe(GENERATED_ACTIVITIES.handoff);
      }
    });
    // Net senders: the two GPs, the acute ward (more out than in) and psychiatry.
    expect([...starts].sort()).toEqual([
      "auh-thisted-acute",
      "gp-morso",
      "gp-thisted",
      "psychiatry-thy-mors",
    ]);
    expect(followUps).toBeGreaterThan(500);
  });

  it("draws case lengths with the mean asked for", () => {
    const network = generateLargeNetwork({ actors: 300, seed: 4 });
    for (const meanEvents of [6, 10]) {
      const cases = 4000;
      const events = [...generateEventLog(network, { cases, meanEvents, seed: 9 })].length;
      expect(events / cases).toBeGreaterThan(meanEvents * 0.93);
      expect(events / cases).toBeLessThan(meanEvents * 1.07);
    }
  });

  it("takes a handoff's median wait from the tie, else from the sector pair, and follow-ups from the option", () => {
    const events = [
      ...generateEventLog(chain, {
        cases: 200,
        waitSpread: 0,
        followUpHoursMedian: 5,
        meanEvents: 4,
        seed: 1,
      }),
    ];
    const waits = new Map<string, Set<number>>();
    events.forEach((e, i) => {
      const before = events[i - 1];
      if (before?.caseId !== e.caseId) return;
      const key = `${before.actor}>${e.actor}`;
      waits.set(key, (waits.get(key) ?? new Set()).add((e.time - before.time) / HOUR));
    });
    expect(waits.get("gp>ward, acute")).toEqual(new Set([10]));
    expect(waits.get("ward, acute>home-care")).toEqual(new Set([48])); // region>municipality default
    expect(waits.get("home-care>home-care")).toEqual(new Set([5]));
  });

  it("gives zero waits for a median of zero (events at the same minute)", () => {
    const times = [
      ...generateEventLog(chain, { cases: 20, followUpHoursMedian: 0, followUpProbability: 1, seed: 3 }),
    ];
    expect(new Set(times.map((e) => `${e.caseId} ${e.time}`)).size).toBe(20);
  });

  it("rejects bad options and networks without handoffs", () => {
    expect(() => generateEventLog(chain, {})).toThrow(/either events or cases/);
    expect(() => generateEventLog(chain, { events: 10, cases: 10 })).toThrow(/either events or cases/);
    expect(() => generateEventLog(chain, { events: 0 })).toThrow(/events must be/);
    expect(() => generateEventLog(chain, { events: 10, followUpProbability: 2 })).toThrow(
      /followUpProbability/,
    );
    expect(() => generateEventLog(chain, { events: 10, start: "not a date" })).toThrow(/start/);
    const noHandoffs = { ...chain, ties: chain.ties.filter((t) => t.kind !== "handoff") };
    expect(() => generateEventLog(noHandoffs, { events: 10 })).toThrow(/no handoff tie/);
  });
});

describe("CSV event logs", () => {
  it("writes ISO 8601 with the Copenhagen offset, quoting fields that need it", () => {
    const text = csv(
      generateEventLog(chain, { cases: 3, seed: 1, start: "2024-06-01T00:00:00Z", spanDays: 1 }),
    );
    const lines = text.split("\n");
    expect(lines[0]).toBe("case_id,timestamp,actor,activity,sector,organisation,cluster");
    expect(lines.at(-1)).toBe("");
    for (const line of lines.slice(1, -1)) {
      const [, timestamp] = line.split(",");
      expect(timestamp).toMatch(/^2024-0[6-9]-\d\dT\d\d:\d\d:00\+02:00$/);
    }
    expect(text).toContain(`,"ward, acute",handed over,region,h,k\n`);
  });

  it("writes Danish local time with `;`, byte-order mark and CRLF as Excel does", () => {
    const e = { caseId: 'a "b"', time: Date.parse("2024-03-05T13:07:00Z"), actor: "x;y", line: 2 };
    const text = csv([e], { separator: ";", timestamps: "danish", excel: true });
    expect(text).toBe(
      '\uFEFFcase_id;timestamp;actor;activity;sector;organisation;cluster\r\n"a ""b""";05-03-2024 14:07;"x;y";;;;\r\n',
    );
  });

  it("keeps Copenhagen time right on both sides of every change to and from summer time", () => {
    const iso = new CopenhagenClock("iso");
    expect(iso.format(Date.parse("2024-03-31T00:59:00Z"))).toBe("2024-03-31T01:59:00+01:00");
    expect(iso.format(Date.parse("2024-03-31T01:00:00Z"))).toBe("2024-03-31T03:00:00+02:00");
    expect(iso.format(Date.parse("2024-10-27T00:30:00Z"))).toBe("2024-10-27T02:30:00+02:00");
    expect(iso.format(Date.parse("2024-10-27T01:30:00Z"))).toBe("2024-10-27T02:30:00+01:00");
    const danish = new CopenhagenClock("danish");
    const intl = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Copenhagen",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    const expected = (t: number) => {
      const p = Object.fromEntries(intl.formatToParts(t).map((x) => [x.type, x.value]));
      return `${p.day}-${p.month}-${p.year} ${p.hour}:${p.minute}`;
    };
    for (let year = 1997; year <= 2040; year++) {
      for (const day of [Date.UTC(year, 2, 31), Date.UTC(year, 9, 31), Date.UTC(year, 6, 1)]) {
        // Every hour around the last Sunday of the month, and a summer day.
        for (let t = day - 8 * 24 * HOUR; t <= day; t += HOUR - 60_000)
          expect(danish.format(t)).toBe(expected(t));
      }
    }
  });

  it("writes the same bytes to a file as it yields as text", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tvaers-generate-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, "log.csv");
    const log = generateEventLog(klyngeVest, { events: 3000, seed: 8 });
    const written = await writeEventLog(file, log, { chunkSize: 10_000 });
    const text = readFileSync(file, "utf8");
    expect(text).toBe(csv(log));
    expect(written).toEqual({ events: 3000, bytes: Buffer.byteLength(text) });
  });
});

describe("generateLargeNetwork", () => {
  it("makes about 2,000 valid actors in 5 sectors, each with a handoff out", () => {
    const doc = generateLargeNetwork({ actors: 2000, sectors: 5, seed: 1 });
    expect(doc.actors.length).toBeGreaterThanOrEqual(1990);
    expect(doc.actors.length).toBeLessThanOrEqual(2010);
    expect(new Set(doc.actors.map((a) => a.sector)).size).toBe(5);
    const senders = new Set(doc.ties.filter((t) => t.kind === "handoff").map((t) => t.source));
    expect(senders.size).toBe(doc.actors.length);
    expect(JSON.stringify(generateLargeNetwork({ actors: 2000, sectors: 5, seed: 1 }))).toBe(
      JSON.stringify(doc),
    );
    expect(() => generateLargeNetwork({ sectors: 9 })).toThrow(/sectors/);
  });
});
