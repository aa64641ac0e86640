import { parseNetwork, toGraph } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import {
  actorScores,
  classify,
  networkPower,
  parseStakeholders,
  type Stakeholder,
  withBlendedPower,
} from "../src/index.js";

// hub (region) is tied to m1, m2 (municipality) and g (gp); m1–m2 are tied; iso has no ties.
// Worked out by hand, in the undirected view (n = 5):
//   degree       hub 3, m1 2, m2 2, g 1, iso 0   → rank (share of the 4 others below): 1, 1/2, 1/2, 1/4, 0
//                                                → by max: 1, 2/3, 2/3, 1/3, 0
//   betweenness  hub 2 (g–m1, g–m2), others 0     → rank and by max: hub 1, others 0
//   brokerage    hub 4 liaison paths (m1→hub→g, g→hub→m1, m2→hub→g, g→hub→m2), others 0 → hub 1, others 0
//   score (rank) hub 1, m1 = m2 = (1/2)/3 = 1/6, g = (1/4)/3 = 1/12, iso 0
//   score (max)  hub 1, m1 = m2 = (2/3)/3 = 2/9, g = (1/3)/3 = 1/9, iso 0
const network = parseNetwork({
  format: "tvaers.network/v1",
  name: "Star",
  sectors: [
    { id: "region", label: "Region" },
    { id: "municipality", label: "Municipality" },
    { id: "gp", label: "General practice" },
    { id: "citizen", label: "Citizens" },
  ],
  actors: [
    { id: "hub", label: "Hospital", sector: "region" },
    { id: "m1", label: "Municipality 1", sector: "municipality" },
    { id: "m2", label: "Municipality 2", sector: "municipality" },
    { id: "g", label: "GP", sector: "gp" },
    { id: "iso", label: "Patient", sector: "citizen" },
  ],
  ties: [
    { source: "hub", target: "m1", kind: "collaboration" },
    { source: "hub", target: "m2", kind: "collaboration" },
    { source: "hub", target: "g", kind: "collaboration" },
    { source: "m1", target: "m2", kind: "collaboration" },
  ],
});
const graph = toGraph(network);

const stakeholders: Stakeholder[] = [
  { id: "region", actors: ["hub"], power: 2 },
  { id: "municipalities", actors: ["m1", "m2"], power: 4 },
  { id: "gp", actors: ["g", "ghost"], power: 1 },
  { id: "kl", power: 5 },
  { id: "patients", actors: ["iso"] },
];

describe("actorScores", () => {
  it("ranks each actor's degree, betweenness and brokerage among the other actors", () => {
    const scores = actorScores(graph);
    expect(scores.get("hub")).toEqual({ degree: 1, betweenness: 1, brokerage: 1, score: 1 });
    expect(scores.get("m1")).toMatchObject({ degree: 0.5, betweenness: 0, brokerage: 0 });
    expect(scores.get("m1")?.score).toBeCloseTo(1 / 6, 12);
    expect(scores.get("g")?.score).toBeCloseTo(1 / 12, 12);
    expect(scores.get("iso")).toEqual({ degree: 0, betweenness: 0, brokerage: 0, score: 0 });
  });

  it("divides by the most central actor's value with normalise: max", () => {
    const scores = actorScores(graph, { normalise: "max" });
    expect(scores.get("hub")?.score).toBe(1);
    expect(scores.get("m1")?.degree).toBeCloseTo(2 / 3, 12);
    expect(scores.get("m1")?.score).toBeCloseTo(2 / 9, 12);
    expect(scores.get("g")?.score).toBeCloseTo(1 / 9, 12);
  });

  it("weighs the components as asked, and rejects weights that cannot be used", () => {
    const degreeOnly = { degree: 1, betweenness: 0, brokerage: 0 };
    expect(actorScores(graph, { components: degreeOnly }).get("m1")?.score).toBe(0.5);
    expect(() => actorScores(graph, { components: { degree: 0, betweenness: 0, brokerage: 0 } })).toThrow(
      RangeError,
    );
    expect(() => actorScores(graph, { components: { degree: -1, betweenness: 1, brokerage: 1 } })).toThrow(
      RangeError,
    );
  });

  it("scores every actor 0 when no tie of the chosen kinds exists", () => {
    for (const normalise of ["rank", "max"] as const) {
      const scores = actorScores(graph, { kinds: ["handoff"], normalise });
      expect([...scores.values()].every((s) => s.score === 0)).toBe(true);
    }
  });
});

