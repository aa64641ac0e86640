// pathwayMeasures and summarize. Every expected value below is worked by hand from the events in the
// test (times in hours from a fixed start); the quantiles are checked against numpy's default
// (linear, type 7): numpy.percentile([1, 2, 3, 4], 90) = 3.7.
import { TvaersInputError } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { measurePathway, type PathwayEvent, pathwayMeasures, summarize } from "../src/index.js";

const START = Date.UTC(2024, 0, 8, 8);
let line = 0;

/** An event of `caseId` at `hour` hours after START, with `actor` and optional fields. */
function ev(caseId: string, hour: number, actor: string, extra: Partial<PathwayEvent> = {}): PathwayEvent {
  line += 1;
  return { caseId, time: START + hour * 3_600_000, actor, line, ...extra };
}

const region = { sector: "region", cluster: "M2" };
const municipality = { sector: "municipality", cluster: "M2" };
const gp = { sector: "general-practice", cluster: "M2" };

/** Case "secret-1": stays A, B, A, C across three sectors. */
function heartPatient(): PathwayEvent[] {
  return [
    ev("secret-1", 0, "A", region),
    ev("secret-1", 2, "A", region),
    ev("secret-1", 5, "B", municipality),
    ev("secret-1", 29, "A", region),
    ev("secret-1", 30, "C", gp),
    ev("secret-1", 40, "C", gp),
  ];
}

describe("measurePathway", () => {
  it("counts handoffs, sectors, duration, longest wait and returns (hand-worked)", () => {
    // Stays A(0–2) → B(5) → A(29) → C(30–40): 3 handoffs, all cross-sector; waits 3, 24, 1 hours;
    // A → B → A is one return; B → A → C is none.
    expect(measurePathway(heartPatient())).toEqual({
      events: 6,
      handoffs: 3,
      crossSectorHandoffs: 3,
      actors: 3,
      sectors: 3,
      durationHours: 40,
      longestWaitHours: 24,
      pingPong: 1,
    });
  });

  it("counts every return within three consecutive stays, and only those", () => {
    const at = (actors: string) => [...actors].map((a, i) => ev("c", i, a));
    expect(measurePathway(at("ABAB")).pingPong).toBe(2);
    expect(measurePathway(at("ABABA")).pingPong).toBe(3);
    expect(measurePathway(at("ABCA")).pingPong).toBe(0);
    expect(measurePathway(at("AABA")).pingPong).toBe(1);
    expect(measurePathway(at("ABBA")).pingPong).toBe(1);
    expect(measurePathway(at("ABC")).pingPong).toBe(0);
  });

  it("does not count a handoff as cross-sector when either sector is unknown", () => {
    const events = [ev("c", 0, "A", region), ev("c", 1, "B"), ev("c", 2, "C", gp), ev("c", 3, "D", gp)];
    const m = measurePathway(events);
    expect(m.handoffs).toBe(3);
    expect(m.crossSectorHandoffs).toBe(0);
    expect(m.sectors).toBe(2);
  });

  it("reads sectors through sectorOf", () => {
    const sectors: Record<string, string> = { A: "region", B: "municipality" };
    const m = measurePathway([ev("c", 0, "A"), ev("c", 1, "B")], (e) => sectors[e.actor]);
    expect(m.crossSectorHandoffs).toBe(1);
    expect(m.sectors).toBe(2);
  });

  it("gives a one-event case no handoffs, no duration and an undefined longest wait", () => {
    const m = measurePathway([ev("c", 3, "A", region)]);
    expect(m.handoffs).toBe(0);
    expect(m.durationHours).toBe(0);
    expect(m.longestWaitHours).toBeNaN();
    expect(m.pingPong).toBe(0);
  });
});

