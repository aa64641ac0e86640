import { formatProblem, type Problem } from "./problem.js";

/**
 * The one error tvaers throws for bad user input. It carries every problem found, not just the first,
 * each with file, line or path, field and a plain-language message. Its `message` lists them.
 */
export class TvaersInputError extends Error {
  override readonly name = "TvaersInputError";
  /** Every problem found, in the order found. */
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[], summary?: string) {
    const shown = problems.slice(0, 20).map((p) => `  - ${formatProblem(p)}`);
    if (problems.length > 20) shown.push(`  … and ${problems.length - 20} more`);
    const head = summary ?? `${problems.length} problem${problems.length === 1 ? "" : "s"} in the input`;
    super(`${head}:\n${shown.join("\n")}`);
    this.problems = problems;
  }

  /** Returns a copy of this error with `file` set on every problem that has none. */
  inFile(file: string): TvaersInputError {
    return new TvaersInputError(this.problems.map((p) => (p.file === undefined ? { ...p, file } : p)));
  }
}

/** True when `error` is a {@link TvaersInputError}. */
export function isTvaersInputError(error: unknown): error is TvaersInputError {
  return error instanceof TvaersInputError;
}
