import { isTvaersInputError, parseNetwork } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import {
  type CriteriaDocumentInput,
  competitionRanks,
  defaultCriteria,
  parseCriteria,
  parseModel,
  scoreModels,
  scoreProblem,
} from "../src/index.js";

const network = parseNetwork({
  format: "tvaers.network/v1",
  name: "Tiny",
  sectors: [{ id: "region", label: "Region" }],
  actors: [{ id: "a", label: "A", sector: "region" }],
});
const model = (id: string) =>
  parseModel({
    format: "tvaers.model/v1",
    id,
    label: id.toUpperCase(),
    rules: [{ type: "remove-actor", ids: ["none"] }],
  });

// Two stakeholders: s1 has power, legitimacy and urgency (definitive: 3), s2 only legitimacy
// (discretionary: 1), so from salience Ŵ = (0.75, 0.25).
const stakeholders = [
  { id: "s1", label: { en: "One", da: "En" }, power: 5, legitimacy: 5, urgency: 5 },
  { id: "s2", power: 1, legitimacy: 5, urgency: 1 },
];

// s1 weighs x 1 and y 3 (ŵ = 0.25, 0.75); s2 weighs both 1 (ŵ = 0.5, 0.5).
// Impacts: A: s1 x +2, s1 y 0, s2 x −2, s2 y +1. B: x +1 for everyone, y −1 for everyone but s2, who
// entered +2 for herself.
const CRITERIA: CriteriaDocumentInput = {
  format: "tvaers.criteria/v1",
  criteria: [
    { id: "x", label: "X" },
    { id: "y", label: "Y" },
  ],
  stakeholders: [
    { stakeholder: "s1", criteria: { x: 1, y: 3 } },
    { stakeholder: "s2", criteria: { x: 1, y: 1 } },
  ],
  impacts: [
    { model: "a", stakeholder: "s1", criterion: "x", value: 2 },
    { model: "a", stakeholder: "s1", criterion: "y", value: 0, uncertainty: 0.25 },
    { model: "a", stakeholder: "s2", criterion: "x", value: -2 },
    { model: "a", stakeholder: "s2", criterion: "y", value: 1 },
    { model: "b", criterion: "x", value: 1 },
    { model: "b", criterion: "y", value: -1 },
    { model: "b", stakeholder: "s2", criterion: "y", value: 2 },
  ],
};

