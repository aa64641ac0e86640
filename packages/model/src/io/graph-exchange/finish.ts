/**
 * The last step of reading a GEXF or GraphML file: the document read from the XML goes through
 * `parseNetwork`, and every problem, from reading and from validation, is reported together with
 * the line of the element it concerns.
 */
import { isTvaersInputError, TvaersInputError } from "../../errors/input-error.js";
import type { Problem } from "../../errors/problem.js";
import type { Locate } from "../../errors/zod-problems.js";
import { parseNetwork } from "../../parse-network.js";
import type { NetworkDocument } from "../../schema/network.js";
import { keepSharedEdgeIds } from "./edge-ids.js";
import type { GraphFileReadOptions } from "./read-xml.js";

/** The lines where the parts of a document were read. */
export interface DocumentLines {
  /** The line of the document-level data (GEXF meta, GraphML graph). */
  document: number;
  actors: readonly number[];
  ties: readonly number[];
  sectors?: readonly number[];
  clusters?: readonly number[];
  organisations?: readonly number[];
}

/**
 * Validates `value` with `parseNetwork`, reporting reading `problems` and validation problems together.
 * Edge ids shared by several edges become tie attributes first (see `edge-ids.ts`).
 */
export function finishNetwork(
  value: Record<string, unknown> & { ties: Record<string, unknown>[] },
  lines: DocumentLines,
  problems: readonly Problem[],
  options: GraphFileReadOptions,
): NetworkDocument {
  const { file } = options;
  keepSharedEdgeIds(value.ties, lines.ties, file, options.onWarning);
  const locate: Locate = (path) => {
    const [section, index] = path;
    const list =
      section === "actors" ||
      section === "ties" ||
      section === "sectors" ||
      section === "clusters" ||
      section === "organisations"
        ? lines[section]
        : undefined;
    const line = list !== undefined && typeof index === "number" ? list[index] : lines.document;
    return line === undefined ? undefined : { line };
  };
  let doc: NetworkDocument | undefined;
  let invalid: readonly Problem[] = [];
  try {
    doc = parseNetwork(value, { ...(file !== undefined && { file }), locate });
  } catch (error) {
    if (!isTvaersInputError(error)) throw error;
    invalid = error.problems;
  }
  const all = [...problems, ...invalid]
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i)
    .map((x) => x.p);
  if (all.length > 0 || doc === undefined) throw new TvaersInputError(all);
  return doc;
}
