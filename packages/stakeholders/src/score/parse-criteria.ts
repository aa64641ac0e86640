/**
 * Reading a criteria document: the schema, then the references inside it — unique criterion and
 * stakeholder ids, every weighted or entered criterion defined, every stakeholder with at least one
 * positive criterion weight, no impact entered twice. Every problem is reported together, with its
 * JSON path and field, in one `TvaersInputError`.
 */
import { type Problem, problemsFromZod, TvaersInputError } from "@tvaers/model";
import { type CriteriaDocument, CriteriaDocumentSchema } from "./criteria-document.js";

/** Options of {@link parseCriteria}. */
export interface ParseCriteriaOptions {
  /** The file name shown in problems. */
  file?: string;
}

/** The problems of a schema-valid criteria document's references. */
function checkReferences(doc: CriteriaDocument, file: string | undefined): Problem[] {
  const problems: Problem[] = [];
  const report = (path: string, field: string, message: string) =>
    problems.push({ path, field, message, ...(file !== undefined && { file }) });
  const criteria = new Set<string>();
  doc.criteria.forEach((c, i) => {
    if (criteria.has(c.id)) report(`criteria[${i}].id`, "id", `criterion id "${c.id}" is used twice`);
    criteria.add(c.id);
  });
  const groups = new Map<string, Set<string>>();
  doc.stakeholders.forEach((g, i) => {
    if (groups.has(g.stakeholder)) {
      report(
        `stakeholders[${i}].stakeholder`,
        "stakeholder",
        `stakeholder "${g.stakeholder}" is listed twice`,
      );
    }
    groups.set(g.stakeholder, new Set(Object.keys(g.criteria)));
    for (const id of Object.keys(g.criteria)) {
      if (!criteria.has(id)) {
        report(`stakeholders[${i}].criteria.${id}`, id, `"${id}" is not a criterion of this document`);
      }
    }
    if (!Object.values(g.criteria).some((w) => w > 0)) {
      report(`stakeholders[${i}].criteria`, "criteria", "must give at least one criterion a weight above 0");
    }
  });
  const seen = new Set<string>();
  doc.impacts.forEach((impact, i) => {
    if (!criteria.has(impact.criterion)) {
      report(
        `impacts[${i}].criterion`,
        "criterion",
        `"${impact.criterion}" is not a criterion of this document`,
      );
    }
    if (impact.stakeholder !== undefined && !groups.has(impact.stakeholder)) {
      report(
        `impacts[${i}].stakeholder`,
        "stakeholder",
        `"${impact.stakeholder}" has no criteria in this document`,
      );
    } else if (impact.stakeholder !== undefined && !groups.get(impact.stakeholder)?.has(impact.criterion)) {
      report(
        `impacts[${i}].criterion`,
        "criterion",
        `stakeholder "${impact.stakeholder}" does not weigh criterion "${impact.criterion}"`,
      );
    }
    const key = JSON.stringify([impact.model, impact.criterion, impact.stakeholder ?? null]);
    if (seen.has(key)) report(`impacts[${i}]`, "value", "this impact is entered twice");
    seen.add(key);
  });
  return problems;
}

/**
 * Validates a parsed JSON value as a `tvaers.criteria/v1` document and fills its defaults. Throws a
 * `TvaersInputError` listing every problem.
 *
 * @example
 * const criteria = parseCriteria(JSON.parse(text), { file: "ms-reference-group.json" });
 */
export function parseCriteria(value: unknown, options: ParseCriteriaOptions = {}): CriteriaDocument {
  const result = CriteriaDocumentSchema.safeParse(value);
  if (!result.success) throw new TvaersInputError(problemsFromZod(result.error, value, options));
  const problems = checkReferences(result.data, options.file);
  if (problems.length > 0) throw new TvaersInputError(problems);
  return result.data;
}
