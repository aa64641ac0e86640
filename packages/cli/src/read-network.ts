import { stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import {
  isTvaersInputError,
  type NetworkDocument,
  type Problem,
  readNetworkFile,
  TvaersInputError,
} from "@tvaers/model";

/**
 * Names the file of each problem as the user can find it: a problem without a file gets the input's
 * path, and a bare file name inside a CSV bundle (`ties.csv`) gets the bundle's folder
 * (`klynge-vest/ties.csv`), so problems of several bundles can share one table.
 */
async function withPaths(input: string, problems: readonly Problem[]): Promise<Problem[]> {
  const isFolder = await stat(input).then(
    (s) => s.isDirectory(),
    () => false,
  );
  const folder = isFolder ? input : dirname(input);
  return problems.map((p) => {
    if (p.file === undefined) return { ...p, file: input };
    const bare = !/[\\/]/.test(p.file);
    const isInput = p.file === input || (!isFolder && p.file === basename(input));
    return bare && !isInput ? { ...p, file: join(folder, p.file) } : p;
  });
}

/**
 * Reads and validates a network file or CSV-bundle folder with `readNetworkFile`; a
 * `TvaersInputError` comes back with every problem's file named as in {@link withPaths}.
 */
export async function readNetwork(input: string): Promise<NetworkDocument> {
  try {
    return await readNetworkFile(input);
  } catch (error) {
    if (!isTvaersInputError(error)) throw error;
    throw new TvaersInputError(await withPaths(input, error.problems));
  }
}
