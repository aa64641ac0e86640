import { readdirSync, readFileSync } from "node:fs";
import { parseNetwork } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { parseCriteria, parseModel, parseStakeholders, scoreModels } from "../src/index.js";

const data = new URL("../../../data/", import.meta.url);
const json = (path: string) => JSON.parse(readFileSync(new URL(path, data), "utf8"));
const criteria = parseCriteria(json("criteria/ms-reference-group.json"), { file: "ms-reference-group.json" });
const stakeholders = parseStakeholders(json("stakeholders/ms-reference-group.json"));
const models = readdirSync(new URL("models/", data))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => parseModel(json(`models/${f}`), { file: f }));

describe("the criteria document in data/criteria", () => {
  it("weighs criteria for every stakeholder of the MS reference group, and says its values are illustrative", () => {
    expect(criteria.provenance).toBe("illustrative");
    expect(criteria.stakeholders.map((g) => g.stakeholder)).toEqual(
      stakeholders.stakeholders.map((s) => s.id),
    );
    for (const g of criteria.stakeholders)
      expect(Object.values(g.criteria).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
  });

  it("enters cost and feasibility for every model in data/models, and derives the rest", () => {
    for (const model of models) {
      for (const criterion of ["cost-per-capita", "feasibility"]) {
        expect(
          criteria.impacts.some(
            (i) => i.model === model.id && i.criterion === criterion && i.stakeholder === undefined,
          ),
        ).toBe(true);
      }
    }
    expect(criteria.impacts.every((i) => models.some((m) => m.id === i.model))).toBe(true);
    expect(criteria.criteria.filter((c) => c.derive !== undefined).map((c) => c.id)).toEqual([
      "patient-experience",
      "population-health",
      "workload",
    ]);
  });

  it("scores the nine models on the MS network without missing impacts or warnings", () => {
    const network = parseNetwork(json("networks/ms-collaboration.json"));
    const result = scoreModels(network, models, stakeholders, criteria);
    expect(result.models).toHaveLength(9);
    expect(result.warnings).toEqual([]);
    expect(result.impacts.some((i) => i.source === "missing")).toBe(false);
    expect(result.impacts.some((i) => i.source === "both")).toBe(true);
  });
});