describe("scoreModels (MAMCA), worked by hand", () => {
  const result = scoreModels(network, [model("b"), model("a")], stakeholders, parseCriteria(CRITERIA));

  it("scores each model as Σ_g Ŵ_g Σ_c ŵ_gc (I + 2) / 4 and ranks them", () => {
    // A: 0.75·(0.25·1 + 0.75·0.5) + 0.25·(0.5·0 + 0.5·0.75) = 0.46875 + 0.09375 = 0.5625
    // B: 0.75·(0.25·0.75 + 0.75·0.25) + 0.25·(0.5·0.75 + 0.5·1) = 0.28125 + 0.21875 = 0.5
    expect(result.models.map((m) => [m.model, m.score, m.rank])).toEqual([
      ["a", 0.5625, 1],
      ["b", 0.5, 2],
    ]);
    expect(result.neutral).toBe(0.5);
    expect(result.warnings).toEqual([]);
  });

  it("returns every contribution, adding up to the score, and its move from neutral", () => {
    const [a] = result.models;
    expect(a?.contributions).toEqual([
      {
        stakeholder: "s1",
        criterion: "x",
        weight: 0.1875,
        impact: 2,
        normalised: 1,
        contribution: 0.1875,
        delta: 0.09375,
      },
      {
        stakeholder: "s1",
        criterion: "y",
        weight: 0.5625,
        impact: 0,
        normalised: 0.5,
        contribution: 0.28125,
        delta: 0,
      },
      {
        stakeholder: "s2",
        criterion: "x",
        weight: 0.125,
        impact: -2,
        normalised: 0,
        contribution: 0,
        delta: -0.0625,
      },
      {
        stakeholder: "s2",
        criterion: "y",
        weight: 0.125,
        impact: 1,
        normalised: 0.75,
        contribution: 0.09375,
        delta: 0.03125,
      },
    ]);
    const sum = a!.contributions.reduce((s, c) => s + c.contribution, 0);
    const moved = a!.contributions.reduce((s, c) => s + c.delta, result.neutral);
    expect(sum).toBe(a?.score);
    expect(moved).toBe(a?.score);
  });

  it("says where each weight and impact came from", () => {
    expect(result.stakeholders).toEqual([
      {
        stakeholder: "s1",
        label: { en: "One", da: "En" },
        weight: 0.75,
        source: "salience",
        salience: "definitive",
        criteria: [
          { criterion: "x", weight: 0.25 },
          { criterion: "y", weight: 0.75 },
        ],
      },
      {
        stakeholder: "s2",
        weight: 0.25,
        source: "salience",
        salience: "discretionary",
        criteria: [
          { criterion: "x", weight: 0.5 },
          { criterion: "y", weight: 0.5 },
        ],
      },
    ]);
    const b = result.impacts.filter((i) => i.model === "b");
    expect(b.map((i) => [i.stakeholder, i.criterion, i.value, i.uncertainty, i.source])).toEqual([
      ["s1", "x", 1, 1, "entered"],
      ["s1", "y", -1, 1, "entered"],
      ["s2", "x", 1, 1, "entered"],
      ["s2", "y", 2, 1, "entered"],
    ]);
    expect(result.problem.uncertainty[1]).toEqual([
      [1, 0.25],
      [1, 1],
    ]);
  });

  it("takes stakeholder weights from the options, then the criteria document, then the method", () => {
    const doc = parseCriteria({
      ...CRITERIA,
      stakeholders: [{ ...CRITERIA.stakeholders[0]!, weight: 1 }, CRITERIA.stakeholders[1]!],
    });
    const fromDoc = scoreModels(network, [model("a")], stakeholders, doc);
    expect(fromDoc.stakeholders.map((s) => [s.weight, s.source])).toEqual([
      [0.5, "criteria-document"],
      [0.5, "salience"],
    ]);
    const given = scoreModels(network, [model("a")], stakeholders, doc, { stakeholderWeights: { s1: 3 } });
    expect(given.stakeholders.map((s) => [s.weight, s.source])).toEqual([
      [0.75, "options"],
      [0.25, "salience"],
    ]);
    const equal = scoreModels(network, [model("a"), model("b")], stakeholders, parseCriteria(CRITERIA), {
      stakeholderWeights: "equal",
    });
    // A: 0.5·0.625 + 0.5·0.375 = 0.5; B: 0.5·0.375 + 0.5·0.875 = 0.625
    expect(equal.models.map((m) => [m.model, m.score])).toEqual([
      ["b", 0.625],
      ["a", 0.5],
    ]);
  });

  it("keeps the raw impacts with normalisation: raw", () => {
    const raw = scoreModels(network, [model("a")], stakeholders, parseCriteria(CRITERIA), {
      normalisation: "raw",
    });
    // 0.75·(0.25·2 + 0) + 0.25·(0.5·−2 + 0.5·1) = 0.375 − 0.125
    expect(raw.models[0]?.score).toBe(0.25);
    expect(raw.neutral).toBe(0);
  });

  it("counts an impact nobody entered or derived as 0, with a warning, and leaves out stakeholders without criteria", () => {
    const partial = scoreModels(
      network,
      [model("c")],
      [...stakeholders, { id: "s3" }],
      parseCriteria({ ...CRITERIA, impacts: [{ model: "c", criterion: "x", value: 2 }] }),
    );
    expect(
      partial.impacts.filter((i) => i.source === "missing").map((i) => [i.stakeholder, i.criterion]),
    ).toEqual([
      ["s1", "y"],
      ["s2", "y"],
    ]);
    expect(partial.warnings).toEqual([
      'stakeholder "s3" has no criteria and is left out',
      "2 impacts are neither entered nor derived and count as 0",
    ]);
  });

  it("rejects stakeholders the stakeholder document does not have", () => {
    try {
      scoreModels(network, [model("a")], [stakeholders[0]!], parseCriteria(CRITERIA));
      expect.unreachable();
    } catch (error) {
      expect(isTvaersInputError(error) && error.problems).toEqual([
        {
          path: "stakeholders[1].stakeholder",
          field: "stakeholder",
          message: '"s2" is not in the stakeholder document',
        },
      ]);
    }
  });
});

