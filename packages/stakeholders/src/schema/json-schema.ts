/**
 * The JSON Schema (draft 2020-12) of a `tvaers.stakeholders/v1` document as a file may be written,
 * generated from the zod schema. `pnpm schemas`
 * writes it to `data/schema/stakeholders.schema.json`; a test fails when that file is stale. Editors
 * use it to complete and check stakeholder files; the ranges of values depend on the document's
 * `scales`, so they are checked by `parseStakeholders`, not by the JSON Schema.
 */
import { z } from "zod";
import { STAKEHOLDERS_FORMAT, StakeholderDocumentSchema } from "./document.js";

type JsonSchema = { [key: string]: unknown };

/** Describes `attributes` as an object of any values (zod's transform makes it unconstrained). */
function describeAttributes(node: unknown): void {
  if (node === null || typeof node !== "object") return;
  const schema = node as JsonSchema;
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (properties?.attributes !== undefined) {
    properties.attributes = {
      type: "object",
      description: "Extra attributes: any JSON values, keyed by name.",
      additionalProperties: true,
    };
  }
  for (const value of Object.values(schema)) describeAttributes(value);
}

/** The JSON Schema of a `tvaers.stakeholders/v1` document (see the file comment). */
export function stakeholdersJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(StakeholderDocumentSchema, {
    io: "input",
    unrepresentable: "any",
  }) as JsonSchema;
  describeAttributes(schema);
  return {
    $schema: schema.$schema,
    $id: "https://tvaers.dev/schema/stakeholders.schema.json",
    title: STAKEHOLDERS_FORMAT,
    description:
      "The stakeholders of a change in cross-sector health care, rated on power, interest, how much they are affected, legitimacy, urgency, attitude and proximity.",
    ...schema,
  };
}
