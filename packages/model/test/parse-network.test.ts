import { describe, expect, it } from "vitest";
import { parseNetwork, TvaersInputError } from "../src/index.js";

const base = {
  format: "tvaers.network/v1",
  name: "test",
  sectors: [
    { id: "region", label: "Region" },
    { id: "municipality", label: { en: "Municipality", da: "Kommune" } },
  ],
  actors: [
    { id: "ward", label: "Ward", sector: "region" },
    { id: "jobcentre", label: "Job centre", sector: "municipality" },
  ],
  ties: [{ source: "ward", target: "jobcentre", kind: "handoff", weight: 3 }],
};

function problemsOf(value: unknown) {
  try {
    parseNetwork(value);
  } catch (e) {
    expect(e).toBeInstanceOf(TvaersInputError);
    return (e as TvaersInputError).problems;
  }
  throw new Error("expected the document to be rejected");
}

describe("parseNetwork", () => {
  it("fills defaults: weight 1, direction by kind, quality scale 1–5", () => {
    const doc = parseNetwork({
      ...base,
      ties: [{ source: "ward", target: "jobcentre", kind: "communication" }],
    });
    expect(doc.ties[0]).toEqual({
      source: "ward",
      target: "jobcentre",
      kind: "communication",
      weight: 1,
      directed: false,
    });
    expect(doc.qualityScale).toEqual({ min: 1, max: 5 });
    expect(doc.clusters).toEqual([]);
  });

  it("reports schema and reference problems together, each with path and field", () => {
    const problems = problemsOf({
      ...base,
      actors: [...base.actors, { id: "ward", label: "Again", sector: "nowhere" }],
      ties: [{ source: "ward", target: "jobcenter-skive", kind: "handoff", weight: -2 }],
    });
    expect(problems.map((p) => [p.path, p.field, p.message])).toEqual([
      ["actors[2].id", "id", 'actor id "ward" is used twice'],
      ["actors[2].sector", "sector", 'sector "nowhere" is not a sector in this network'],
      ["ties[0].weight", "weight", "weight must not be negative"],
      ["ties[0].target", "target", 'target "jobcenter-skive" is not an actor in this network'],
    ]);
  });

  it("rejects quality outside the declared scale and ties to oneself", () => {
    const problems = problemsOf({
      ...base,
      qualityScale: { min: 0, max: 1 },
      ties: [
        { source: "ward", target: "jobcentre", kind: "communication", quality: 3 },
        { source: "ward", target: "ward", kind: "collaboration" },
      ],
    });
    expect(problems.map((p) => p.message)).toEqual([
      "quality 3 is outside the quality scale 0–1",
      'tie goes from actor "ward" to itself',
    ]);
  });

  it("keeps __proto__ and constructor as plain attribute keys", () => {
    const attributes = JSON.parse('{"__proto__": {"polluted": true}, "constructor": "x"}');
    const doc = parseNetwork({ ...base, actors: [{ ...base.actors[0], attributes }, base.actors[1]] });
    expect(Object.keys(doc.actors[0]!.attributes!)).toEqual(["__proto__", "constructor"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(doc.actors[0]!.attributes)).toBe(Object.prototype);
  });
});
