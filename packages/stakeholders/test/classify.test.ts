import { describe, expect, it } from "vitest";
import { classify, parseStakeholders } from "../src/index.js";

const doc = parseStakeholders({
  format: "tvaers.stakeholders/v1",
  stakeholders: [
    {
      id: "kl",
      label: "KL",
      power: 4,
      interest: 2,
      affected: 2,
      legitimacy: 4,
      urgency: 2,
      attitude: 1,
      proximity: 1,
    },
    {
      id: "patients",
      power: 2,
      interest: 5,
      affected: 5,
      legitimacy: 5,
      urgency: 4,
      attitude: 2,
      proximity: 3,
    },
    { id: "gp", power: 3, interest: 4 },
  ],
});

describe("classify", () => {
  it("classifies every stakeholder four ways", () => {
    const { stakeholders, warnings, convention } = classify(doc);
    expect(convention).toBe("a");
    expect(stakeholders[0]).toEqual({
      id: "kl",
      label: "KL",
      mendelow: "keep-satisfied",
      interessent: "graa-eminencer",
      salience: "dominant",
      bourne: (4 * 0.75 + 2 * 0 + 5 * 0.25) / 11,
    });
    expect(stakeholders[1]).toMatchObject({
      id: "patients",
      mendelow: "keep-informed",
      interessent: "gidsler",
      salience: "dependent",
    });
    expect(warnings.filter((w) => w.stakeholder !== "gp")).toEqual([]);
  });

  it("switches the interessentanalyse to convention b", () => {
    const { stakeholders, convention } = classify(doc, { convention: "b" });
    expect(convention).toBe("b");
    expect(stakeholders[0]?.interessent).toBe("ressourcepersoner");
  });

  it("leaves out what a missing rating prevents, with a warning per classification, and still makes the rest", () => {
    const { stakeholders, warnings } = classify(doc);
    expect(stakeholders[2]).toEqual({
      id: "gp",
      mendelow: "keep-informed",
      interessent: null,
      salience: null,
      bourne: null,
    });
    expect(warnings).toEqual([
      {
        stakeholder: "gp",
        classification: "interessent",
        missing: ["affected"],
        message: 'stakeholder "gp" has no interessentanalyse field: affected is missing',
      },
      {
        stakeholder: "gp",
        classification: "salience",
        missing: ["legitimacy", "urgency"],
        message: 'stakeholder "gp" has no salience class: legitimacy and urgency are missing',
      },
      {
        stakeholder: "gp",
        classification: "bourne",
        missing: ["proximity", "urgency"],
        message: 'stakeholder "gp" has no Stakeholder Circle index: proximity and urgency are missing',
      },
    ]);
  });

  it("uses the document's scales, unless the options give others", () => {
    const tenPoint = parseStakeholders({
      format: "tvaers.stakeholders/v1",
      scales: { power: { min: 0, max: 10 }, interest: { min: 0, max: 10 } },
      stakeholders: [{ id: "a", power: 4, interest: 6 }],
    });
    expect(classify(tenPoint).stakeholders[0]?.mendelow).toBe("keep-informed");
    expect(classify(tenPoint).scales.power).toEqual({ min: 0, max: 10 });
    expect(classify(tenPoint.stakeholders).stakeholders[0]?.mendelow).toBe("manage-closely");
    expect(classify(tenPoint, { scales: {} }).stakeholders[0]?.mendelow).toBe("manage-closely");
  });

  it("applies thresholds to every grid, and salience thresholds to salience only", () => {
    const [kl] = classify(doc, { thresholds: { power: 4 } }).stakeholders;
    expect(kl).toMatchObject({
      mendelow: "monitor",
      interessent: "eksterne-interessenter",
      salience: "discretionary",
    });
    const [klSalience] = classify(doc, { salienceThresholds: { legitimacy: 4 } }).stakeholders;
    expect(klSalience).toMatchObject({ mendelow: "keep-satisfied", salience: "dormant" });
  });

  it("takes Bourne weights", () => {
    const { stakeholders } = classify(doc, { bourneWeights: { power: 1, proximity: 0, urgency: 0 } });
    expect(stakeholders[0]?.bourne).toBe(0.75);
  });

  it("classifies an empty list to nothing", () => {
    expect(classify([])).toMatchObject({ stakeholders: [], warnings: [] });
  });
});
