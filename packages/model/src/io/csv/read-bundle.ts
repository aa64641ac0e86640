import { TvaersInputError } from "../../errors/input-error.js";
import type { Problem } from "../../errors/problem.js";
import type { Locate } from "../../errors/zod-problems.js";
import { parseNetwork } from "../../parse-network.js";
import { NETWORK_FORMAT, type NetworkDocument } from "../../schema/network.js";
import type { CollectionNames } from "../../validate/cross-references.js";
import { decodeText } from "../decode-text.js";
import { parseJsonText } from "../json-text.js";
import { COLLECTIONS, type CollectionKey, METADATA_FILE } from "./collections.js";
import { distinctValues } from "./inferred-ids.js";
import { planColumns, readRow } from "./read-rows.js";
import { readCsvTable } from "./read-table.js";

/** Options for {@link readCsvBundle}. */
export interface ReadCsvBundleOptions {
  /** The network's name when `network.json` gives none (default: the folder's last name). */
  name?: string;
  /** The folder the files came from: named in the error summary, and its last name is the default name. */
  folder?: string;
}

const METADATA_FIELDS = [
  "format",
  "name",
  "description",
  "sources",
  "qualityScale",
  "forums",
  "memberships",
  "rules",
];

type Items = Record<CollectionKey, Record<string, unknown>[]>;
type Origins = Record<CollectionKey, { file: string; line?: number }[]>;

const lastName = (path: string) =>
  path
    .split(/[\\/]+/)
    .filter((p) => p !== "" && p !== ".")
    .pop();
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function readMetadata(content: Uint8Array | string, problems: Problem[]): Record<string, unknown> {
  const file = METADATA_FILE;
  const decoded = typeof content === "string" ? { text: content, binary: false } : decodeText(content);
  if (decoded.binary) {
    problems.push({ file, message: "this is not a text file; network.json must hold JSON" });
    return {};
  }
  let value: unknown;
  try {
    value = parseJsonText(decoded.text, file);
  } catch (error) {
    if (!(error instanceof TvaersInputError)) throw error;
    problems.push(...error.problems);
    return {};
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    problems.push({
      file,
      message: 'network.json must hold a JSON object such as { "name": "Klynge Vest" }',
    });
    return {};
  }
  const metadata = value as Record<string, unknown>;
  for (const key of Object.keys(metadata)) {
    if (!METADATA_FIELDS.includes(key)) {
      const message = `the field "${key}" does not belong in network.json (it holds only ${METADATA_FIELDS.join(", ")})`;
      problems.push({ file, path: key, field: key, message });
    }
  }
  return metadata;
}

const RANK = [METADATA_FILE, ...COLLECTIONS.map((c) => c.file)];

/** Sorts problems by file (network.json, sectors.csv, … ties.csv) and line, keeping the order found otherwise. */
function sortProblems(problems: Problem[]): Problem[] {
  const rank = (p: Problem) => RANK.indexOf(p.file ?? "");
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i)
    .map((x) => x.p);
}

/** The files by lower-case name; two names that differ only in case are a problem. */
function indexFiles(
  files: { readonly [fileName: string]: Uint8Array | string },
  problems: Problem[],
): Map<string, Uint8Array | string> {
  const byName = new Map<string, Uint8Array | string>();
  const spelled = new Map<string, string>();
  for (const [name, content] of Object.entries(files)) {
    const key = (lastName(name) ?? name).toLowerCase();
    const before = spelled.get(key);
    if (before !== undefined) {
      problems.push({
        file: name,
        message: `${before} and ${name} differ only in upper and lower case; keep one`,
      });
    }
    byName.set(key, content);
    spelled.set(key, name);
  }
  return byName;
}

/**
 * Reads the rows of every collection file present into document items, each with the file and line
 * it came from. Without sectors.csv or clusters.csv, infers them from actors and then organisations.
 * `unreadable` is set when a file could not be read as a table or its header is wrong.
 */
function readCollections(
  byName: ReadonlyMap<string, Uint8Array | string>,
  problems: Problem[],
): { items: Items; origins: Origins; unreadable: boolean } {
  const items: Items = { sectors: [], clusters: [], organisations: [], actors: [], ties: [] };
  const origins: Origins = { sectors: [], clusters: [], organisations: [], actors: [], ties: [] };
  let unreadable = false;
  for (const spec of COLLECTIONS) {
    const content = byName.get(spec.file);
    if (content === undefined) continue;
    const { table, problems: tableProblems } = readCsvTable(content, spec.file);
    problems.push(...tableProblems);
    const plan = table === undefined ? undefined : planColumns(spec, table);
    problems.push(...(plan?.problems ?? []));
    if (table === undefined || plan === undefined || plan.problems.length > 0) {
      unreadable = true;
      continue;
    }
    for (const row of table.rows) {
      const read = readRow(plan.columns, row, table);
      problems.push(...read.problems);
      items[spec.key].push(read.item);
      origins[spec.key].push({ file: spec.file, line: row.line });
    }
  }
  for (const key of ["sectors", "clusters"] as const) {
    if (byName.has(`${key}.csv`)) continue;
    const fromOrigins = [origins.actors, origins.organisations];
    for (const mention of distinctValues(
      [items.actors, items.organisations],
      key === "sectors" ? "sector" : "cluster",
    )) {
      items[key].push({ id: mention.id, label: mention.id });
      origins[key].push(fromOrigins[mention.list]![mention.index]!);
    }
  }
  return { items, origins, unreadable };
}

