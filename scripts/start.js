// `pnpm summaries`: summarises every example network in data/networks (or in the folder given as the
// first argument) exactly as `tvaers summary` does, then says what to try next.
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "@tvaers/cli";

const examples = fileURLToPath(new URL("../data/networks", import.meta.url));
const folder = process.argv[2] ?? (relative(process.cwd(), examples) || ".");

/** The JSON files directly in `dir`, sorted by name; none when the folder does not exist. */
async function networkFiles(dir) {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && e.name.endsWith(".json"))
      .map((e) => join(dir, e.name))
      .sort();
  } catch (error) {
    if (error?.code === "ENOENT" || error?.code === "ENOTDIR") return [];
    throw error;
  }
}

const files = await networkFiles(folder);
if (files.length === 0) console.log(`No networks found in ${folder} (looked for *.json files).\n`);
for (const file of files) {
  const code = await main(["summary", file]);
  if (code === 0) console.log();
  else {
    process.exitCode = code;
    console.error();
  }
}
console.log("Next: try `pnpm exec tvaers --help` for every command, for example");
console.log("  pnpm exec tvaers validate data/networks/klynge-vest.json");
