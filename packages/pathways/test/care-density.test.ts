// Care density (Pollack et al. 2013) and its provider-type decomposition (Engels et al. 2024).
// Expected values: the 4-patient example is worked by hand in the source file's comment; the 5-patient
// example is the published worked example of the CareDensity R package's vignette (Denz, "Calculating
// the Care Density and Fragmented Care Density in R"), where patient 1's care density is
// (1 + 1 + 3) / 3 ≈ 1.6667 — recomputed here by hand, not run.
import { describe, expect, it } from "vitest";
import { careDensity, fragmentedCareDensity, type PathwayEvent } from "../src/index.js";

let line = 0;
function ev(caseId: string, hour: number, actor: string, extra: Partial<PathwayEvent> = {}): PathwayEvent {
  line += 1;
  return { caseId, time: Date.UTC(2024, 2, 1) + hour * 3_600_000, actor, line, ...extra };
}
const sectorOf: Record<string, string> = { A: "region", B: "municipality", C: "region" };
const visits = (caseId: string, actors: string) =>
  [...actors].map((a, i) => ev(caseId, i, a, { sector: sectorOf[a] ?? "general-practice" }));

/** P1 sees A, B, C; P2 A, B (twice B); P3 B, C; P4 only A. */
const fourPatients = () => [
  ...visits("secret-1", "ABC"),
  ...visits("secret-2", "ABB"),
  ...visits("secret-3", "CB"),
  ...visits("secret-4", "AA"),
];

describe("careDensity", () => {
  it("matches the hand-worked 4-patient example", async () => {
    // w_AB = 2 (P1, P2), w_BC = 2 (P1, P3), w_AC = 1 (P1).
    const result = await careDensity(fourPatients());
    expect(result.sharing).toEqual([
      { source: "A", target: "B", patients: 2 },
      { source: "A", target: "C", patients: 1 },
      { source: "B", target: "C", patients: 2 },
    ]);
    expect(
      result.cases.map(({ providers, pairs, sharedPatients }) => [providers, pairs, sharedPatients]),
    ).toEqual([
      [3, 3, 5],
      [2, 1, 2],
      [2, 1, 2],
      [1, 0, 0],
    ]);
    expect(result.cases[0]!.careDensity).toBeCloseTo(5 / 3, 15);
    expect(result.cases[1]!.careDensity).toBe(2);
    expect(result.cases[2]!.careDensity).toBe(2);
    expect(result.cases[3]!.careDensity).toBeNaN();
    expect(result.overall.measures.careDensity.n).toBe(3);
    expect(result.overall.measures.careDensity.mean).toBeCloseTo((5 / 3 + 2 + 2) / 3, 15);
    expect(JSON.stringify(result)).not.toContain("secret");
  });

  it("matches the CareDensity vignette's 5-patient example", async () => {
    const contacts: [string, string][] = [
      ["1", "A"],
      ["1", "C"],
      ["1", "D"],
      ["2", "A"],
      ["2", "D"],
      ["3", "A"],
      ["3", "D"],
      ["4", "D"],
      ["5", "C"],
    ];
    const { cases } = await careDensity(contacts.map(([p, a], i) => ev(p, i, a)));
    // w_AC = 1, w_CD = 1, w_AD = 3: patient 1 (1 + 1 + 3) / 3, patients 2 and 3 w_AD = 3.
    expect(cases[0]!.careDensity).toBeCloseTo(5 / 3, 15);
    expect(cases[1]!.careDensity).toBe(3);
    expect(cases[2]!.careDensity).toBe(3);
    expect(cases[3]!.careDensity).toBeNaN();
    expect(cases[4]!.careDensity).toBeNaN();
  });

  it("splits care density by provider-type pair; the parts add up to it", async () => {
    const { cases } = await careDensity(fourPatients(), { providerType: (e) => e.sector });
    // P1: A–B (region, municipality) 2 + B–C (municipality, region) 2, A–C (region, region) 1; 3 pairs.
    expect(cases[0]!.byTypePair).toEqual([
      { types: ["municipality", "region"], sharedPatients: 4, share: 4 / 3 },
      { types: ["region", "region"], sharedPatients: 1, share: 1 / 3 },
    ]);
    const sum = cases[0]!.byTypePair!.reduce((s, p) => s + p.share, 0);
    expect(sum).toBeCloseTo(cases[0]!.careDensity, 15);
    expect(cases[3]!.byTypePair).toEqual([]);
  });

  it("evaluates a fragmented care density for given weights", async () => {
    const { cases } = await careDensity(fourPatients(), { providerType: (e) => e.sector });
    const weights = {
      intercept: -1,
      pair: (a: string, b: string) => (a === b ? 2 : 0.5),
    };
    // −1 + 0.5 · 4/3 + 2 · 1/3 = 1/3.
    expect(fragmentedCareDensity(cases[0]!, weights)).toBeCloseTo(1 / 3, 15);
    expect(fragmentedCareDensity(cases[3]!, weights)).toBeNaN();
    const plain = await careDensity(fourPatients());
    expect(() => fragmentedCareDensity(plain.cases[0]!, weights)).toThrow(/providerType/);
  });

  it("counts providers at the chosen level", async () => {
    const events = [
      ev("p1", 0, "ward-1", { organisation: "hospital" }),
      ev("p1", 1, "ward-2", { organisation: "hospital" }),
      ev("p1", 2, "gp", { organisation: "practice" }),
      ev("p2", 0, "ward-1", { organisation: "hospital" }),
      ev("p2", 1, "gp", { organisation: "practice" }),
    ];
    const { cases, sharing } = await careDensity(events, { provider: "organisation" });
    expect(sharing).toEqual([{ source: "hospital", target: "practice", patients: 2 }]);
    expect(cases.map((c) => c.careDensity)).toEqual([2, 2]);
  });
});
