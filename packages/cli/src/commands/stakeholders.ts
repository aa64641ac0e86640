import {
  isTvaersInputError,
  labelText,
  type NetworkDocument,
  type Problem,
  TvaersInputError,
  toGraph,
} from "@tvaers/model";
import {
  type Bilingual,
  type Classification,
  classify,
  type InteressentConvention,
  interessentClass,
  MENDELOW_CLASSES,
  type NetworkPower,
  networkPower,
  readStakeholdersFile,
  SALIENCE_CLASSES,
  type StakeholderClassification,
  type StakeholderDocument,
  withBlendedPower,
} from "@tvaers/stakeholders";
import type { Command, CommandInput } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { type CsvCell, formatCsv } from "../format/csv.js";
import { formatNumber } from "../format/number.js";
import { formatTable } from "../format/table.js";
import { readNetwork } from "../read-network.js";
import { UsageError } from "../usage-error.js";

type Language = keyof Bilingual;

/** What a classification of one stakeholder says: its id, name and handling, or nothing. */
interface Described {
  id: string | null;
  label: Bilingual | null;
  handling: Bilingual | null;
}

const KINDS = ["mendelow", "interessent", "salience"] as const;

/** The name and handling of each class a stakeholder falls in. */
function describe(
  s: StakeholderClassification,
  convention: InteressentConvention,
): Record<(typeof KINDS)[number], Described> {
  const info = {
    mendelow: s.mendelow === null ? undefined : MENDELOW_CLASSES[s.mendelow],
    interessent: s.interessent === null ? undefined : interessentClass(s.interessent, convention),
    salience: s.salience === null ? undefined : SALIENCE_CLASSES[s.salience],
  };
  const out = {} as Record<(typeof KINDS)[number], Described>;
  for (const kind of KINDS) {
    const c = info[kind];
    out[kind] = { id: c?.id ?? null, label: c?.label ?? null, handling: c?.handling ?? null };
  }
  return out;
}

/** The JSON report: the classifications by id, with names and handling beside them. */
function toJson(result: Classification, power: NetworkPower | undefined): unknown {
  const powers = new Map(power?.stakeholders.map((p) => [p.id, p]));
  return {
    convention: result.convention,
    stakeholders: result.stakeholders.map((s) => {
      const d = describe(s, result.convention);
      const p = powers.get(s.id);
      return {
        id: s.id,
        mendelow: s.mendelow,
        interessent: s.interessent,
        salience: s.salience,
        bourne: s.bourne,
        labels: { mendelow: d.mendelow.label, interessent: d.interessent.label, salience: d.salience.label },
        handling: {
          mendelow: d.mendelow.handling,
          interessent: d.interessent.handling,
          salience: d.salience.handling,
        },
        ...(p !== undefined && { power: { stated: p.stated, network: p.network, blended: p.blended } }),
      };
    }),
    ...(power !== undefined && { blend: power.blend, disagreements: power.disagreements }),
    warnings: [...result.warnings.map((w) => w.message), ...(power?.warnings.map((w) => w.message) ?? [])],
  };
}

const round = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.round(value * 1000) / 1000;

/** One row per stakeholder: ids, names in the chosen language, the index and, with a network, power. */
function rows(
  doc: StakeholderDocument,
  result: Classification,
  power: NetworkPower | undefined,
  language: Language,
) {
  const labels = new Map(doc.stakeholders.map((s) => [s.id, labelText(s.label, language) || s.id]));
  const powers = new Map(power?.stakeholders.map((p) => [p.id, p]));
  return result.stakeholders.map((s) => {
    const d = describe(s, result.convention);
    const p = powers.get(s.id);
    return {
      id: s.id,
      label: labels.get(s.id) ?? s.id,
      classes: KINDS.map((k) => ({ id: d[k].id, name: d[k].label?.[language] ?? null })),
      bourne: s.bourne,
      power: p === undefined ? [] : [p.stated, round(p.network), round(p.blended)],
    };
  });
}

function csv(
  doc: StakeholderDocument,
  result: Classification,
  power: NetworkPower | undefined,
  language: Language,
  separator: "," | ";",
) {
  const header = ["id", "label", ...KINDS.flatMap((k) => [k, `${k}_label`]), "bourne"];
  if (power !== undefined) header.push("power_stated", "power_network", "power_blended");
  const body = rows(doc, result, power, language).map((r): CsvCell[] => [
    r.id,
    r.label,
    ...r.classes.flatMap((c) => [c.id, c.name]),
    r.bourne,
    ...r.power,
  ]);
  return formatCsv(header, body, { separator });
}

