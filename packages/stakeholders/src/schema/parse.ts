/**
 * Reading a stakeholder document: the schema first, then the checks of `checks.ts`, every problem
 * reported together in one `TvaersInputError`, each with its file, line (CSV) or JSON path, field
 * and a plain message such as `stakeholders.json at stakeholders[3].power: power 7 is outside the
 * scale 1–5`.
 */
import { type Problem, problemsFromZod, TvaersInputError } from "@tvaers/model";
import { type CheckOptions, checkStakeholders } from "./checks.js";
import { type StakeholderDocument, StakeholderDocumentSchema } from "./document.js";

/** Options of {@link parseStakeholders}: the network links refer to, and how to name the input. */
export type ParseStakeholdersOptions = CheckOptions;

/** The line, the stakeholder's index, then the order found: problems read top to bottom. */
function sortProblems(problems: readonly Problem[]): Problem[] {
  const index = (p: Problem) => {
    const m = /^stakeholders\[(\d+)\]/.exec(p.path ?? "");
    return m === null ? -1 : Number(m[1]);
  };
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || index(a.p) - index(b.p) || a.i - b.i)
    .map((x) => x.p);
}

/**
 * Validates a parsed JSON value as a `tvaers.stakeholders/v1` document: its schema, unique ids,
 * values on their scales, provenance only for given values and, with `network`, actor links. Throws
 * a {@link TvaersInputError} listing every problem.
 *
 * @example
 * const doc = parseStakeholders(JSON.parse(text), { file: "stakeholders.json", network });
 */
export function parseStakeholders(
  value: unknown,
  options: ParseStakeholdersOptions = {},
): StakeholderDocument {
  const result = StakeholderDocumentSchema.safeParse(value);
  const schemaProblems = result.success ? [] : problemsFromZod(result.error, value, options);
  const seen = new Set(schemaProblems.map((p) => p.path));
  const more = checkStakeholders(value, options).filter((p) => !seen.has(p.path));
  const problems = [...schemaProblems, ...more];
  if (problems.length > 0 || !result.success) throw new TvaersInputError(sortProblems(problems));
  return result.data;
}
