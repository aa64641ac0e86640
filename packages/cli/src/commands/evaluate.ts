import { readFile } from "node:fs/promises";
import {
  isTvaersInputError,
  type Locale,
  labelText,
  type NetworkDocument,
  type Problem,
  parseJsonText,
  TvaersInputError,
} from "@tvaers/model";
import { type PathwayEvent, readEventLog } from "@tvaers/pathways";
import {
  type Comparison,
  evaluateModel,
  type ModelDocument,
  type ModelEvaluation,
  parseModel,
  readStakeholdersFile,
  type StakeholderDocument,
} from "@tvaers/stakeholders";
import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { formatNumber } from "../format/number.js";
import { formatTable } from "../format/table.js";
import { readNetwork } from "../read-network.js";

/** Reads a JSON file, turning a missing or unreadable file into a plain problem naming it. */
export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code !== "string") throw error;
    const message =
      code === "ENOENT"
        ? "there is no file with this name (check the path)"
        : code === "EISDIR"
          ? "this is a folder, not a file"
          : `the file cannot be read (${code})`;
    throw new TvaersInputError([{ file: path, message }]);
  }
  return parseJsonText(text, path);
}

/** Reads and validates a collaboration model file (`tvaers.model/v1`). */
export async function readModelFile(path: string): Promise<ModelDocument> {
  const value = await readJsonFile(path);
  try {
    return parseModel(value, { file: path });
  } catch (error) {
    if (isTvaersInputError(error)) throw error.inFile(path);
    throw error;
  }
}

/**
 * Runs each reader, collecting every `TvaersInputError`'s problems so all files are reported in one
 * round; returns the values when none failed.
 */
export async function readAll<T extends unknown[]>(
  ...readers: { [K in keyof T]: () => Promise<T[K]> }
): Promise<T> {
  const problems: Problem[] = [];
  const values = [] as unknown[];
  for (const read of readers) {
    try {
      values.push(await read());
    } catch (error) {
      if (!isTvaersInputError(error)) throw error;
      problems.push(...error.problems);
      values.push(undefined);
    }
  }
  if (problems.length > 0) throw new TvaersInputError(problems);
  return values as T;
}

const round = (value: number) => (Number.isFinite(value) ? formatNumber(value) : "–");
const percent = (relative: number | null) =>
  relative === null || !Number.isFinite(relative)
    ? ""
    : ` (${relative > 0 ? "+" : ""}${(relative * 100).toFixed(1)} %)`;
const row = (name: string, c: Comparison): string[] => [
  name,
  round(c.before),
  round(c.after),
  `${round(c.change)}${percent(c.relative)}`,
];

const WORDS = {
  en: {
    measure: "measure",
    before: "before",
    after: "after",
    change: "change",
    severity: "gap severity",
    cross: "cross-sector gap severity",
    flagged: "gaps (flagged)",
    closed: "gaps closed / opened",
    wait: "mean handoff wait (hours)",
    ei: "E-I index (working relations)",
    broker: "broker dependence (largest share)",
    pathways: "Pathways",
    cases: "cases",
    scaled: "handoffs with a scaled wait",
    mean: "mean",
    median: "median",
    stakeholder: "stakeholder",
    tiesAdded: "ties added",
    changes: "Changes",
    on: "on",
    missing: "actors not in the network",
  },
  da: {
    measure: "mål",
    before: "før",
    after: "efter",
    change: "ændring",
    severity: "alvor af huller",
    cross: "alvor af huller på tværs af sektorer",
    flagged: "huller (markerede)",
    closed: "huller lukket / åbnet",
    wait: "gennemsnitlig ventetid ved overdragelse (timer)",
    ei: "E-I-indeks (arbejdsrelationer)",
    broker: "afhængighed af én mægler (største andel)",
    pathways: "Forløb",
    cases: "forløb",
    scaled: "overdragelser med ændret ventetid",
    mean: "gns.",
    median: "median",
    stakeholder: "interessent",
    tiesAdded: "nye relationer",
    changes: "Ændringer",
    on: "på",
    missing: "aktører ikke i netværket",
  },
} as const;

