import { TvaersInputError } from "../errors/input-error.js";
import type { Problem } from "../errors/problem.js";
import { parseNetwork } from "../parse-network.js";
import type { NetworkDocument } from "../schema/network.js";
import { COLLECTIONS, METADATA_FILE } from "./csv/collections.js";
import { readCsvBundle } from "./csv/read-bundle.js";
import type { CsvSeparator } from "./csv/separator.js";
import { writeCsvBundle } from "./csv/write-bundle.js";
import { decodeText } from "./decode-text.js";
import { parseGexf, toGexf } from "./gexf.js";
import { parseGraphml, toGraphml } from "./graphml.js";
import { parseJsonText } from "./json-text.js";

/** The files of a CSV bundle, in lower case. */
const BUNDLE_FILES = new Set([METADATA_FILE, ...COLLECTIONS.map((c) => c.file)]);

const READERS: Record<string, (text: string, file: string) => NetworkDocument> = {
  ".json": (text, file) => parseNetwork(parseJsonText(text, file), { file }),
  ".gexf": (text, file) => parseGexf(text, { file }),
  ".graphml": (text, file) => parseGraphml(text, { file }),
};

const WRITERS: Record<string, (doc: NetworkDocument) => string> = {
  ".json": (doc) => `${JSON.stringify(doc, null, 2)}\n`,
  ".gexf": toGexf,
  ".graphml": toGraphml,
};

const KINDS = "give a .json, .gexf or .graphml file, or a folder holding actors.csv and ties.csv";

const fail = (file: string, message: string) => new TvaersInputError([{ file, message }]);

/** Turns a file system error into a plain message; rethrows anything that is not one. */
function fileError(error: unknown, file: string, verb: "read" | "write"): TvaersInputError {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") throw error;
  const messages: Record<string, string> = {
    ENOENT: "there is no file or folder with this name (check the path)",
    EACCES: `the file cannot be ${verb === "read" ? "read" : "written"}: permission denied`,
    EPERM: `the file cannot be ${verb === "read" ? "read" : "written"}: permission denied`,
    ENOTDIR: "a part of this path is a file, not a folder",
    EISDIR: "this is a folder, not a file",
    EEXIST: "a file with this name is in the way of the folder to be written",
    ENOSPC: "the disk is full",
  };
  return fail(file, messages[code] ?? `the file cannot be ${verb === "read" ? "read" : "written"} (${code})`);
}

/** Reads every CSV file and network.json in a folder as a CSV bundle. */
async function readFolder(folder: string): Promise<NetworkDocument> {
  const fs = await import("node:fs/promises");
  const nodePath = await import("node:path");
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch((e) => {
    throw fileError(e, folder, "read");
  });
  const names = entries
    .filter((e) => !e.isDirectory())
    .map((e) => e.name)
    .filter((name) => name.toLowerCase().endsWith(".csv") || name.toLowerCase() === METADATA_FILE);
  const lower = names.map((n) => n.toLowerCase());
  if (!lower.includes("actors.csv") && !lower.includes("ties.csv")) {
    const found =
      entries.length === 0 ? "the folder is empty" : `found: ${entries.map((e) => e.name).join(", ")}`;
    throw fail(
      folder,
      `this folder holds no network in CSV form (no actors.csv or ties.csv; ${found}); ${KINDS}`,
    );
  }
  const files: Record<string, Uint8Array> = {};
  const problems: Problem[] = [];
  for (const name of names) {
    const path = nodePath.join(folder, name);
    try {
      files[name] = await fs.readFile(path);
    } catch (error) {
      problems.push(...fileError(error, name, "read").problems);
    }
  }
  if (problems.length > 0) throw new TvaersInputError(problems);
  return readCsvBundle(files, { folder, name: nodePath.basename(nodePath.resolve(folder)) });
}

