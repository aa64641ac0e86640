import { describe, expect, it } from "vitest";
import { type NetworkDocumentInput, parseNetwork, summarizeNetwork, toGraph } from "../src/index.js";

// A small network whose figures are counted by hand in the comments below.
const doc: NetworkDocumentInput = {
  format: "tvaers.network/v1",
  name: "Hand-counted",
  sectors: [
    { id: "region", label: "Region" },
    { id: "municipality", label: { en: "Municipality", da: "Kommune" } },
    { id: "gp", label: "General practice" },
    { id: "citizen", label: "Citizen" },
    { id: "national", label: "National bodies" },
  ],
  actors: [
    { id: "ward", label: "Ward", sector: "region", kind: "hospital-ward" },
    { id: "psych", label: "Psychiatry", sector: "region", kind: "psychiatry" },
    { id: "jobcentre", label: "Job centre", sector: "municipality", kind: "jobcentre" },
    { id: "sbu", label: "Sickness benefit", sector: "municipality", kind: "sickness-benefit-unit" },
    { id: "gp1", label: "GP 1", sector: "gp", kind: "gp" },
    { id: "gp2", label: "GP 2", sector: "gp", kind: "gp" },
    { id: "patient", label: "Patient", sector: "citizen" },
  ],
  ties: [
    { source: "ward", target: "sbu", kind: "handoff", weight: 5 }, // cross
    { source: "ward", target: "psych", kind: "communication", weight: 2 },
    { source: "gp1", target: "jobcentre", kind: "communication" }, // cross, weight 1 by default
    { source: "jobcentre", target: "sbu", kind: "collaboration", weight: 4 },
    { source: "gp1", target: "gp2", kind: "collaboration", weight: 0 },
    { source: "patient", target: "ward", kind: "handoff", weight: 3 }, // cross
  ],
};

const summaryOf = (input: NetworkDocumentInput) => summarizeNetwork(toGraph(parseNetwork(input)));

describe("summarizeNetwork", () => {
  it("counts actors, ties and cross-sector ties by hand", () => {
    const s = summaryOf(doc);
    expect(s.name).toBe("Hand-counted");
    expect(s.actors).toBe(7);
    expect(s.ties).toBe(6);
    // 3 of 6 ties cross a sector boundary; they weigh 5 + 1 + 3 = 9 of 5 + 2 + 1 + 4 + 0 + 3 = 15.
    expect(s.crossSector).toEqual({ ties: 3, weight: 9, share: 0.5, weightShare: 0.6 });
  });

  it("lists every declared sector in document order, empty ones included", () => {
    expect(summaryOf(doc).actorsBySector).toEqual([
      { id: "region", label: "Region", count: 2 },
      { id: "municipality", label: "Municipality", count: 2 },
      { id: "gp", label: "General practice", count: 2 },
      { id: "citizen", label: "Citizen", count: 1 },
      { id: "national", label: "National bodies", count: 0 },
    ]);
  });

  it("orders kinds by count, then name, with unassigned actors last", () => {
    expect(summaryOf(doc).actorsByKind).toEqual([
      { kind: "gp", count: 2 },
      { kind: "hospital-ward", count: 1 },
      { kind: "jobcentre", count: 1 },
      { kind: "psychiatry", count: 1 },
      { kind: "sickness-benefit-unit", count: 1 },
      { kind: "(unassigned)", count: 1 },
    ]);
  });

  it("counts ties and weight per tie kind, leaving out kinds without ties", () => {
    expect(summaryOf(doc).tiesByKind).toEqual([
      { kind: "communication", count: 2, weight: 3 },
      { kind: "handoff", count: 2, weight: 8 },
      { kind: "collaboration", count: 2, weight: 4 },
    ]);
  });

  it("gives null shares for a network without ties", () => {
    const s = summaryOf({ ...doc, ties: [] });
    expect(s.ties).toBe(0);
    expect(s.tiesByKind).toEqual([]);
    expect(s.crossSector).toEqual({ ties: 0, weight: 0, share: null, weightShare: null });
  });

  it("gives a null weight share when every tie weighs 0", () => {
    const s = summaryOf({
      ...doc,
      ties: [
        { source: "ward", target: "sbu", kind: "handoff", weight: 0 },
        { source: "ward", target: "psych", kind: "communication", weight: 0 },
      ],
    });
    expect(s.crossSector).toEqual({ ties: 1, weight: 0, share: 0.5, weightShare: null });
  });

  it("appends sectors that actors use but the graph does not declare", () => {
    const graph = toGraph(parseNetwork(doc));
    graph.addNode("ngo", { label: "Patient organisation", sector: "ngo" });
    graph.addDirectedEdge("ngo", "patient", { kind: "communication", weight: 2, directed: false });
    const s = summarizeNetwork(graph);
    expect(s.actorsBySector.at(-1)).toEqual({ id: "ngo", label: "ngo", count: 1 });
    expect(s.crossSector).toEqual({ ties: 4, weight: 11, share: 4 / 7, weightShare: 11 / 17 });
  });
});
