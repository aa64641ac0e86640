/**
 * Reading a stakeholder document from disk (Node only): a `.json` file (`tvaers.stakeholders/v1`)
 * or a `.csv` file (see `csv-stakeholders.ts`), by its extension. Text is decoded as the model
 * decodes network files (UTF-8 with or without byte-order mark, else Windows-1252).
 */
import { decodeText, parseJsonText, TvaersInputError } from "@tvaers/model";
import type { LinkedNetwork } from "../schema/checks.js";
import type { StakeholderDocument } from "../schema/document.js";
import { parseStakeholders } from "../schema/parse.js";
import { parseStakeholdersCsv, type StakeholdersCsvOptions } from "./csv-stakeholders.js";

/** Options of {@link readStakeholdersFile}. */
export interface ReadStakeholdersFileOptions {
  /** The network whose actors the stakeholders' `actors` name; without it links are not checked. */
  network?: LinkedNetwork;
  /** For a CSV file: scales and default provenance (a JSON document declares its own). */
  csv?: Pick<StakeholdersCsvOptions, "scales" | "provenance">;
}

const fail = (file: string, message: string) => new TvaersInputError([{ file, message }]);

/** A file system error in plain words; anything else is rethrown. */
function fileError(error: unknown, file: string): TvaersInputError {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") throw error;
  const messages: Record<string, string> = {
    ENOENT: "there is no file with this name (check the path)",
    EACCES: "the file cannot be read: permission denied",
    EPERM: "the file cannot be read: permission denied",
    EISDIR: "this is a folder; give a .json or .csv file",
  };
  return fail(file, messages[code] ?? `the file cannot be read (${code})`);
}

/**
 * Reads and validates a stakeholder document from a `.json` or `.csv` file. Every problem,
 * a missing file or an unknown extension included, is thrown as one {@link TvaersInputError}
 * naming the path as given.
 *
 * @example
 * const doc = await readStakeholdersFile("data/stakeholders/ms-reference-group.json");
 */
export async function readStakeholdersFile(
  path: string,
  options: ReadStakeholdersFileOptions = {},
): Promise<StakeholderDocument> {
  const fs = await import("node:fs/promises");
  const extension = /\.[^./\\]*$/.exec(path)?.[0].toLowerCase() ?? "";
  if (extension !== ".json" && extension !== ".csv") {
    const excel = extension === ".xlsx" || extension === ".xls" ? " (from Excel, save the sheet as CSV)" : "";
    throw fail(
      path,
      `tvaers cannot read stakeholders from "${extension || "no extension"}" files${excel}; give a .json or .csv file`,
    );
  }
  const bytes = await fs.readFile(path).catch((error: unknown) => {
    throw fileError(error, path);
  });
  const network = options.network === undefined ? {} : { network: options.network };
  if (extension === ".csv") return parseStakeholdersCsv(bytes, { file: path, ...options.csv, ...network });
  const decoded = decodeText(bytes);
  if (decoded.binary) throw fail(path, "this is not a text file; give a .json or .csv file");
  return parseStakeholders(parseJsonText(decoded.text, path), { file: path, ...network });
}
