import { z } from "zod";
import { NETWORK_FORMAT, NetworkDocumentSchema } from "./network.js";

type JsonSchema = { [key: string]: unknown };

const ATTRIBUTES: JsonSchema = {
  type: "object",
  description: "Extra attributes: any JSON values, keyed by name.",
  additionalProperties: true,
};

/** Fills in what zod refinements cannot express in JSON Schema (attribute objects, non-negative weights). */
function refine(node: unknown): void {
  if (node === null || typeof node !== "object") return;
  const schema = node as JsonSchema;
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (properties !== undefined) {
    if (properties.attributes !== undefined) properties.attributes = ATTRIBUTES;
    if (properties.weight?.type === "number") properties.weight.minimum = 0;
  }
  for (const value of Object.values(schema)) refine(value);
}

/**
 * The JSON Schema (draft 2020-12) of a `tvaers.network/v1` document as a file may be written
 * (defaults may be left out), generated from the zod schema. `pnpm schemas` writes it to
 * `data/schema/network.schema.json`; a test fails when that file is stale.
 */
export function networkJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(NetworkDocumentSchema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  refine(schema);
  return {
    $schema: schema.$schema,
    $id: "https://tvaers.dev/schema/network.schema.json",
    title: NETWORK_FORMAT,
    description: "A network of actors in cross-sector health care, with typed ties between them.",
    ...schema,
  };
}
