import { describe, expect, it } from "vitest";
import { fixture, run } from "./support/run.js";

const small = fixture("small.json");

// small.json (hand-counted): sectors region {cardiology}, municipality {sbu, jobcentre}, gp {gp}.
// Directed view: the handoff cardiology→sbu is one arc; the three undirected ties are two arcs each.
// External arcs: cardiology→sbu, gp⇄sbu, cardiology⇄gp = 5; internal: sbu⇄jobcentre = 2.
// E-I = (5 − 2)/7 = 3/7. Possible arcs: 4·3 = 12, of which internal 2·1 = 2 → expected (10 − 2)/12 = 2/3.
describe("tvaers analyze", () => {
  it("prints results keyed like the library's, with the options used", async () => {
    const { code, stdout, stderr } = await run([
      "analyze",
      small,
      "--measures",
      "ei,constraint",
      "--permutations",
      "0",
      "--format",
      "json",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out.results)).toEqual(["eiIndex", "constraint"]);
    expect(out.results.eiIndex.index).toBeCloseTo(3 / 7, 12);
    expect(out.results.eiIndex.expected).toBeCloseTo(2 / 3, 12);
    expect(out.results.eiIndex.actors).toEqual({ cardiology: 1, sbu: 0.2, jobcentre: -1, gp: 1 });
    expect(out.options).toMatchObject({ group: "sector", weight: null, seed: 1, permutations: 0 });
  });

  it("runs centrality and bottlenecks (sbu is the only way to the job centre)", async () => {
    const { code, stdout } = await run([
      "analyze",
      small,
      "--measures",
      "centrality,bottlenecks",
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    const { centrality, bottlenecks } = JSON.parse(stdout).results;
    expect(Object.keys(centrality.betweenness)).toEqual(["cardiology", "sbu", "jobcentre", "gp"]);
    expect(centrality.betweenness.jobcentre).toBe(0);
    expect(bottlenecks.articulationPoints).toEqual(["sbu"]);
  });

  it("uses only the tie kinds asked for", async () => {
    const { stdout } = await run([
      "analyze",
      small,
      "--measures",
      "ei",
      "--kinds",
      "handoff",
      "--format",
      "json",
    ]);
    const ei = JSON.parse(stdout).results.eiIndex;
    expect(ei.external).toBe(1);
    expect(ei.internal).toBe(0);
    expect(ei.actors.jobcentre).toBeNull(); // no handoffs: NaN, written as null in JSON
  });

  it("writes one CSV row per actor with a column per per-actor value", async () => {
    const { code, stdout } = await run(["analyze", small, "--measures", "ei,brokerage", "--format", "csv"]);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trim().split(/\r?\n/);
    expect(header).toMatch(/^id,label,sector,ei,brokerage\.coordinator,brokerage\.coordinator\.z,/);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^cardiology,Cardiology ward,region,1,/);
  });

  it("rejects an unknown measure or tie kind as a usage error (exit 2)", async () => {
    const bad = await run(["analyze", small, "--measures", "ei,pagerankz"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown measure "pagerankz"');
    const kind = await run(["analyze", small, "--kinds", "phone"]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('unknown tie kind "phone"');
  });

  it("reports invalid input with exit 1", async () => {
    const { code, stderr } = await run(["analyze", fixture("broken.json")]);
    expect(code).toBe(1);
    expect(stderr).toContain("broken.json");
  });
});
