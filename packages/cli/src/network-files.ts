// TEMPORARY stand-in until @tvaers/model exports readNetworkFile / writeNetworkFile (JSON only).
import { readFile, writeFile } from "node:fs/promises";
import { type NetworkDocument, parseJsonText, parseNetwork, TvaersInputError } from "@tvaers/model";

export async function readNetworkFile(path: string): Promise<NetworkDocument> {
  const text = await readFile(path, "utf8");
  try {
    return parseNetwork(parseJsonText(text, path), { file: path });
  } catch (e) {
    throw e instanceof TvaersInputError ? e.inFile(path) : e;
  }
}

export async function writeNetworkFile(doc: NetworkDocument, path: string): Promise<void> {
  if (!path.endsWith(".json")) throw new TvaersInputError([{ file: path, message: "unknown extension" }]);
  await writeFile(path, `${JSON.stringify(doc, null, 2)}\n`);
}
