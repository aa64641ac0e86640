import { readFileSync } from "node:fs";
import { isTvaersInputError } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { modelJsonSchema, parseModel } from "../src/index.js";

const problemsOf = (value: unknown) => {
  try {
    parseModel(value, { file: "bad.json" });
  } catch (error) {
    if (isTvaersInputError(error)) return error.problems;
    throw error;
  }
  throw new Error("expected parseModel to fail");
};

const base = { format: "tvaers.model/v1", id: "m", label: "A model" };

describe("parseModel", () => {
  it("fills the defaults of a rule", () => {
    const model = parseModel({
      ...base,
      rules: [
        { type: "form-team", memberKinds: ["psychiatry"], sector: "municipality" },
        { type: "add-channel", fromKinds: ["gp"], toKinds: ["jobcentre"], channel: "NFS", quality: 3 },
      ],
    });
    expect(model.rules[0]).toEqual({
      type: "form-team",
      memberKinds: ["psychiatry"],
      sector: "municipality",
      per: "organisation",
      collaboration: true,
      meeting: { channel: "weekly-meeting", quality: 4, perYear: 52 },
      minMembers: 2,
    });
    expect(model.rules[1]).toMatchObject({ pairs: "handoffs" });
  });

  it("reports every problem at once, in plain words, with path and field", () => {
    const problems = problemsOf({
      format: "tvaers.model/v2",
      id: "",
      label: "x",
      extra: 1,
      rules: [
        { type: "add-person", kind: "x" },
        { type: "upgrade-channel", fromKinds: [], toKinds: ["gp"], quality: 9 },
        { type: "upgrade-channel", fromKinds: ["gp"], toKinds: ["gp"], quality: 4, qualityDelta: 1 },
        {
          type: "add-actor",
          kind: "consultant",
          sector: "municipality",
          label: "C",
          linkTo: { kinds: ["gp"] },
        },
        { type: "remove-actor" },
        { kind: "x" },
      ],
    });
    expect(problems.map((p) => [p.path, p.field, p.message])).toEqual([
      ["format", "format", 'format must be "tvaers.model/v1"'],
      ["id", "id", "id must not be empty"],
      [
        "rules[0].type",
        "type",
        "type must be one of add-actor, add-channel, upgrade-channel, form-team, scale-waits, remove-actor",
      ],
      ["rules[1].fromKinds", "fromKinds", "fromKinds must name at least one actor kind"],
      ["rules[1].quality", "quality", "quality must be at most 5 (the model quality scale is 1–5)"],
      ["rules[2].quality", "quality", "quality or qualityDelta must be given (one of them, not both)"],
      ["rules[3].channel", "channel", "channel is needed when the actor gets communication ties"],
      ["rules[4].ids", "ids", "ids or kinds must name the actors to remove"],
      [
        "rules[5].type",
        "type",
        "type is missing (one of add-actor, add-channel, upgrade-channel, form-team, scale-waits, remove-actor)",
      ],
      ["", undefined, 'unknown field "extra" (check the spelling)'],
    ]);
    expect(problems.every((p) => p.file === "bad.json")).toBe(true);
  });
});

describe("model JSON Schema", () => {
  it("data/schema/model.schema.json is up to date (run `pnpm schemas`)", () => {
    const committed = readFileSync(
      new URL("../../../data/schema/model.schema.json", import.meta.url),
      "utf8",
    );
    expect(JSON.parse(committed)).toEqual(modelJsonSchema());
  });

  it("names the rule types", () => {
    const text = JSON.stringify(modelJsonSchema());
    for (const type of [
      "add-actor",
      "add-channel",
      "upgrade-channel",
      "form-team",
      "scale-waits",
      "remove-actor",
    ]) {
      expect(text).toContain(`"const":"${type}"`);
    }
  });
});