function table(
  doc: StakeholderDocument,
  result: Classification,
  power: NetworkPower | undefined,
  language: Language,
) {
  const da = language === "da";
  const header = [da ? "interessent" : "stakeholder", "Mendelow", "interessentanalyse", "salience", "Bourne"];
  if (power !== undefined)
    header.push(
      da ? "magt (angivet)" : "power (stated)",
      da ? "netværk" : "network",
      da ? "samlet" : "blended",
    );
  const shown = rows(doc, result, power, language).map((r) => [
    r.label,
    ...r.classes.map((c) => c.name ?? "–"),
    r.bourne === null ? "–" : r.bourne.toFixed(2),
    ...r.power.map((v) => (v === null ? "–" : formatNumber(v))),
  ]);
  const lines = [formatTable(shown, { header })];
  const seen = new Map<string, string>();
  for (const s of result.stakeholders) {
    for (const d of Object.values(describe(s, result.convention))) {
      if (d.label !== null && d.handling !== null) seen.set(d.label[language], d.handling[language]);
    }
  }
  lines.push("", da ? "Anbefalet håndtering:" : "Recommended handling:");
  for (const [name, handling] of seen) lines.push(`  ${name}: ${handling}`);
  if (power !== undefined && power.disagreements.length > 0) {
    lines.push(
      "",
      da
        ? "Største forskel mellem angivet magt og magt i netværket:"
        : "Stated and network power disagree most:",
    );
    for (const d of power.disagreements.slice(0, 5)) {
      const [stated, inNetwork] = da ? ["angivet", "i netværket"] : ["stated", "in the network"];
      const sign = d.difference > 0 ? "+" : "";
      lines.push(
        `  ${d.id}: ${formatNumber(d.stated)} ${stated}, ${formatNumber(round(d.network)!)} ${inNetwork} (${sign}${formatNumber(round(d.difference)!)})`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The blend weight from `--blend`, which must be a number from 0 to 1. */
function blendOf(value: CommandInput["options"][string]): number | undefined {
  if (typeof value !== "string") return undefined;
  const blend = Number(value);
  if (value.trim() === "" || !(blend >= 0 && blend <= 1))
    throw new UsageError(`--blend must be a number from 0 to 1 (not "${value}")`);
  return blend;
}

/** `tvaers stakeholders <file>`: classifies the stakeholders of a stakeholder document. */
export const stakeholders: Command = {
  name: "stakeholders",
  summary: "classify stakeholders: power–interest, interessentanalyse, salience, Stakeholder Circle",
  description:
    "Reads a stakeholder document (tvaers.stakeholders/v1 as .json, or .csv) and classifies every\n" +
    "stakeholder four ways: Mendelow's power–interest quadrant, the Danish interessentanalyse (influence\n" +
    "× how much they are affected; --convention a or b), Mitchell, Agle & Wood's salience class, and\n" +
    "Bourne's Stakeholder Circle index (0–1). A value counts as high when above its scale's midpoint.\n" +
    "With --network, actor links are checked and stated power is set beside network power (degree,\n" +
    "betweenness, brokerage of the linked actors); --power blended classifies on the blend.",
  arguments: ["<file>"],
  options: {
    format: { type: "string", choices: ["table", "json", "csv"], description: "output format" },
    convention: { type: "string", choices: ["a", "b"], description: "interessentanalyse naming convention" },
    network: { type: "string", description: "network file the stakeholders' actor links refer to" },
    blend: {
      type: "string",
      description: "weight of network power in the blend, 0–1 (default 0.5; needs --network)",
    },
    power: {
      type: "string",
      choices: ["stated", "blended"],
      description: "power to classify on (blended needs --network)",
    },
    language: {
      type: "string",
      choices: ["en", "da"],
      description: "language of class names in table and CSV",
    },
    separator: {
      type: "string",
      choices: [",", ";"],
      description: "CSV field separator (; for Danish Excel)",
    },
  },
  examples: [
    "tvaers stakeholders data/stakeholders/ms-reference-group.json",
    "tvaers stakeholders data/stakeholders/ms-reference-group.csv --convention b --language da",
    "tvaers stakeholders data/stakeholders/klynge-vest-steering-group.json --network data/networks/klynge-vest.json --format json",
  ],
  async run({ positionals, options }, io) {
    const blend = blendOf(options.blend);
    const networkFile = typeof options.network === "string" ? options.network : undefined;
    if (networkFile === undefined && (blend !== undefined || options.power === "blended")) {
      throw new UsageError(`${blend !== undefined ? "--blend" : "--power blended"} needs --network <file>`);
    }
    const problems: Problem[] = [];
    let network: NetworkDocument | undefined;
    if (networkFile !== undefined) {
      try {
        network = await readNetwork(networkFile);
      } catch (error) {
        if (!isTvaersInputError(error)) throw error;
        problems.push(...error.problems);
      }
    }
    let doc: StakeholderDocument | undefined;
    try {
      doc = await readStakeholdersFile(positionals[0]!, network === undefined ? {} : { network });
    } catch (error) {
      if (!isTvaersInputError(error)) throw error;
      problems.push(...error.problems);
    }
    if (doc === undefined || problems.length > 0) throw new TvaersInputError(problems);
    const power =
      network === undefined
        ? undefined
        : networkPower(doc.stakeholders, toGraph(network), {
            ...(blend !== undefined && { blend }),
            ...(doc.scales && { scales: doc.scales }),
          });
    const classified =
      power !== undefined && options.power === "blended" ? withBlendedPower(doc, power) : doc;
    const result = classify(classified, { convention: options.convention === "b" ? "b" : "a" });
    const language: Language = options.language === "da" ? "da" : "en";
    for (const w of [...result.warnings, ...(power?.warnings ?? [])])
      io.stderr.write(`warning: ${w.message}\n`);
    if (options.format === "json") io.stdout.write(`${JSON.stringify(toJson(result, power), null, 2)}\n`);
    else if (options.format === "csv")
      io.stdout.write(csv(doc, result, power, language, options.separator === ";" ? ";" : ","));
    else io.stdout.write(table(doc, result, power, language));
    return EXIT.ok;
  },
};
