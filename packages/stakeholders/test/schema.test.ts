import { formatProblem, isTvaersInputError, type Problem } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { DEFAULT_SCALES, parseStakeholders, provenanceOf, resolveScales } from "../src/index.js";

const FORMAT = "tvaers.stakeholders/v1";

/** The problems `parseStakeholders` throws, formatted one per line. */
function problems(value: unknown, options: Parameters<typeof parseStakeholders>[1] = {}): string[] {
  try {
    parseStakeholders(value, options);
  } catch (error) {
    if (!isTvaersInputError(error)) throw error;
    return error.problems.map((p: Problem) => formatProblem(p));
  }
  throw new Error("expected problems");
}

describe("parseStakeholders", () => {
  it("reads the minimal document of the command-line contract", () => {
    const doc = parseStakeholders({
      format: FORMAT,
      stakeholders: [
        {
          id: "kl",
          label: "KL",
          power: 4,
          interest: 2,
          affected: 2,
          legitimacy: 4,
          urgency: 2,
          attitude: -1,
          proximity: 1,
        },
      ],
    });
    expect(doc.stakeholders[0]).toMatchObject({ id: "kl", power: 4, attitude: -1 });
  });

  it("reads labels in two languages, groups, actor links, provenance, attributes and unassessed values", () => {
    const doc = parseStakeholders({
      format: FORMAT,
      name: "Reference group",
      provenance: "illustrative",
      sources: ["minutes of 24 January"],
      stakeholders: [
        {
          id: "gp",
          label: { en: "GP", da: "Praktiserende læge" },
          group: "general-practice",
          actors: ["gp-morso", "gp-vejen"],
          power: 3.5,
          urgency: null,
          provenance: { power: "workshop" },
          attributes: { contact: "PLO" },
        },
      ],
    });
    expect(doc.provenance).toBe("illustrative");
    expect(doc.stakeholders[0]).toMatchObject({ actors: ["gp-morso", "gp-vejen"], urgency: null });
  });

  it("reads one provenance for all of a stakeholder's values, and kinds as people type them", () => {
    const doc = parseStakeholders({
      format: FORMAT,
      provenance: "Survey",
      stakeholders: [
        { id: "a", power: 4, urgency: 2, provenance: "Expert judgement" },
        { id: "b", power: 4, urgency: 2, provenance: { power: "expert_judgement" } },
      ],
    });
    const [a, b] = doc.stakeholders;
    expect(doc.provenance).toBe("survey");
    expect(provenanceOf(a!, "power", doc.provenance)).toBe("expert-judgement");
    expect(provenanceOf(b!, "power", doc.provenance)).toBe("expert-judgement");
    expect(provenanceOf(b!, "urgency", doc.provenance)).toBe("survey");
    expect(provenanceOf(b!, "interest", doc.provenance)).toBeUndefined();
    expect(problems({ format: FORMAT, stakeholders: [{ id: "a", provenance: "guess" }] })).toEqual([
      "at stakeholders[0].provenance: provenance must be one of survey, workshop, expert-judgement, derived, illustrative",
    ]);
  });

  it("lists every problem at once, in document order, with path, field and a plain message", () => {
    expect(
      problems(
        {
          format: FORMAT,
          scales: { power: { min: 0, max: 10 } },
          stakeholders: [
            { id: "a", power: 11, interest: "høj", provenance: { urgency: "workshop" } },
            { id: "a", legitimacy: 7, colour: "red" },
            { label: "no id", attitude: 3, provenance: { attitude: "guess" } },
            { id: "b", power: -0.5, affected: 0 },
          ],
        },
        { file: "stakeholders.json" },
      ),
    ).toEqual([
      'stakeholders.json at stakeholders[0].interest: interest must be a number, not the text "høj"',
      "stakeholders.json at stakeholders[0].power: power 11 is outside the scale 0–10",
      "stakeholders.json at stakeholders[0].provenance.urgency: the provenance of urgency is given, but urgency has no value",
      'stakeholders.json at stakeholders[1]: unknown field "colour" (check the spelling)',
      'stakeholders.json at stakeholders[1].id: id "a" is used twice (also by stakeholders[0])',
      "stakeholders.json at stakeholders[1].legitimacy: legitimacy 7 is outside the scale 1–5",
      "stakeholders.json at stakeholders[2].id: id is missing",
      "stakeholders.json at stakeholders[2].provenance.attitude: attitude must be one of survey, workshop, expert-judgement, derived, illustrative",
      "stakeholders.json at stakeholders[2].attitude: attitude 3 is outside the scale -2 to 2",
      "stakeholders.json at stakeholders[3].power: power -0.5 is outside the scale 0–10",
      "stakeholders.json at stakeholders[3].affected: affected 0 is outside the scale 1–5",
    ]);
  });

  it("accepts values exactly on the ends of a scale", () => {
    const doc = parseStakeholders({
      format: FORMAT,
      stakeholders: [{ id: "a", power: 1, interest: 5, attitude: -2, proximity: 5 }],
    });
    expect(doc.stakeholders).toHaveLength(1);
  });

  it("reports a wrong format tag, a missing list and a scale that runs backwards", () => {
    expect(problems({ format: "tvaers.network/v1", stakeholders: [] })).toEqual([
      'at format: format must be "tvaers.stakeholders/v1"',
    ]);
    expect(problems({ format: FORMAT })).toEqual(["at stakeholders: stakeholders is missing"]);
    expect(problems({ format: FORMAT, scales: { power: { min: 5, max: 1 } }, stakeholders: [] })).toEqual([
      "at scales.power: power min must be below max",
    ]);
    expect(problems({ format: FORMAT, scales: { influence: { min: 1, max: 5 } }, stakeholders: [] })).toEqual(
      ['at scales: unknown field "influence" (check the spelling)'],
    );
  });

  it("checks actor links against a network when one is given", () => {
    const value = { format: FORMAT, stakeholders: [{ id: "gp", actors: ["gp-morso", "gp-nowhere"] }] };
    expect(() => parseStakeholders(value)).not.toThrow();
    const network = { name: "MS collaboration", actors: [{ id: "gp-morso" }] };
    expect(problems(value, { file: "s.json", network })).toEqual([
      's.json at stakeholders[0].actors[1]: actor "gp-nowhere" is not an actor in the network "MS collaboration"',
    ]);
  });

  it("treats reserved names as ordinary ids only where JavaScript allows", () => {
    expect(problems({ format: FORMAT, stakeholders: [{ id: "__proto__" }] })[0]).toMatch(
      /reserved by JavaScript/,
    );
  });
});

describe("scales", () => {
  it("default to 1–5, attitude −2…+2, and take declared ones over the default", () => {
    expect(DEFAULT_SCALES.power).toEqual({ min: 1, max: 5 });
    expect(DEFAULT_SCALES.attitude).toEqual({ min: -2, max: 2 });
    expect(resolveScales({ urgency: { min: 0, max: 3 } })).toEqual({
      ...DEFAULT_SCALES,
      urgency: { min: 0, max: 3 },
    });
  });
});
