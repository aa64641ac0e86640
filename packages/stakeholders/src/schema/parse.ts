/**
 * Reading a stakeholder document: the schema first, then the checks of `checks.ts`, every problem
 * reported together in one `TvaersInputError`, each with its file, line (CSV) or JSON path, field
 * and a plain message such as `stakeholders.json at stakeholders[3].power: power 7 is outside the
 * scale 1–5`.
 */
import { type Problem, problemsFromZod, TvaersInputError } from "@tvaers/model";
import { z } from "zod";
import { type CheckOptions, checkStakeholders } from "./checks.js";
import { type StakeholderDocument, StakeholderDocumentSchema } from "./document.js";

/** Options of {@link parseStakeholders}: the network links refer to, and how to name the input. */
export type ParseStakeholdersOptions = CheckOptions;

/**
 * Replaces a failed union (a stakeholder's `provenance`: one kind, or one per value) by the issues of
 * the option whose type the input has, so that a planner reads `attitude must be one of …` rather
 * than "the wrong form".
 */
function unwrapUnions(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== "invalid_union") return [issue];
    // An option that failed only inside the value has its type; else one that did not reject the type.
    const inside = issue.errors.filter((option) => option.every((i) => i.path.length > 0));
    const typed = issue.errors.filter(
      (option) => !option.some((i) => i.code === "invalid_type" && i.path.length === 0),
    );
    const fitting = inside.length === 1 ? inside : typed;
    if (fitting.length !== 1) return [issue];
    return unwrapUnions(fitting[0]!.map((i) => ({ ...i, path: [...issue.path, ...i.path] })));
  });
}

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
  const schemaProblems = result.success
    ? []
    : problemsFromZod(new z.ZodError(unwrapUnions(result.error.issues)), value, options);
  const seen = new Set(schemaProblems.map((p) => p.path));
  const more = checkStakeholders(value, options).filter((p) => !seen.has(p.path));
  const problems = [...schemaProblems, ...more];
  if (problems.length > 0 || !result.success) throw new TvaersInputError(sortProblems(problems));
  return result.data;
}
