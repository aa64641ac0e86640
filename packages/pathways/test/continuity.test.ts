// Continuity of care: UPC (Breslau & Reeb 1975) and COC (Bice & Boxerman 1977). Expected values are
// worked by hand from the formulas UPC = max n_j / N and COC = (Σ n_j² − N) / (N(N − 1)); the
// visits A, A, B, C example (UPC 0.5, COC 1/6) is the one in the source file's comment.
import { describe, expect, it } from "vitest";
import {
  continuityOfCare,
  continuityOfCareIndex,
  type PathwayEvent,
  usualProviderOfCare,
  visitCounts,
} from "../src/index.js";

let line = 0;
function ev(caseId: string, hour: number, actor: string, extra: Partial<PathwayEvent> = {}): PathwayEvent {
  line += 1;
  return { caseId, time: Date.UTC(2024, 2, 1) + hour * 3_600_000, actor, line, ...extra };
}
const visits = (caseId: string, actors: string) => [...actors].map((a, i) => ev(caseId, i, a));

describe("usualProviderOfCare and continuityOfCareIndex", () => {
  it("match hand-worked values", () => {
    // A, A, B, C: N = 4, n = (2, 1, 1).
    expect(usualProviderOfCare([2, 1, 1])).toBe(0.5);
    expect(continuityOfCareIndex([2, 1, 1])).toBeCloseTo(1 / 6, 15);
    // A, A, A, B, B: N = 5, n = (3, 2): UPC 3/5, COC (9 + 4 − 5) / 20 = 0.4.
    expect(usualProviderOfCare([3, 2])).toBeCloseTo(0.6, 15);
    expect(continuityOfCareIndex([3, 2])).toBeCloseTo(0.4, 15);
  });

  it("run from full continuity (one provider) to none (a new provider every visit)", () => {
    expect(usualProviderOfCare([5])).toBe(1);
    expect(continuityOfCareIndex([5])).toBe(1);
    expect(usualProviderOfCare([1, 1, 1, 1])).toBe(0.25);
    expect(continuityOfCareIndex([1, 1, 1, 1])).toBe(0);
  });

  it("are NaN where undefined: COC for N ≤ 1, UPC for N = 0", () => {
    expect(usualProviderOfCare([1])).toBe(1);
    expect(continuityOfCareIndex([1])).toBeNaN();
    expect(usualProviderOfCare([])).toBeNaN();
    expect(continuityOfCareIndex([])).toBeNaN();
  });
});

describe("visitCounts", () => {
  it("counts every event as a visit, or every run of events with one provider as one", () => {
    const events = visits("c", "AABA");
    expect([...visitCounts(events)]).toEqual([
      ["A", 3],
      ["B", 1],
    ]);
    expect([...visitCounts(events, { visits: "stays" })]).toEqual([
      ["A", 2],
      ["B", 1],
    ]);
  });

  it("lifts visits to the chosen level and leaves out events with no provider there", () => {
    const events = [
      ev("c", 0, "ward-1", { organisation: "hospital" }),
      ev("c", 1, "ward-2", { organisation: "hospital" }),
      ev("c", 2, "gp", { organisation: "practice" }),
      ev("c", 3, "relative"),
    ];
    expect([...visitCounts(events, { provider: "organisation" })]).toEqual([
      ["hospital", 2],
      ["practice", 1],
    ]);
    expect([...visitCounts(events, { provider: (e) => e.actor.slice(0, 2) })]).toEqual([
      ["wa", 2],
      ["gp", 1],
      ["re", 1],
    ]);
  });

  it("rejects unknown options", () => {
    expect(() => visitCounts([], { visits: "days" as "events" })).toThrow(RangeError);
    expect(() => visitCounts([], { provider: "kind" as "actor" })).toThrow(/provider must be/);
  });
});

describe("continuityOfCare", () => {
  it("measures each case and summarises without case ids (hand-worked)", async () => {
    const events = [
      ...visits("secret-1", "AABC"), // N 4, p 3, UPC 0.5, COC 1/6
      ...visits("secret-2", "AAABB"), // N 5, p 2, UPC 0.6, COC 0.4
      ...visits("secret-3", "D"), // N 1, p 1, UPC 1, COC NaN
    ];
    const result = await continuityOfCare(events);
    expect(result.cases.map(({ visits, providers }) => [visits, providers])).toEqual([
      [4, 3],
      [5, 2],
      [1, 1],
    ]);
    expect(result.cases[0]!.upc).toBe(0.5);
    expect(result.cases[0]!.coc).toBeCloseTo(1 / 6, 15);
    expect(result.cases[2]!.coc).toBeNaN();
    expect(result.overall.measures.upc.mean).toBeCloseTo((0.5 + 0.6 + 1) / 3, 15);
    expect(result.overall.measures.coc.n).toBe(2);
    expect(result.overall.measures.coc.mean).toBeCloseTo((1 / 6 + 0.4) / 2, 15);
    expect(JSON.stringify(result)).not.toContain("secret");
  });

  it("counts stays as visits when asked", async () => {
    // A, A, B, A as stays is A, B, A: N 3, n = (2, 1): UPC 2/3, COC (4 + 1 − 3) / 6 = 1/3.
    const { cases } = await continuityOfCare(visits("c", "AABA"), { visits: "stays" });
    expect(cases[0]!.upc).toBeCloseTo(2 / 3, 15);
    expect(cases[0]!.coc).toBeCloseTo(1 / 3, 15);
  });
});
