import { TvaersInputError } from "./errors/input-error.js";
import type { Problem } from "./errors/problem.js";
import type { Locate } from "./errors/zod-problems.js";
import { problemsFromZod } from "./errors/zod-problems.js";
import { type NetworkDocument, NetworkDocumentSchema } from "./schema/network.js";
import { type CollectionNames, checkCrossReferences, looseDocument } from "./validate/cross-references.js";

/** Options for {@link parseNetwork}: how to name the input in messages. */
export interface ParseNetworkOptions {
  /** The file name shown in problems. */
  file?: string;
  /** Maps a JSON path to a file and line (used by the CSV reader). */
  locate?: Locate;
  /** How collections are named in messages (e.g. `actors.csv`). */
  names?: Partial<CollectionNames>;
}

/**
 * Validates a parsed JSON value as a `tvaers.network/v1` document: the schema, then every
 * cross-reference. Throws a {@link TvaersInputError} that lists every problem found.
 *
 * @example
 * const doc = parseNetwork(JSON.parse(text), { file: "klynge-vest.json" });
 */
export function parseNetwork(value: unknown, options: ParseNetworkOptions = {}): NetworkDocument {
  const result = NetworkDocumentSchema.safeParse(value);
  if (!result.success) {
    const problems = problemsFromZod(result.error, value, options);
    const seen = new Set(problems.map((p) => p.path));
    const more = checkCrossReferences(looseDocument(value), options).filter((p) => !seen.has(p.path));
    throw new TvaersInputError(sortProblems([...problems, ...more]));
  }
  const problems = checkCrossReferences(result.data, options);
  if (problems.length > 0) throw new TvaersInputError(problems);
  return result.data;
}

const ORDER = [
  "format",
  "name",
  "qualityScale",
  "sectors",
  "clusters",
  "organisations",
  "actors",
  "ties",
  "forums",
  "memberships",
  "rules",
];

/** Sorts problems by file line when known, else by section and item, so they read top to bottom. */
function sortProblems(problems: Problem[]): Problem[] {
  const key = (p: Problem): [number, number, number] => {
    const m = /^(\w+)(?:\[(\d+)\])?/.exec(p.path ?? "");
    const section = m ? ORDER.indexOf(m[1]!) : -1;
    return [p.line ?? 0, section, m?.[2] !== undefined ? Number(m[2]) : -1];
  };
  return problems
    .map((p, i) => ({ p, i, k: key(p) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.i - b.i)
    .map((x) => x.p);
}
