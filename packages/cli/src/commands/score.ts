import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import {
  isTvaersInputError,
  type Locale,
  labelText,
  type NetworkDocument,
  TvaersInputError,
} from "@tvaers/model";
import {
  type CriteriaDocument,
  defaultCriteria,
  type ModelDocument,
  type ModelScores,
  parseCriteria,
  type RankAcceptability,
  rankAcceptability,
  readStakeholdersFile,
  type StakeholderDocument,
  scoreModels,
  tornado,
} from "@tvaers/stakeholders";
import type { Command, CommandInput } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { type CsvCell, formatCsv } from "../format/csv.js";
import { formatTable } from "../format/table.js";
import { readNetwork } from "../read-network.js";
import { UsageError } from "../usage-error.js";
import { readAll, readJsonFile, readModelFile } from "./evaluate.js";

/** A whole number ≥ 0 from an option, or the fallback. */
function integer(name: string, value: CommandInput["options"][string], fallback: number): number {
  if (typeof value !== "string") return fallback;
  const n = Number(value);
  if (value.trim() === "" || !Number.isInteger(n) || n < 0) {
    throw new UsageError(`--${name} must be a whole number ≥ 0, not "${value}"`);
  }
  return n;
}

/** The model files: `--models` (a file, a folder of .json files, or a comma-separated list) and any more after it. */
async function modelFiles(
  option: CommandInput["options"][string],
  more: readonly string[],
): Promise<string[]> {
  if (typeof option !== "string") throw new UsageError("--models <files…> is needed");
  const files: string[] = [];
  const paths = [option, ...more]
    .flatMap((list) => list.split(",").map((p) => p.trim()))
    .filter((p) => p !== "");
  for (const path of paths) {
    const isFolder = await stat(path).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isFolder) files.push(path);
    else {
      const names = (await readdir(path)).filter((n) => n.toLowerCase().endsWith(".json")).sort();
      if (names.length === 0)
        throw new TvaersInputError([{ file: path, message: "this folder holds no .json model files" }]);
      files.push(...names.map((n) => join(path, n)));
    }
  }
  return files;
}

/** Reads and validates a criteria document (`tvaers.criteria/v1`). */
async function readCriteriaFile(path: string): Promise<CriteriaDocument> {
  const value = await readJsonFile(path);
  try {
    return parseCriteria(value, { file: path });
  } catch (error) {
    if (isTvaersInputError(error)) throw error.inFile(path);
    throw error;
  }
}

/** The ranking, stakeholder weights, robustness and warnings as text. */
function formatScores(
  scores: ModelScores,
  acceptability: RankAcceptability | null,
  bars: ReturnType<typeof tornado> | null,
  language: Locale,
): string {
  const da = language === "da";
  const accept = new Map(acceptability?.models.map((m) => [m.model, m]));
  const header = [da ? "rang" : "rank", "model", "score"];
  const align: ("left" | "right")[] = ["right", "left", "right", "right", "right"];
  if (acceptability !== null)
    header.push(da ? "P(rang 1)" : "P(rank 1)", da ? "forventet rang" : "expected rank");
  const rows = scores.models.map((m) => {
    const a = accept.get(m.model);
    const cells = [m.rank, `${labelText(m.label, language)} (${m.model})`, m.score.toFixed(3)];
    return a === undefined ? cells : [...cells, a.acceptability[0]!.toFixed(3), a.expectedRank.toFixed(2)];
  });
  const lines = [formatTable(rows, { header, align })];
  if (acceptability !== null) {
    lines.push(
      da
        ? `(${acceptability.samples} udtræk, frø ${acceptability.seed}: vægte ligeligt fordelt, virkninger inden for deres usikkerhed)`
        : `(${acceptability.samples} draws, seed ${acceptability.seed}: weights uniform, impacts within their uncertainty)`,
    );
  }
  lines.push("");
  const weightRows = scores.stakeholders.map((s) => [
    labelText(s.label, language) || s.stakeholder,
    s.weight.toFixed(3),
    s.source === "salience" ? `${s.source}: ${s.salience ?? "–"}` : s.source,
    s.criteria.map((c) => `${c.criterion} ${c.weight.toFixed(2)}`).join(", "),
  ]);
  const weightHeader = da
    ? ["interessent", "vægt", "fra", "kriterier"]
    : ["stakeholder", "weight", "from", "criteria"];
  lines.push(formatTable(weightRows, { header: weightHeader }));
  const top = scores.models[0];
  const topBars = bars?.models.find((m) => m.model === top?.model)?.bars.slice(0, 5) ?? [];
  if (top !== undefined && topBars.length > 0) {
    lines.push("", da ? `Mest følsomt for ${top.model}:` : `Most sensitive for ${top.model}:`);
    for (const bar of topBars) {
      const what = `${bar.parameter} ${bar.stakeholder}${bar.criterion === undefined ? "" : `/${bar.criterion}`}`;
      lines.push(`  ${what}: ${bar.low.score.toFixed(3)} – ${bar.high.score.toFixed(3)}`);
    }
  }
  if (scores.warnings.length > 0) {
    lines.push("", da ? "Advarsler:" : "Warnings:");
    for (const warning of scores.warnings) lines.push(`  ${warning}`);
  }
  return `${lines.join("\n")}\n`;
}

