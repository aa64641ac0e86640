import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PROVENANCE_KINDS, stakeholdersJsonSchema } from "../src/index.js";

describe("data/schema/stakeholders.schema.json", () => {
  it("is up to date (run `pnpm schemas` if this fails)", () => {
    const committed = readFileSync(
      new URL("../../../data/schema/stakeholders.schema.json", import.meta.url),
      "utf8",
    );
    expect(JSON.parse(committed)).toEqual(stakeholdersJsonSchema());
  });

  it("describes a stakeholder's ratings, provenance and free attributes", () => {
    const schema = stakeholdersJsonSchema() as {
      properties: {
        stakeholders: { items: { properties: Record<string, Record<string, unknown>>; required: string[] } };
      };
    };
    const { properties, required } = schema.properties.stakeholders.items;
    expect(required).toEqual(["id"]);
    expect(properties.power).toEqual({ type: ["number", "null"] });
    expect(properties.provenance).toMatchObject({
      anyOf: [{ enum: [...PROVENANCE_KINDS] }, { properties: { power: { enum: [...PROVENANCE_KINDS] } } }],
    });
    expect(properties.attributes).toMatchObject({ type: "object", additionalProperties: true });
  });
});
