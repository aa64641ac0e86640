import {
  type ChannelDirection,
  COMMUNICATION_GAPS_DEFAULTS,
  communicationGaps,
  DEFAULT_MIN_CASES,
} from "@tvaers/pathways";
import type { Command, CommandInput } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { GAP_LISTS, type GapGrouping, gapRows, gapsCsv, gapsTable } from "../pathways/gap-output.js";
import { LOG_OPTIONS, logOptions, suppressBelow } from "../pathways/log-options.js";
import { type LoggedHandoffs, withLoggedHandoffs } from "../pathways/logged-handoffs.js";
import { wholeNumber } from "../pathways/numbers.js";
import { readNetwork } from "../read-network.js";
import { UsageError } from "../usage-error.js";

/** The log options given on the command line (one with choices counts when it is not at its default). */
function logOptionsGiven(options: CommandInput["options"]): string[] {
  return Object.entries(LOG_OPTIONS)
    .filter(([name, spec]) => options[name] !== undefined && options[name] !== spec.choices?.[0])
    .map(([name]) => name);
}

/** The part of the JSON output that says where the handoffs came from and what mining found. */
function source(logged: LoggedHandoffs | undefined, file: string | undefined) {
  if (logged === undefined || file === undefined) return { handoffs: "network" };
  const r = logged.report;
  return {
    handoffs: "log",
    log: file,
    report: { events: r.events, cases: r.cases, rejected: r.rejected, suppressedPairs: logged.suppressed },
  };
}

/** `tvaers gaps <network>`: handoff pairs ranked by how badly their communication channel serves them. */
export const gaps: Command = {
  name: "gaps",
  summary: "rank communication gaps: handoffs without a good channel for the information",
  description:
    "For every pair of actors that hand patients over, finds the communication channel the information\n" +
    "can take: direct (a communication tie from sender to receiver), relayed (through intermediaries,\n" +
    "at most --max-relay-steps steps) or none, and its quality normalised to 0–1 (a tie without a\n" +
    "quality counts as the scale's midpoint, marked *; a relay is discounted by half per intermediary).\n" +
    "Severity = volume × (1 − quality): the patients who cross without a good channel. Pairs are ranked\n" +
    "by severity; --by sector or cluster sums them per sector pair or per cluster.\n" +
    "\n" +
    "Handoffs come from the network's handoff ties (volume = their weight). With --log they come from\n" +
    "the event log instead: its handoffs between the network's actors replace the network's handoff\n" +
    "ties (volume = the number of handoffs), and the network's communication ties stay as they are.\n" +
    `Mined pairs are protected by disclosure control (--suppress-below, default ${DEFAULT_MIN_CASES}): suppressed pairs\n` +
    "are left out, and stderr says how many. Every actor of the log must be in the network (by id or\n" +
    "a unique label).",
  arguments: ["<network>"],
  options: {
    log: { type: "string", description: "an event log to take the handoffs from (CSV, XES, JSON Lines)" },
    ...LOG_OPTIONS,
    "max-relay-steps": {
      type: "string",
      description: `the most communication steps a relay may take; 1 means no relays (default ${COMMUNICATION_GAPS_DEFAULTS.maxRelaySteps})`,
    },
    direction: {
      type: "string",
      choices: ["along", "either"],
      description: "a directed communication tie carries information along its arrow only, or either way",
    },
    top: { type: "string", description: "show only the first N rows (default all)" },
    by: {
      type: "string",
      choices: ["pair", "sector", "cluster"],
      description: "one row per handoff pair, sector pair or cluster",
    },
    format: { type: "string", choices: ["table", "json", "csv"], description: "output format" },
  },
  examples: [
    "tvaers gaps data/networks/midtklyngen.json --top 10",
    "tvaers gaps data/networks/klynge-vest.json --by sector --format csv",
    "tvaers gaps data/networks/klynge-vest.json --log data/logs/klynge-vest.csv --max-relay-steps 1",
    "tvaers gaps data/networks/vestklyngen.json --log data/logs/vestklyngen.csv --by cluster --format json",
  ],
  async run({ positionals, options }, io) {
    const log = typeof options.log === "string" ? options.log : undefined;
    const given = logOptionsGiven(options);
    if (log === undefined && given.length > 0) {
      throw new UsageError(`--${given[0]} applies to a log; give one with --log <eventlog>`);
    }
    const maxRelaySteps = wholeNumber("max-relay-steps", options["max-relay-steps"], 1);
    const top = wholeNumber("top", options.top, 1);
    const k = suppressBelow(options);
    const read = logOptions(options);
    const by = options.by as GapGrouping;
    const file = positionals[0]!;
    const network = await readNetwork(file);
    const logged = log === undefined ? undefined : await withLoggedHandoffs(network, log, read, k, io.stderr);
    const result = communicationGaps(logged?.doc ?? network, {
      direction: options.direction as ChannelDirection,
      ...(maxRelaySteps !== undefined && { maxRelaySteps }),
    });
    const rows = gapRows(result, by, top);
    if (options.format === "json") {
      const out = { network: network.name, ...source(logged, log), by, [GAP_LISTS[by]]: rows };
      io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    } else if (options.format === "csv") io.stdout.write(gapsCsv(rows, by));
    else io.stdout.write(gapsTable(rows, by));
    return EXIT.ok;
  },
};
