import { type NetworkDocument, TvaersInputError } from "@tvaers/model";
import { readNetworkFile, writeNetworkFile } from "./network-files.js";

/** Plain words for the file-system errors a user can cause by naming the wrong path. */
const FS_MESSAGES: Readonly<Record<string, string>> = {
  ENOENT: "there is no such file or folder",
  ENOTDIR: "a part of this path is a file, not a folder",
  EISDIR: "this is a folder where a file was expected",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

/** Runs a file operation, turning a file-system error caused by the path into a {@link TvaersInputError}. */
async function onPath<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const message = typeof code === "string" ? FS_MESSAGES[code] : undefined;
    if (message === undefined) throw error;
    throw new TvaersInputError([{ file, message }]);
  }
}

/** Reads and validates a network file or CSV-bundle folder; every failure the user can fix is a {@link TvaersInputError}. */
export function readNetwork(file: string): Promise<NetworkDocument> {
  return onPath(file, () => readNetworkFile(file));
}

/** Writes a network in the format its path names; a path that cannot be written is a {@link TvaersInputError}. */
export function writeNetwork(doc: NetworkDocument, file: string): Promise<void> {
  return onPath(file, () => writeNetworkFile(doc, file));
}
