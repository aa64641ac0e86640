import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { networkJsonSchema } from "../src/index.js";

describe("JSON Schema files", () => {
  it("data/schema/network.schema.json is up to date (run `pnpm schemas` if this fails)", () => {
    const committed = readFileSync(
      new URL("../../../data/schema/network.schema.json", import.meta.url),
      "utf8",
    );
    expect(JSON.parse(committed)).toEqual(networkJsonSchema());
  });

  it("describes ties with their kinds and a non-negative weight", () => {
    const schema = networkJsonSchema() as {
      properties: { ties: { items: { properties: Record<string, unknown> } } };
    };
    const tie = schema.properties.ties.items.properties;
    expect(tie.kind).toMatchObject({ enum: ["communication", "handoff", "collaboration", "governance"] });
    expect(tie.weight).toMatchObject({ type: "number", minimum: 0 });
  });
});