describe("pathwayMeasures", () => {
  it("sorts each case by time, then by line, whatever the input order", async () => {
    // Same time for A and B: file order (line) decides A before B, so the stays are A, B, A.
    const a = ev("c", 0, "A");
    const b = ev("c", 0, "B");
    const back = ev("c", 1, "A");
    const { cases } = await pathwayMeasures([back, b, a]);
    expect(cases[0]!.pingPong).toBe(1);
    expect(cases[0]!.longestWaitHours).toBe(1);
    const swapped = await pathwayMeasures([back, { ...a, line: b.line + 1 }, b]);
    expect(swapped.cases[0]!.pingPong).toBe(0);
  });

  it("keys cases by an opaque index and never puts case ids in the aggregates", async () => {
    const events = [...heartPatient(), ev("secret-2", 0, "A", region), ev("secret-2", 10, "B", municipality)];
    const result = await pathwayMeasures(events);
    expect(result.cases.map((c) => c.index)).toEqual([0, 1]);
    expect(JSON.stringify(result)).not.toContain("secret");
    expect(result.cases[0]).not.toHaveProperty("caseId");

    const withIds = await pathwayMeasures(events, { includeCaseIds: true });
    expect(withIds.cases.map((c) => c.caseId)).toEqual(["secret-1", "secret-2"]);
    expect(JSON.stringify({ clusters: withIds.clusters, overall: withIds.overall })).not.toContain("secret");
  });

  it("summarises per cluster (the cluster of the first event that has one) and overall (hand-worked)", async () => {
    const events = [
      ...heartPatient(), // M2: handoffs 3, longest wait 24
      ev("s2", 0, "A"), // no cluster on the first event: the case's cluster is read from the next
      ev("s2", 10, "B", { cluster: "M2" }), // M2: handoffs 1, longest wait 10
      ev("s3", 0, "X", { cluster: "VEST" }), // VEST: handoffs 0, longest wait NaN
      ev("s4", 0, "Y"),
      ev("s4", 6, "Z"), // no cluster at all: handoffs 1, longest wait 6
    ];
    const result = await pathwayMeasures(events);
    expect(result.cases.map((c) => c.cluster)).toEqual(["M2", "M2", "VEST", null]);
    expect(result.clusters.map((c) => [c.cluster, c.cases])).toEqual([
      ["M2", 2],
      ["VEST", 1],
      [null, 1],
    ]);
    const m2 = result.clusters[0]!.measures;
    expect(m2.handoffs).toEqual({ n: 2, mean: 2, median: 2, p90: expect.closeTo(2.8, 12) });
    expect(m2.longestWaitHours).toEqual({ n: 2, mean: 17, median: 17, p90: expect.closeTo(22.6, 12) });
    const vest = result.clusters[1]!.measures;
    expect(vest.longestWaitHours.n).toBe(0);
    expect(vest.longestWaitHours.mean).toBeNaN();
    // Overall handoffs 3, 1, 0, 1 → sorted 0, 1, 1, 3: median 1, p90 at h = 2.7 → 1 + 0.7·2 = 2.4.
    expect(result.overall.cases).toBe(4);
    expect(result.overall.measures.handoffs).toEqual({
      n: 4,
      mean: 1.25,
      median: 1,
      p90: expect.closeTo(2.4, 12),
    });
    // Longest waits 24, 10, NaN, 6: the NaN is left out.
    expect(result.overall.measures.longestWaitHours.n).toBe(3);
    expect(result.overall.measures.longestWaitHours.median).toBe(10);
  });

  it("reads clusters through clusterOf", async () => {
    const clusters: Record<string, string> = { A: "VEST" };
    const result = await pathwayMeasures(heartPatient(), { clusterOf: (e) => clusters[e.actor] });
    expect(result.cases[0]!.cluster).toBe("VEST");
  });

  it("reads an asynchronous stream like an array", async () => {
    const events = [...heartPatient(), ev("s2", 0, "A"), ev("s2", 1, "B")].reverse();
    async function* stream() {
      for (const event of events) yield event;
    }
    expect(await pathwayMeasures(stream())).toEqual(await pathwayMeasures(events));
  });

  it("rejects events without a valid time, listing their lines", async () => {
    const bad = { ...ev("c", 0, "A"), time: Number.NaN };
    const error = await pathwayMeasures([ev("c", 0, "A"), bad]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TvaersInputError);
    expect((error as TvaersInputError).problems).toEqual([
      expect.objectContaining({ line: bad.line, field: "time" }),
    ]);
  });

  it("returns empty summaries for an empty log", async () => {
    const result = await pathwayMeasures([]);
    expect(result.cases).toEqual([]);
    expect(result.clusters).toEqual([]);
    expect(result.overall.measures.events.n).toBe(0);
    expect(result.overall.measures.events.median).toBeNaN();
  });
});

describe("summarize", () => {
  it("interpolates quantiles linearly (type 7) and leaves out NaN", () => {
    expect(summarize([4, 1, Number.NaN, 3, 2])).toEqual({
      n: 4,
      mean: 2.5,
      median: 2.5,
      p90: expect.closeTo(3.7, 12),
    });
    expect(summarize([7])).toEqual({ n: 1, mean: 7, median: 7, p90: 7 });
  });
});
