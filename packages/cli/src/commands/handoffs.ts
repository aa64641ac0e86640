import {
  DEFAULT_MIN_CASES,
  type HandoffLevel,
  RELATIVE_VARIANTS,
  type RelativeVariant,
} from "@tvaers/pathways";
import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { handoffsCsv, handoffsTable, publishHandoffs } from "../pathways/handoff-output.js";
import { LOG_OPTIONS, logOptions, suppressBelow } from "../pathways/log-options.js";
import { mineLogFile } from "../pathways/mine.js";
import { reportRejectedRows, reportSuppression } from "../pathways/notices.js";
import { readNetwork } from "../read-network.js";

const LEVELS: readonly HandoffLevel[] = ["actor", "organisation", "sector", "cluster", "kind"];

/** `tvaers handoffs <log>`: who hands patients over to whom, how often, in how many cases, and how long they wait. */
export const handoffs: Command = {
  name: "handoffs",
  summary: "mine handoffs and waiting times from a patient event log: CSV, XES or JSON Lines",
  description:
    "Reads a patient event log and counts, per ordered pair of actors (or organisations, sectors,\n" +
    "clusters, kinds), the handoffs, the distinct cases, the waits in hours (median, p90, mean) and\n" +
    "whether the pair crosses sectors, with a relative frequency as pm4py or bupaR computes it.\n" +
    "\n" +
    "JSON: { handoffs: [{ from, to, count, cases, waitHours: { median, p90, mean }, crossSector,\n" +
    "relative, suppressed? }], report: { events, cases, rejected, … } }, the same whichever engine.\n" +
    "\n" +
    `Disclosure control is on by default: a pair seen in fewer than ${DEFAULT_MIN_CASES} cases, and enough other pairs\n` +
    "that totals cannot reveal it, have their figures replaced by null (JSON), an empty cell (CSV) or\n" +
    "– (table), marked primary or secondary. Case ids never appear in any output. A progress line is\n" +
    "shown on stderr when it is a terminal.\n" +
    "\n" +
    "--network gives actors' sectors, organisations, clusters and kinds (for --level and crossSector)\n" +
    "where the log has no such columns; actors are matched by id, else by a unique label.",
  arguments: ["<log>"],
  options: {
    ...LOG_OPTIONS,
    level: {
      type: "string",
      choices: LEVELS,
      description: "count handoffs between actors, or between the groups they belong to",
    },
    network: {
      type: "string",
      description: "a network file with the actors' sectors, organisations, clusters, kinds",
    },
    relative: {
      type: "string",
      choices: RELATIVE_VARIANTS,
      description: "the relative frequency per pair: pm4py handover of work, or one of bupaR's",
    },
    format: { type: "string", choices: ["json", "csv", "table"], description: "output format" },
  },
  examples: [
    "tvaers handoffs data/logs/klynge-vest.csv --level sector --format table",
    "tvaers handoffs data/logs/klynge-vest.csv --network data/networks/klynge-vest.json --level kind",
    "tvaers handoffs forloeb.csv --columns case_id=sag,timestamp=tidspunkt,actor=aktør,activity=aktivitet",
    "tvaers handoffs data/logs/midtklyngen.csv --engine duckdb --on-error skip-and-report --format csv",
    "tvaers handoffs data/logs/klynge-vest.csv --max-gap-hours 720 --relative bupar-relative",
  ],
  async run({ positionals, options }, io) {
    const file = positionals[0]!;
    const k = suppressBelow(options);
    const read = logOptions(options);
    const relative = options.relative as RelativeVariant;
    const network = typeof options.network === "string" ? await readNetwork(options.network) : undefined;
    const mined = await mineLogFile(
      file,
      {
        ...read,
        level: options.level as HandoffLevel,
        relative,
        ...(network !== undefined && { network }),
      },
      io.stderr,
    );
    const out = publishHandoffs(mined, relative, k);
    reportRejectedRows(io.stderr, "handoffs", mined.report);
    reportSuppression(io.stderr, "handoffs", out.handoffs, k);
    if (options.format === "csv") io.stdout.write(handoffsCsv(out));
    else if (options.format === "table") io.stdout.write(handoffsTable(out));
    else io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return EXIT.ok;
  },
};
