/**
 * The JSON Schema (draft 2020-12) of a `tvaers.model/v1` document as a file may be written (defaults
 * may be left out), generated from the zod schema so it cannot drift from what `parseModel` accepts.
 * `pnpm schemas` writes it to `data/schema/model.schema.json`; a test fails
 * when that file is stale. Checks that JSON Schema cannot express (quality or qualityDelta, not both;
 * a channel for communication ties; ids or kinds to remove) are made by `parseModel` only.
 */
import { z } from "zod";
import { MODEL_FORMAT, ModelDocumentSchema } from "./document.js";

/** The JSON Schema of a collaboration model document. */
export function modelJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ModelDocumentSchema, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return {
    $schema: schema.$schema,
    $id: "https://tvaers.dev/schema/model.schema.json",
    title: MODEL_FORMAT,
    description:
      "A collaboration model: a change to cross-sector collaboration written as rules on actor kinds, so it applies to any cluster's network.",
    ...schema,
  };
}