describe("derived impacts", () => {
  it("derives patient experience and population health from the network with the default criteria", () => {
    const hand = parseNetwork({
      format: "tvaers.network/v1",
      name: "Two sectors",
      sectors: [
        { id: "region", label: "Region" },
        { id: "municipality", label: "Municipality" },
      ],
      actors: [
        { id: "ward", label: "Ward", sector: "region", kind: "hospital-ward" },
        { id: "sb", label: "Sickness benefit", sector: "municipality", kind: "sickness-benefit-unit" },
      ],
      ties: [{ source: "ward", target: "sb", kind: "handoff", weight: 10, attributes: { waitDays: 10 } }],
    });
    const nfs = parseModel({
      format: "tvaers.model/v1",
      id: "nfs",
      label: "NFS",
      rules: [
        {
          type: "add-channel",
          fromKinds: ["hospital-ward"],
          toKinds: ["sickness-benefit-unit"],
          channel: "NFS",
          quality: 4,
        },
        {
          type: "scale-waits",
          fromKinds: ["hospital-ward"],
          toKinds: ["sickness-benefit-unit"],
          factor: 0.95,
        },
      ],
    });
    const result = scoreModels(hand, [nfs], stakeholders, defaultCriteria(stakeholders));
    // Severity 10 → 10·(1 − 0.75) = 2.5: a 75 % reduction, step 0.1 → +7.5, capped at +2.
    // The mean wait falls 5 %: step 0.1 → +0.5.
    expect(result.impacts.filter((i) => i.stakeholder === "s1")).toEqual([
      {
        model: "nfs",
        stakeholder: "s1",
        criterion: "patient-experience",
        value: 2,
        uncertainty: 0.5,
        source: "derived",
        derived: { measure: "gap-severity-reduction", raw: 0.75, value: 2 },
      },
      {
        model: "nfs",
        stakeholder: "s1",
        criterion: "population-health",
        value: expect.closeTo(0.5, 12),
        uncertainty: 0.5,
        source: "derived",
        derived: { measure: "wait-reduction", raw: expect.closeTo(0.05, 12), value: expect.closeTo(0.5, 12) },
      },
    ]);
    // (1 + 0.625) / 2 for every stakeholder.
    expect(result.models[0]?.score).toBeCloseTo(0.8125, 12);
  });
});

describe("ranks and the scoring core", () => {
  it("gives tied models the same rank and skips the next (1, 2, 2, 4)", () => {
    expect(competitionRanks([0.9, 0.5, 0.5, 0.1])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([0.3, 0.1 + 0.2])).toEqual([1, 1]);
  });

  it("rejects malformed problems", () => {
    const group = { id: "g", weight: 1, criteria: [{ id: "c", weight: 1 }] };
    expect(() =>
      scoreProblem({ models: ["m"], groups: [group], impacts: [[[3]]], uncertainty: [[[0]]] }),
    ).toThrow(/impacts must be between -2 and 2/);
    expect(() =>
      scoreProblem({
        models: ["m"],
        groups: [{ ...group, weight: 0 }],
        impacts: [[[0]]],
        uncertainty: [[[0]]],
      }),
    ).toThrow(/every stakeholder weight is 0/);
  });
});

describe("parseCriteria", () => {
  it("reports schema problems first, then broken references, all at once, with path and field", () => {
    try {
      parseCriteria({
        ...CRITERIA,
        criteria: [...CRITERIA.criteria, { id: "x", label: "again" }],
        stakeholders: [...CRITERIA.stakeholders, { stakeholder: "s3", criteria: { z: 1, x: 0 } }],
        impacts: [
          { model: "a", criterion: "q", value: 1 },
          { model: "a", stakeholder: "s9", criterion: "x", value: 1 },
          { model: "a", criterion: "x", value: 3 },
        ],
      });
      expect.unreachable();
    } catch (error) {
      expect(isTvaersInputError(error) && error.problems.map((p) => [p.path, p.message])).toEqual([
        ["impacts[2].value", "value must be at most 2 (the impact scale is -2 to +2)"],
      ]);
    }
    try {
      parseCriteria({
        ...CRITERIA,
        criteria: [...CRITERIA.criteria, { id: "x", label: "again" }],
        stakeholders: [
          ...CRITERIA.stakeholders,
          { stakeholder: "s3", criteria: { z: 1, x: 0 } },
          { stakeholder: "s4", criteria: { x: 0 } },
        ],
        impacts: [
          { model: "a", criterion: "q", value: 1 },
          { model: "a", stakeholder: "s9", criterion: "x", value: 1 },
          { model: "b", criterion: "x", value: 1 },
          { model: "b", criterion: "x", value: 2 },
        ],
      });
      expect.unreachable();
    } catch (error) {
      expect(isTvaersInputError(error) && error.problems.map((p) => [p.path, p.message])).toEqual([
        ["criteria[2].id", 'criterion id "x" is used twice'],
        ["stakeholders[2].criteria.z", '"z" is not a criterion of this document'],
        ["stakeholders[3].criteria", "must give at least one criterion a weight above 0"],
        ["impacts[0].criterion", '"q" is not a criterion of this document'],
        ["impacts[1].stakeholder", '"s9" has no criteria in this document'],
        ["impacts[3]", "this impact is entered twice"],
      ]);
    }
  });
});
