import { access } from "node:fs/promises";
import { resolve } from "node:path";
import { TvaersInputError, writeNetworkFile } from "@tvaers/model";
import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { readNetwork } from "../read-network.js";

/** Whether something exists at `path`. */
const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** `tvaers convert <in> <out>`: rewrites a network in another file format, chosen by extension. */
export const convert: Command = {
  name: "convert",
  summary: "rewrite a network as JSON, a CSV-bundle folder, GEXF or GraphML",
  description:
    "Reads a network (validating it) and writes it in the format the output path names: .json,\n" +
    ".gexf, .graphml, or a folder (no extension) for a CSV bundle of actors.csv and ties.csv.\n" +
    "An existing output is only replaced with --force. A CSV bundle is written with `,` between fields\n" +
    "unless --separator ';' is given (what Danish Excel opens directly).",
  arguments: ["<in>", "<out>"],
  options: {
    force: { type: "boolean", short: "f", description: "replace the output if it exists" },
    separator: {
      type: "string",
      choices: [",", ";"],
      description: "field separator of a CSV bundle (; for Danish Excel)",
    },
  },
  examples: [
    "tvaers convert data/networks/klynge-vest.json klynge-vest.gexf",
    "tvaers convert --separator ';' data/networks/klynge-vest.json klynge-vest-csv",
  ],
  async run({ positionals, options }, io) {
    const [input = "", output = ""] = positionals;
    if (resolve(input) === resolve(output)) {
      throw new TvaersInputError([{ file: output, message: "the output must not be the input file" }]);
    }
    const doc = await readNetwork(input);
    if (options.force !== true && (await exists(output))) {
      throw new TvaersInputError([
        { file: output, message: "this already exists (add --force to replace it)" },
      ]);
    }
    await writeNetworkFile(doc, output, { separator: options.separator === ";" ? ";" : "," });
    io.stdout.write(`✓ ${input} → ${output}: ${doc.actors.length} actors, ${doc.ties.length} ties\n`);
    return EXIT.ok;
  },
};
