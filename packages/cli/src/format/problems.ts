import type { Problem } from "@tvaers/model";
import { formatTable } from "./table.js";

/**
 * Every problem as one aligned table with the columns file, line or path, field and message, so a
 * planner can fix a file in one pass.
 */
export function formatProblemTable(problems: readonly Problem[]): string {
  return formatTable(
    problems.map((p) => [
      p.file ?? "",
      p.line !== undefined ? String(p.line) : (p.path ?? ""),
      p.field ?? "",
      p.message,
    ]),
    { header: ["file", "line or path", "field", "message"] },
  );
}

/** `1 problem` or `3 problems`. */
export function countProblems(problems: readonly Problem[]): string {
  return `${problems.length} problem${problems.length === 1 ? "" : "s"}`;
}
