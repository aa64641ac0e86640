/**
 * One thing wrong with a user's input, said so that a planner can find and fix it:
 * which file, where in it (a CSV line or a JSON path), which field, and what is wrong.
 */
export interface Problem {
  /** The file's name as the user gave it, when the input came from a file. */
  file?: string;
  /** 1-based line number in a text file (CSV, event log, XML). */
  line?: number;
  /** Where in a JSON document, e.g. `actors[3].sector`. */
  path?: string;
  /** The field or column concerned, e.g. `sector`. */
  field?: string;
  /** What is wrong, in plain words. */
  message: string;
}

/** Formats a problem as one line: `ties.csv line 14: target "x" is not an actor in actors.csv`. */
export function formatProblem(problem: Problem): string {
  const where: string[] = [];
  if (problem.file !== undefined) where.push(problem.file);
  if (problem.line !== undefined) where.push(`line ${problem.line}`);
  else if (problem.path !== undefined && problem.path !== "") where.push(`at ${problem.path}`);
  return where.length > 0 ? `${where.join(" ")}: ${problem.message}` : problem.message;
}

/** Formats a JSON path such as `["actors", 3, "sector"]` as `actors[3].sector`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}