/** The evaluation as text: measures side by side, pathways, stakeholders and the change log. */
function formatEvaluation(result: ModelEvaluation, language: Locale): string {
  const w = WORDS[language];
  const { gaps, brokerDependence: broker } = result;
  const lines = [`${labelText(result.label, language)} (${result.model}) ${w.on} ${result.network}`, ""];
  const brokerCell = (b: { share: number; actor: string | null }) =>
    `${round(b.share)}${b.actor === null ? "" : ` ${b.actor}`}`;
  lines.push(
    formatTable(
      [
        row(w.severity, gaps.severity),
        row(w.cross, gaps.crossSectorSeverity),
        row(w.flagged, gaps.flagged),
        [w.closed, "", "", `${gaps.closed.length} / ${gaps.opened.length}`],
        row(w.wait, result.meanWaitHours),
        row(w.ei, result.eiIndex),
        [w.broker, brokerCell(broker.before), brokerCell(broker.after), round(broker.change)],
      ],
      { header: [w.measure, w.before, w.after, w.change], align: ["left", "right", "right", "right"] },
    ),
  );
  if (result.pathways !== null) {
    const p = result.pathways;
    lines.push("", `${w.pathways}: ${p.cases} ${w.cases}, ${p.handoffsScaled} ${w.scaled}`);
    const rows = Object.entries(p.measures).map(([name, m]) => [
      name,
      round(m.before.mean),
      round(m.after.mean),
      round(m.before.median),
      round(m.after.median),
    ]);
    const header = [
      w.measure,
      `${w.mean} ${w.before}`,
      `${w.mean} ${w.after}`,
      `${w.median} ${w.before}`,
      `${w.median} ${w.after}`,
    ];
    lines.push(formatTable(rows, { header, align: ["left", "right", "right", "right", "right"] }));
  }
  if (result.stakeholders.length > 0) {
    const rows = result.stakeholders.map((s) => [
      labelText(s.label, language) || s.stakeholder,
      round(s.gaps.severity.before),
      round(s.gaps.severity.after),
      `${s.gaps.closed.length} / ${s.gaps.opened.length}`,
      s.tiesAdded,
      s.missing.join(", "),
    ]);
    lines.push("");
    lines.push(
      formatTable(rows, {
        header: [w.stakeholder, `${w.severity} ${w.before}`, w.after, w.closed, w.tiesAdded, w.missing],
        align: ["left", "right", "right", "right", "right", "left"],
      }),
    );
  }
  lines.push("", `${w.changes} (${result.changes.length}):`);
  for (const change of result.changes) lines.push(`  ${change.rule + 1}. ${change[language]}`);
  return `${lines.join("\n")}\n`;
}

/** `tvaers evaluate <network> <model>`: what a collaboration model does to a network, before and after. */
export const evaluate: Command = {
  name: "evaluate",
  summary: "apply a collaboration model to a network and compare before and after",
  description:
    "Applies a collaboration model (tvaers.model/v1) to a network and puts the two side by side:\n" +
    "communication-gap severity (all handoffs and across sectors), gaps closed and opened, the mean\n" +
    "handoff wait, the E-I index of the working relations, and dependence on a single broker between\n" +
    "sectors. With --log, pathway measures before and after (waits the model scales are projected onto\n" +
    "the logged cases); with --stakeholders, each stakeholder's impact, traced to the changes that touch\n" +
    "its actors (actors it links that the network lacks are listed). The change log follows, in English\n" +
    "or Danish. JSON is keyed like evaluateModel's result.",
  arguments: ["<network>", "<model>"],
  options: {
    log: { type: "string", description: "event log of the network's cases (CSV, XES or JSON Lines)" },
    stakeholders: { type: "string", description: "stakeholder document whose impacts to trace" },
    format: { type: "string", choices: ["table", "json"], description: "output format" },
    language: { type: "string", choices: ["en", "da"], description: "language of the table and change log" },
  },
  examples: [
    "tvaers evaluate data/networks/midtklyngen.json data/models/hospital-on-nfs.json",
    "tvaers evaluate data/networks/klynge-vest.json data/models/video-family-conversations.json --language da",
    "tvaers evaluate data/networks/midtklyngen.json data/models/work-restrictions-in-record.json --log data/logs/midtklyngen.csv",
    "tvaers evaluate data/networks/ms-collaboration.json data/models/ms-liaison-consultant.json --stakeholders data/stakeholders/ms-reference-group.json --language da",
  ],
  async run({ positionals, options }, io) {
    const [networkFile, modelFile] = positionals as [string, string];
    const logFile = typeof options.log === "string" ? options.log : undefined;
    const stakeholderFile = typeof options.stakeholders === "string" ? options.stakeholders : undefined;
    const [network, model] = await readAll<[NetworkDocument, ModelDocument]>(
      () => readNetwork(networkFile),
      () => readModelFile(modelFile),
    );
    const [log, stakeholders] = await readAll<[PathwayEvent[] | undefined, StakeholderDocument | undefined]>(
      async () => {
        if (logFile === undefined) return undefined;
        const events: PathwayEvent[] = [];
        for await (const batch of readEventLog(logFile).batches())
          for (const event of batch) events.push(event);
        return events;
      },
      async () => (stakeholderFile === undefined ? undefined : readStakeholdersFile(stakeholderFile)),
    );
    const result = evaluateModel(network, model, {
      ...(log !== undefined && { log }),
      ...(stakeholders !== undefined && { stakeholders }),
    });
    if (options.format === "json") io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else io.stdout.write(formatEvaluation(result, options.language === "da" ? "da" : "en"));
    return EXIT.ok;
  },
};
