import { type NetworkDocument, parseNetwork } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { boundarySpanners, projectTwoMode, twoModeDegree } from "../src/index.js";

// Forums A {x, y, z}, B {x, y}, C {z}, D {y, w}; x and z are regional, y municipal, w general practice.
function network(): NetworkDocument {
  const seat = (forum: string, actor: string, extra: object = {}) => ({
    forum,
    actor,
    role: "member",
    ...extra,
  });
  return parseNetwork({
    format: "tvaers.network/v1",
    name: "hand-worked",
    sectors: ["region", "municipality", "general-practice"].map((id) => ({ id, label: id })),
    actors: [
      { id: "x", label: "x", sector: "region" },
      { id: "y", label: "y", sector: "municipality" },
      { id: "z", label: "z", sector: "region" },
      { id: "w", label: "w", sector: "general-practice" },
    ],
    forums: ["A", "B", "C", "D"].map((id) => ({ id, label: id, kind: "project" })),
    memberships: [
      seat("A", "x"),
      seat("A", "y", { role: "chair" }),
      seat("A", "z"),
      seat("B", "x", { date: "2022-06-08", status: "present" }),
      seat("B", "x", { date: "2022-09-13", status: "apologies" }),
      seat("B", "y", { role: "secretary" }),
      seat("C", "z"),
      seat("D", "y"),
      seat("D", "w"),
    ],
  });
}

describe("projectTwoMode", () => {
  it("counts shared forums between actors, each forum once however many rows", () => {
    expect(projectTwoMode(network(), { mode: "actor" })).toEqual({
      mode: "actor",
      weighting: "count",
      nodes: ["w", "x", "y", "z"],
      edges: [
        { source: "w", target: "y", weight: 1 },
        { source: "x", target: "y", weight: 2 },
        { source: "x", target: "z", weight: 1 },
        { source: "y", target: "z", weight: 1 },
      ],
    });
  });

  it("weights actor pairs by Newman's Σ 1/(n_p − 1): x–y = 1/2 (A) + 1/1 (B)", () => {
    const { edges } = projectTwoMode(network(), { mode: "actor", weighting: "newman" });
    expect(edges).toEqual([
      { source: "w", target: "y", weight: 1 },
      { source: "x", target: "y", weight: 1.5 },
      { source: "x", target: "z", weight: 0.5 },
      { source: "y", target: "z", weight: 0.5 },
    ]);
  });

  it("projects forums by shared participants, with count and Newman weights Σ 1/(k_i − 1)", () => {
    const doc = network();
    expect(projectTwoMode(doc, { mode: "forum" }).edges).toEqual([
      { source: "A", target: "B", weight: 2 },
      { source: "A", target: "C", weight: 1 },
      { source: "A", target: "D", weight: 1 },
      { source: "B", target: "D", weight: 1 },
    ]);
    const newman = projectTwoMode(doc, { mode: "forum", weighting: "newman" });
    expect(newman.nodes).toEqual(["A", "B", "C", "D"]);
    expect(newman.edges.map((e) => e.weight)).toEqual([1.5, 1, 0.5, 0.5]);
  });

  it("keeps only the roles asked for", () => {
    const { edges } = projectTwoMode(network(), { mode: "actor", roles: ["member"] });
    expect(edges).toEqual([
      { source: "w", target: "y", weight: 1 },
      { source: "x", target: "z", weight: 1 },
    ]);
  });
});

describe("twoModeDegree and boundarySpanners", () => {
  it("gives the forums per participant and participants per forum", () => {
    expect(twoModeDegree(network())).toEqual({
      participants: { w: 1, x: 2, y: 3, z: 2 },
      forums: { A: 3, B: 2, C: 1, D: 2 },
    });
  });

  it("lists who sits in several forums and meets other sectors, most forums first", () => {
    expect(boundarySpanners(network())).toEqual([
      {
        participant: "y",
        sector: "municipality",
        forums: ["A", "B", "D"],
        sectorsMet: ["general-practice", "region"],
      },
      { participant: "x", sector: "region", forums: ["A", "B"], sectorsMet: ["municipality"] },
      { participant: "z", sector: "region", forums: ["A", "C"], sectorsMet: ["municipality"] },
    ]);
    expect(boundarySpanners(network(), { minForums: 3 }).map((s) => s.participant)).toEqual(["y"]);
  });
});