/**
 * Reads a network document from disk (Node only), by what the path names:
 *
 * - a `.json` file (`tvaers.network/v1`), a `.gexf` file or a `.graphml` file;
 * - a folder holding a CSV bundle (see {@link readCsvBundle}), or one of the bundle's files such as
 *   `actors.csv`, which stands for its folder.
 *
 * Every problem, including a missing file, an unknown extension, an empty or binary file, is thrown
 * as a {@link TvaersInputError} naming the path as given.
 *
 * @example
 * const doc = await readNetworkFile("data/klynge-vest/");
 */
export async function readNetworkFile(path: string): Promise<NetworkDocument> {
  const fs = await import("node:fs/promises");
  const nodePath = await import("node:path");
  const stat = await fs.stat(path).catch((e) => {
    throw fileError(e, path, "read");
  });
  if (stat.isDirectory()) return readFolder(path);
  const extension = nodePath.extname(path).toLowerCase();
  if (extension === ".csv") {
    if (BUNDLE_FILES.has(nodePath.basename(path).toLowerCase())) return readFolder(nodePath.dirname(path));
    throw fail(path, `a network in CSV form is a folder holding actors.csv and ties.csv; ${KINDS}`);
  }
  const read = Object.hasOwn(READERS, extension) ? READERS[extension] : undefined;
  if (read === undefined) {
    const excel =
      extension === ".xlsx" || extension === ".xls" ? " (from Excel, save each sheet as CSV)" : "";
    throw fail(path, `tvaers cannot read "${extension || "no extension"}" files${excel}; ${KINDS}`);
  }
  const bytes = await fs.readFile(path).catch((e) => {
    throw fileError(e, path, "read");
  });
  const decoded = decodeText(bytes);
  if (decoded.binary) {
    throw fail(
      path,
      "this is not a text file (it looks like an image, an Excel workbook or other binary data)",
    );
  }
  return read(decoded.text, path);
}

/** Options for {@link writeNetworkFile}. */
export interface WriteNetworkFileOptions {
  /** The separator of a CSV bundle: `,` (default) or `;` for Danish Excel (see {@link writeCsvBundle}). */
  separator?: CsvSeparator;
}

/**
 * Writes a network document to disk (Node only), in the format the path names: `.json` (indented by
 * two spaces), `.gexf`, `.graphml`, or a folder (a path without an extension or ending in `/`) for a
 * CSV bundle. Missing folders are created. When writing a bundle, bundle files left in the folder by
 * an earlier network (such as a `sectors.csv` this network does not need) are removed, so that the
 * folder reads back as exactly this network; other files are left alone.
 *
 * @example
 * await writeNetworkFile(doc, "out/klynge-vest/", { separator: ";" });
 */
export async function writeNetworkFile(
  doc: NetworkDocument,
  path: string,
  options: WriteNetworkFileOptions = {},
): Promise<void> {
  const fs = await import("node:fs/promises");
  const nodePath = await import("node:path");
  const extension = nodePath.extname(path).toLowerCase();
  const onError = (file: string) => (e: unknown) => {
    throw fileError(e, file, "write");
  };
  if (/[\\/]$/.test(path) || extension === "") {
    const files = writeCsvBundle(doc, options);
    await fs.mkdir(path, { recursive: true }).catch(onError(path));
    const existing = await fs.readdir(path).catch(onError(path));
    for (const name of existing) {
      if (BUNDLE_FILES.has(name.toLowerCase()) && !Object.hasOwn(files, name)) {
        await fs.rm(nodePath.join(path, name), { force: true }).catch(onError(name));
      }
    }
    for (const [name, text] of Object.entries(files)) {
      await fs.writeFile(nodePath.join(path, name), text).catch(onError(name));
    }
    return;
  }
  const write = Object.hasOwn(WRITERS, extension) ? WRITERS[extension] : undefined;
  if (write === undefined) {
    throw fail(
      path,
      `tvaers cannot write "${extension}" files; give a path ending in .json, .gexf or .graphml, or a folder`,
    );
  }
  await fs.mkdir(nodePath.dirname(path), { recursive: true }).catch(onError(path));
  await fs.writeFile(path, write(doc)).catch(onError(path));
}
