import type { z } from "zod";
import { formatPath, type Problem } from "./problem.js";

/** Maps a JSON path to a file and line (a CSV bundle knows which row each actor came from). */
export type Locate = (path: readonly (string | number)[]) => Pick<Problem, "file" | "line"> | undefined;

function describe(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== "object" || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
};

/**
 * Turns zod issues into plain-language problems with a JSON path and field name. No raw zod text
 * (such as "Invalid input: expected string, received undefined") reaches a user.
 */
export function problemsFromZod(
  error: z.ZodError,
  input: unknown,
  options: { file?: string; locate?: Locate } = {},
): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path as PropertyKey[];
    const last = path[path.length - 1];
    const field = typeof last === "string" ? last : undefined;
    const value = valueAt(input, path);
    let message: string;
    switch (issue.code) {
      case "invalid_type":
        message =
          value === undefined
            ? `${field ?? "value"} is missing`
            : `${field ?? "value"} must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describe(value)}`;
        break;
      case "unrecognized_keys":
        message = `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")} (check the spelling)`;
        break;
      case "invalid_union":
        message =
          value === undefined
            ? `${field ?? "value"} is missing`
            : `${field ?? "value"} has the wrong form (${describe(value)})`;
        break;
      case "too_small":
        message =
          issue.origin === "string"
            ? `${field ?? "value"} must not be empty`
            : issue.message.startsWith("must")
              ? `${field ?? "value"} ${issue.message}`
              : `${field ?? "value"} must be at least ${String(issue.minimum)}`;
        break;
      default:
        message = `${field ?? "value"} ${issue.message}`;
    }
    const problem: Problem = { path: formatPath(path), message };
    if (field !== undefined) problem.field = field;
    if (options.file !== undefined) problem.file = options.file;
    return { ...problem, ...options.locate?.(path as (string | number)[]) };
  });
}
