import { readNetworkFile, TIE_KINDS, type TieKind, toGraph } from "@tvaers/model";
import { actorTable } from "../analyze/actor-table.js";
import { type AnalyzeSettings, findMeasure, MEASURES } from "../analyze/measures.js";
import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { formatCsv } from "../format/csv.js";
import { formatTable } from "../format/table.js";
import { UsageError } from "../usage-error.js";

const DEFAULT_MEASURES = "ei,brokerage,constraint,effectiveSize";

function list(value: string | boolean | undefined): string[] {
  return typeof value === "string"
    ? value
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== "")
    : [];
}

function integer(name: string, value: string | boolean | undefined, fallback: number): number {
  if (typeof value !== "string") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`--${name} must be a whole number ≥ 0, not "${value}"`);
  return n;
}

/** `tvaers analyze <network>`: run measures from `@tvaers/analysis` and print them as JSON, CSV or a table. */
export const analyze: Command = {
  name: "analyze",
  summary: "measure cross-sector structure, brokers and structural holes",
  description:
    "Runs measures from @tvaers/analysis on a network. JSON output is keyed like the library's results\n" +
    "(one key per measure, e.g. eiIndex, brokerage, constraint); CSV and table output give one row per\n" +
    "actor with a column per per-actor value. Measures: " +
    MEASURES.map((m) => m.name).join(", ") +
    ".\nWeights are strengths (patients, messages); without --weight every tie counts 1.",
  arguments: ["<network>"],
  options: {
    measures: { type: "string", description: `comma-separated measures (default ${DEFAULT_MEASURES})` },
    group: { type: "string", description: "the actor attribute that groups actors (default sector)" },
    kinds: {
      type: "string",
      description: `tie kinds to use, comma-separated (default all: ${TIE_KINDS.join(",")})`,
    },
    weight: { type: "boolean", description: "use tie weights (strengths) where a measure supports them" },
    seed: { type: "string", description: "seed for permutation tests and Louvain (default 1)" },
    permutations: { type: "string", description: "permutations for the E-I test (default 1000)" },
    format: { type: "string", choices: ["json", "csv", "table"], description: "output format" },
  },
  examples: [
    "tvaers analyze data/networks/midtklyngen.json --measures ei,brokerage --group sector --kinds handoff",
    "tvaers analyze data/networks/klynge-vest.json --measures constraint,hierarchy --format csv",
  ],
  async run({ positionals, options }, io) {
    const names = list(options.measures);
    const measures = (names.length > 0 ? names : DEFAULT_MEASURES.split(",")).map((name) => {
      const m = findMeasure(name);
      if (m === undefined) {
        throw new UsageError(
          `unknown measure "${name}"; choose from ${MEASURES.map((x) => x.name).join(", ")}`,
        );
      }
      return m;
    });
    const kinds = list(options.kinds);
    for (const kind of kinds) {
      if (!(TIE_KINDS as readonly string[]).includes(kind)) {
        throw new UsageError(`unknown tie kind "${kind}"; choose from ${TIE_KINDS.join(", ")}`);
      }
    }
    const settings: AnalyzeSettings = {
      group: typeof options.group === "string" ? options.group : "sector",
      ...(kinds.length > 0 && { kinds: kinds as TieKind[] }),
      weight: options.weight === true ? "weight" : null,
      seed: integer("seed", options.seed, 1),
      permutations: integer("permutations", options.permutations, 1000),
    };
    const file = positionals[0]!;
    const doc = await readNetworkFile(file);
    const graph = toGraph(doc);
    const results: Record<string, unknown> = {};
    for (const m of measures) results[m.name] = m.run(graph, settings);

    if (options.format === "json") {
      const { kinds: usedKinds, ...rest } = settings;
      const header = { network: doc.name, file, options: { ...rest, kinds: usedKinds ?? [...TIE_KINDS] } };
      io.stdout.write(`${JSON.stringify({ ...header, results }, null, 2)}\n`);
      return EXIT.ok;
    }
    const table = actorTable(graph, measures, results);
    if (options.format === "csv") io.stdout.write(formatCsv(table.header, table.rows));
    else io.stdout.write(`${formatTable(table.rows, { header: table.header })}\n`);
    return EXIT.ok;
  },
};