describe("networkPower", () => {
  const result = networkPower(stakeholders, graph);
  const byId = new Map(result.stakeholders.map((s) => [s.id, s]));

  it("rescales the mean score of the linked actors to the power scale and blends half and half", () => {
    expect(result.blend).toBe(0.5);
    expect(byId.get("region")).toMatchObject({ stated: 2, score: 1, network: 5, blended: 3.5 });
    const municipalities = byId.get("municipalities")!;
    expect(municipalities.score).toBeCloseTo(1 / 6, 12);
    expect(municipalities.network).toBeCloseTo(1 + 4 / 6, 12);
    expect(municipalities.blended).toBeCloseTo((4 + 1 + 4 / 6) / 2, 12);
    expect(municipalities.actors.map((a) => a.id)).toEqual(["m1", "m2"]);
  });

  it("keeps stated power without links, and takes network power without stated power", () => {
    expect(byId.get("kl")).toEqual({
      id: "kl",
      stated: 5,
      score: null,
      network: null,
      blended: 5,
      actors: [],
    });
    expect(byId.get("patients")).toMatchObject({ stated: null, score: 0, network: 1, blended: 1 });
  });

  it("skips linked actors the network lacks, with a warning", () => {
    expect(byId.get("gp")?.actors.map((a) => a.id)).toEqual(["g"]);
    expect(result.warnings).toEqual([
      {
        stakeholder: "gp",
        actor: "ghost",
        message:
          'stakeholder "gp": actor "ghost" is not in the network, so it does not count toward network power',
      },
    ]);
  });

  it("lists disagreements by how far stated and network power are apart, largest first", () => {
    expect(result.disagreements.map((d) => d.id)).toEqual(["region", "municipalities", "gp"]);
    expect(result.disagreements[0]).toEqual({ id: "region", stated: 2, network: 5, difference: 3 });
    expect(result.disagreements[1]?.difference).toBeCloseTo(1 + 4 / 6 - 4, 12);
    expect(result.disagreements[2]?.difference).toBeCloseTo(4 / 12, 12);
  });

  it("takes the blend weight, the largest actor score and the power scale as options", () => {
    const stated = networkPower(stakeholders, graph, { blend: 0 }).stakeholders;
    expect(stated.map((s) => s.blended)).toEqual([2, 4, 1, 5, 1]);
    const network = networkPower(stakeholders, graph, { blend: 1 }).stakeholders;
    expect(network[0]?.blended).toBe(5);
    const max = networkPower([{ id: "x", actors: ["hub", "g"], power: 3 }], graph, { combine: "max" });
    expect(max.stakeholders[0]?.score).toBe(1);
    const mean = networkPower([{ id: "x", actors: ["hub", "g"], power: 3 }], graph);
    expect(mean.stakeholders[0]?.score).toBeCloseTo((1 + 1 / 12) / 2, 12);
    const tenPoint = networkPower([{ id: "x", actors: ["hub"], power: 3 }], graph, {
      scales: { power: { min: 0, max: 10 } },
    });
    expect(tenPoint.stakeholders[0]).toMatchObject({ network: 10, blended: 6.5 });
    expect(() => networkPower(stakeholders, graph, { blend: 1.5 })).toThrow(RangeError);
  });

  it("marks blended power derived when a stakeholder gave one provenance for all values", () => {
    const doc = parseStakeholders({
      format: "tvaers.stakeholders/v1",
      stakeholders: [{ id: "region", actors: ["hub"], power: 2, urgency: 4, provenance: "workshop" }],
    });
    const blended = withBlendedPower(doc, networkPower(doc.stakeholders, graph));
    expect(blended.stakeholders[0]?.provenance).toEqual({ power: "derived", urgency: "workshop" });
  });

  it("lets classify use the blended power, marked derived", () => {
    const doc = parseStakeholders({
      format: "tvaers.stakeholders/v1",
      stakeholders: [
        { id: "region", actors: ["hub"], power: 2, interest: 5, provenance: { interest: "survey" } },
      ],
    });
    const blended = withBlendedPower(doc, networkPower(doc.stakeholders, graph));
    expect(blended.stakeholders[0]).toMatchObject({
      power: 3.5,
      provenance: { power: "derived", interest: "survey" },
    });
    expect(classify(doc).stakeholders[0]?.mendelow).toBe("keep-informed");
    expect(classify(blended).stakeholders[0]?.mendelow).toBe("manage-closely");
  });
});