/** One CSV row per model, stakeholder and criterion: the contributions, for a waterfall. */
function formatScoresCsv(
  scores: ModelScores,
  acceptability: RankAcceptability | null,
  language: Locale,
): string {
  const accept = new Map(acceptability?.models.map((m) => [m.model, m]));
  const impacts = new Map(
    scores.impacts.map((i) => [JSON.stringify([i.model, i.stakeholder, i.criterion]), i]),
  );
  const header = ["model", "label", "rank", "score", "rank1_acceptability", "expected_rank"];
  header.push(
    "stakeholder",
    "criterion",
    "weight",
    "impact",
    "impact_source",
    "uncertainty",
    "contribution",
    "delta",
  );
  const rows: CsvCell[][] = scores.models.flatMap((m) =>
    m.contributions.map((c) => {
      const a = accept.get(m.model);
      const impact = impacts.get(JSON.stringify([m.model, c.stakeholder, c.criterion]));
      return [
        m.model,
        labelText(m.label, language),
        m.rank,
        m.score,
        a?.acceptability[0] ?? null,
        a?.expectedRank ?? null,
        c.stakeholder,
        c.criterion,
        c.weight,
        c.impact,
        impact?.source ?? null,
        impact?.uncertainty ?? null,
        c.contribution,
        c.delta,
      ];
    }),
  );
  return formatCsv(header, rows);
}

/** `tvaers score <network> --models <files…> --stakeholders <file>`: MAMCA scores and their robustness. */
export const score: Command = {
  name: "score",
  summary: "score collaboration models by stakeholders' criteria and test how robust the ranking is",
  description:
    "Scores collaboration models for a network in a multi-actor multi-criteria analysis: each stakeholder\n" +
    "group weighs its own criteria (from --criteria, a tvaers.criteria/v1 document; without it, patient\n" +
    "experience and population health derived from the network, equally weighted), impacts are entered\n" +
    "or derived from what each model does to the network, and stakeholders weigh by salience unless the\n" +
    "criteria document sets their weight. The ranking's robustness follows: rank acceptability over\n" +
    "--samples seeded draws of the weights and impacts (0 skips it) and one-at-a-time sensitivity.\n" +
    "--models takes a file, a folder of .json models or a comma-separated list; more model files may\n" +
    "follow it. Stakeholders may link actors of another network; the warnings name them. JSON is keyed\n" +
    "like the library (scores, acceptability, tornado); CSV has one row per\n" +
    "model, stakeholder and criterion, for a waterfall of contributions.",
  arguments: ["<network>"],
  variadic: true,
  options: {
    models: { type: "string", description: "model files (a file, a folder or a comma-separated list)" },
    stakeholders: { type: "string", description: "stakeholder document (.json or .csv)" },
    criteria: { type: "string", description: "criteria document: criteria, weights and entered impacts" },
    samples: {
      type: "string",
      description: "Monte Carlo draws for rank acceptability (default 10000; 0 skips)",
    },
    seed: { type: "string", description: "seed of the draws (default 1)" },
    format: { type: "string", choices: ["table", "json", "csv"], description: "output format" },
    language: { type: "string", choices: ["en", "da"], description: "language of labels" },
  },
  examples: [
    "tvaers score data/networks/ms-collaboration.json --models data/models --stakeholders data/stakeholders/ms-reference-group.json --criteria data/criteria/ms-reference-group.json",
    "tvaers score data/networks/klynge-vest.json --models data/models/ips.json data/models/fact-team.json --stakeholders data/stakeholders/klynge-vest-steering-group.json --samples 2000 --seed 7 --format csv",
  ],
  async run({ positionals, options }, io) {
    const [networkFile, ...more] = positionals as [string, ...string[]];
    const samples = integer("samples", options.samples, 10_000);
    const seed = integer("seed", options.seed, 1);
    if (typeof options.stakeholders !== "string") throw new UsageError("--stakeholders <file> is needed");
    const stakeholderFile = options.stakeholders;
    const criteriaFile = typeof options.criteria === "string" ? options.criteria : undefined;
    const files = await modelFiles(options.models, more);
    const [network, criteria, ...models] = await readAll<
      [NetworkDocument, CriteriaDocument | undefined, ...ModelDocument[]]
    >(
      () => readNetwork(networkFile),
      async () => (criteriaFile === undefined ? undefined : readCriteriaFile(criteriaFile)),
      ...files.map((file) => () => readModelFile(file)),
    );
    const [stakeholders] = await readAll<[StakeholderDocument]>(() => readStakeholdersFile(stakeholderFile));
    const scores = scoreModels(network, models, stakeholders, criteria ?? defaultCriteria(stakeholders));
    const acceptability = samples === 0 ? null : rankAcceptability(scores.problem, { samples, seed });
    const bars = tornado(scores.problem);
    const language = options.language === "da" ? "da" : "en";
    if (options.format === "json") {
      io.stdout.write(`${JSON.stringify({ scores, acceptability, tornado: bars }, null, 2)}\n`);
    } else if (options.format === "csv") {
      io.stdout.write(formatScoresCsv(scores, acceptability, language));
    } else {
      io.stdout.write(formatScores(scores, acceptability, bars, language));
    }
    return EXIT.ok;
  },
};
