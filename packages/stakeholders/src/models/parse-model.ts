/**
 * Reading a collaboration model document: the zod schema, with every problem reported together in
 * plain words with its JSON path and field (a `TvaersInputError`), as `parseNetwork` does for networks.
 * An unknown rule `type` is named with the types there are.
 */
import { type Problem, problemsFromZod, TvaersInputError } from "@tvaers/model";
import { type ModelDocument, ModelDocumentSchema } from "./document.js";
import { RULE_TYPES } from "./rules/schema.js";

/** Options of {@link parseModel}. */
export interface ParseModelOptions {
  /** The file name shown in problems. */
  file?: string;
}

/**
 * Validates a parsed JSON value as a `tvaers.model/v1` document and fills its defaults. Throws a
 * `TvaersInputError` that lists every problem found.
 *
 * @example
 * const model = parseModel(JSON.parse(text), { file: "fact-team.json" });
 */
export function parseModel(value: unknown, options: ParseModelOptions = {}): ModelDocument {
  const result = ModelDocumentSchema.safeParse(value);
  if (result.success) return result.data;
  const problems = problemsFromZod(result.error, value, options).map((problem, i): Problem => {
    const issue = result.error.issues[i];
    if (issue?.code !== "invalid_union" || issue.path[issue.path.length - 1] !== "type") return problem;
    const known = `one of ${RULE_TYPES.join(", ")}`;
    return {
      ...problem,
      message: problem.message.endsWith("missing") ? `type is missing (${known})` : `type must be ${known}`,
    };
  });
  throw new TvaersInputError(problems);
}