/**
 * Reads a tvaers CSV bundle: the CSV form of a `tvaers.network/v1` document.
 *
 * Files (names in any case): `actors.csv` and `ties.csv` are required; `sectors.csv`, `clusters.csv`,
 * `organisations.csv` and `network.json` are optional; other files are ignored. Columns are the
 * document's fields: `id, label, sector, organisation, cluster, kind` for actors; `id, source, target,
 * kind, weight, directed, channel, quality` for ties; `id, label, …` for the others. A label is written
 * in `label` (plain text) or in `label_en`/`label_da` (the `{ en, da }` form). Extra columns of actors
 * and ties become `attributes` (typing: see {@link AttributeType}). An empty cell means absent.
 *
 * Without `sectors.csv`, the sectors are the distinct `sector` values of actors and then organisations,
 * in order of first appearance, each labelled with its id; the same goes for clusters. Organisations
 * that are referenced must be listed in `organisations.csv`. `network.json` may hold `name`,
 * `description`, `sources` and `qualityScale`; without a name the network is named after the folder.
 *
 * Files may come from Danish Excel: `,` or `;` between fields, decimal commas in `weight` and `quality`
 * when the separator is `;`, UTF-8 with or without a byte-order mark or Windows-1252, CRLF, quoted fields
 * with line breaks, and `directed` written `true/false`, `yes/no`, `ja/nej` or `1/0`.
 *
 * Throws a {@link TvaersInputError} listing every problem, each with its file and physical line
 * (`ties.csv line 14: target "jobcenter-skive" is not an actor in actors.csv`).
 *
 * @example
 * const doc = readCsvBundle({ "actors.csv": actorsText, "ties.csv": tiesBytes }, { name: "Klynge Vest" });
 */
export function readCsvBundle(
  files: { readonly [fileName: string]: Uint8Array | string },
  options: ReadCsvBundleOptions = {},
): NetworkDocument {
  const problems: Problem[] = [];
  const byName = indexFiles(files, problems);
  const fail = () => {
    const sorted = sortProblems(problems);
    const where = options.folder === undefined ? "the CSV files" : `the CSV files in ${options.folder}`;
    return new TvaersInputError(sorted, `${plural(sorted.length, "problem")} in ${where}`);
  };

  const found = Object.keys(files).join(", ") || "no files";
  for (const required of ["actors.csv", "ties.csv"]) {
    if (!byName.has(required)) {
      const message = `there is no ${required} (a network in CSV form needs actors.csv and ties.csv; found: ${found})`;
      problems.push(options.folder === undefined ? { message } : { file: options.folder, message });
    }
  }
  if (problems.length > 0) throw fail();

  const metadataContent = byName.get(METADATA_FILE);
  const metadata = metadataContent === undefined ? {} : readMetadata(metadataContent, problems);

  const { items, origins, unreadable } = readCollections(byName, problems);
  if (unreadable) throw fail();

  const value = {
    format: NETWORK_FORMAT,
    name: options.name ?? (options.folder === undefined ? undefined : lastName(options.folder)) ?? "network",
    ...metadata,
    ...items,
  };
  const locate: Locate = (path) => {
    const [head, index] = path;
    if (typeof head === "string" && typeof index === "number" && Object.hasOwn(origins, head)) {
      return origins[head as CollectionKey][index];
    }
    return metadataContent === undefined ? undefined : { file: METADATA_FILE };
  };
  const names: CollectionNames = {
    sectors: byName.has("sectors.csv") ? "sectors.csv" : "this network",
    clusters: byName.has("clusters.csv") ? "clusters.csv" : "this network",
    organisations: byName.has("organisations.csv")
      ? "organisations.csv"
      : "this network (there is no organisations.csv)",
    actors: "actors.csv",
    ties: "ties.csv",
  };
  try {
    const doc = parseNetwork(value, { locate, names });
    if (problems.length === 0) return doc;
  } catch (error) {
    if (!(error instanceof TvaersInputError)) throw error;
    problems.push(...error.problems);
  }
  throw fail();
}
