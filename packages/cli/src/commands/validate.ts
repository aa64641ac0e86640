import { isTvaersInputError, type Problem } from "@tvaers/model";
import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { countProblems, formatProblemTable } from "../format/problems.js";
import { readNetwork } from "../read-network.js";

/** What `validate` found in one file. */
interface FileReport {
  file: string;
  valid: boolean;
  actors?: number;
  ties?: number;
  problems: readonly Problem[];
}

/** `tvaers validate <file…>`: checks network files and lists every problem in them. */
export const validate: Command = {
  name: "validate",
  summary: "check network files and list every problem in them",
  description:
    "Reads each network file (JSON, GEXF, GraphML) or CSV-bundle folder and checks it against the\n" +
    "tvaers.network/v1 format, cross-references included. Prints a line per valid file and one table\n" +
    "of every problem in the others (file, line or path, field, message). Exits with 1 when any file\n" +
    "has a problem.",
  arguments: ["<file…>"],
  variadic: true,
  options: {
    format: { type: "string", choices: ["table", "json"], description: "output format" },
  },
  examples: [
    "tvaers validate data/networks/klynge-vest.json",
    "tvaers validate --format json data/networks/klynge-vest.json data/networks/midtklyngen.json",
  ],
  async run({ positionals, options }, io) {
    const reports: FileReport[] = [];
    for (const file of positionals) {
      try {
        const doc = await readNetwork(file);
        reports.push({ file, valid: true, actors: doc.actors.length, ties: doc.ties.length, problems: [] });
      } catch (error) {
        if (!isTvaersInputError(error)) throw error;
        reports.push({ file, valid: false, problems: error.problems });
      }
    }
    const allValid = reports.every((r) => r.valid);
    if (options.format === "json") {
      io.stdout.write(`${JSON.stringify({ files: reports }, null, 2)}\n`);
    } else {
      for (const r of reports) {
        io.stdout.write(
          r.valid
            ? `✓ ${r.file}: ${r.actors} actors, ${r.ties} ties\n`
            : `✗ ${r.file}: ${countProblems(r.problems)}\n`,
        );
      }
      const problems = reports.flatMap((r) => r.problems);
      if (problems.length > 0) io.stdout.write(`\n${formatProblemTable(problems)}\n`);
    }
    return allValid ? EXIT.ok : EXIT.invalidInput;
  },
};
