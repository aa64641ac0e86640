import { isTvaersInputError, type Problem, summarizeNetwork, TvaersInputError, toGraph } from "@tvaers/model";
import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { formatSummary } from "../format/summary.js";
import { readNetwork } from "../read-network.js";

/** `tvaers summary <network…>`: actors per sector and kind, ties per kind, cross-sector share. */
export const summary: Command = {
  name: "summary",
  summary: "count actors per sector and kind, ties per kind, and the cross-sector share",
  description:
    "Summarises each network: actors per sector and per kind, ties and their weight per tie kind, and\n" +
    "the share of ties (and of tie weight) whose two ends are in different sectors. Every file must\n" +
    "be valid; otherwise nothing is summarised and every problem is listed.",
  arguments: ["<network…>"],
  variadic: true,
  options: {
    format: { type: "string", choices: ["table", "json"], description: "output format" },
  },
  examples: [
    "tvaers summary data/networks/klynge-vest.json",
    "tvaers summary --format json data/networks/klynge-vest.json data/networks/midtklyngen.json",
  ],
  async run({ positionals, options }, io) {
    const problems: Problem[] = [];
    const summaries = [];
    for (const file of positionals) {
      try {
        summaries.push({ file, ...summarizeNetwork(toGraph(await readNetwork(file))) });
      } catch (error) {
        if (!isTvaersInputError(error)) throw error;
        problems.push(...error.problems);
      }
    }
    if (problems.length > 0) throw new TvaersInputError(problems);
    if (options.format === "json") {
      io.stdout.write(`${JSON.stringify({ networks: summaries }, null, 2)}\n`);
    } else {
      io.stdout.write(summaries.map(({ file, ...s }) => formatSummary(s, file)).join("\n"));
    }
    return EXIT.ok;
  },
};
