// @vitest-environment happy-dom
/**
 * SVG snapshot tests of the model-relevance views (score waterfall, rank acceptability, tornado) on
 * the MS collaboration example: nine models scored by the reference group's criteria (illustrative
 * weights and impacts), rank acceptability seeded. Also the problem table.
 */
process.env.TZ = "UTC";

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseNetwork } from "@tvaers/model";
import {
  rankAcceptability as acceptabilityOf,
  parseCriteria,
  parseModel,
  parseStakeholders,
  scoreModels,
  tornado,
} from "@tvaers/stakeholders";
import { describe, expect, it } from "vitest";
import { problemTable, rankAcceptability, scoreWaterfall, tornadoChart } from "../src/index.js";

const data = join(dirname(fileURLToPath(import.meta.url)), "../../../data");
const read = (path: string) => JSON.parse(readFileSync(join(data, path), "utf8"));
const network = parseNetwork(read("networks/ms-collaboration.json"));
const models = readdirSync(join(data, "models"))
  .sort()
  .map((file) => parseModel(read(`models/${file}`)));
const stakeholders = parseStakeholders(read("stakeholders/ms-reference-group.json"));
const scores = scoreModels(
  network,
  models,
  stakeholders,
  parseCriteria(read("criteria/ms-reference-group.json")),
);

/** Pretty-prints SVG markup one element per line, so a snapshot diff shows what changed. */
const pretty = (svg: SVGSVGElement) => `${svg.outerHTML.replaceAll("><", ">\n<")}\n`;

describe("scoreWaterfall", () => {
  const best = scores.models[0]!;
  const steps = best.contributions
    .filter((c) => c.delta !== 0)
    .map((c) => ({ label: `${c.stakeholder}: ${c.criterion}`, delta: c.delta }));

  it("runs from the neutral score to the model's score (English)", async () => {
    const svg = scoreWaterfall(scores.neutral, steps, { maxSteps: 8 });
    const rows = svg.querySelectorAll(".rows .row");
    expect(rows).toHaveLength(Math.min(8, steps.length) + 2);
    expect(rows[rows.length - 1]!.textContent).toContain(best.score.toFixed(3));
    expect(rows[0]!.textContent).toContain("0.500");
    expect(svg.querySelector(".rows")?.textContent).toContain(`Other (${steps.length - 7})`);
    await expect(pretty(svg)).toMatchFileSnapshot("__snapshots__/score-waterfall-en.svg");
  });

  it("writes Danish numbers and names", () => {
    const svg = scoreWaterfall(0.5, [{ label: "KL: økonomi", delta: -0.025 }], { locale: "da" });
    expect(svg.querySelector(".chart-title")?.textContent).toBe("Hvordan scoren er sammensat");
    expect(svg.querySelector(".rows")?.textContent).toContain("−0,025");
    expect(svg.querySelector(".rows")?.textContent).toContain("0,475");
  });
});

describe("rankAcceptability", () => {
  const result = acceptabilityOf(scores.problem, { samples: 2000, seed: 1 });
  const rows = result.models
    .map((m) => ({ ...m, label: models.find((d) => d.id === m.model)!.label }))
    .sort((a, b) => a.expectedRank - b.expectedRank);

  it("stacks each model's rank shares to 100 % (English)", async () => {
    const svg = rankAcceptability(rows);
    const bars = svg.querySelectorAll(".rows .row");
    expect(bars).toHaveLength(models.length);
    const plot = [
      Number(svg.querySelectorAll(".axis line")[0]!.getAttribute("x1")),
      Number(svg.querySelectorAll(".axis line")[4]!.getAttribute("x1")),
    ];
    for (const bar of Array.from(bars)) {
      const widths = Array.from(bar.querySelectorAll("rect")).map((r) => Number(r.getAttribute("width")));
      expect(widths.reduce((s, w) => s + w, 0)).toBeCloseTo(plot[1]! - plot[0]!, 6);
    }
    expect(svg.querySelector(".legend")?.textContent).toContain("expected rank");
    await expect(pretty(svg)).toMatchFileSnapshot("__snapshots__/rank-acceptability-en.svg");
  });

  it("is labelled in Danish", () => {
    const svg = rankAcceptability(rows, { locale: "da" });
    expect(svg.querySelector(".legend")?.textContent).toContain("Plads");
    expect(svg.querySelector(".rows")?.textContent).toContain("MS-konsulent i kommunen");
  });
});

describe("tornadoChart", () => {
  const [first] = tornado(scores.problem).models;
  const rows = first!.bars.map((b) => ({
    label: `${b.parameter} ${b.stakeholder}${b.criterion ? ` ${b.criterion}` : ""}`,
    low: b.low.score,
    high: b.high.score,
  }));

  it("draws the widest inputs first around the stated score (English)", async () => {
    const svg = tornadoChart(first!.score, rows, { maxBars: 10 });
    const shown = svg.querySelectorAll(".rows .row");
    expect(shown).toHaveLength(10);
    const width = (row: Element) =>
      Array.from(row.querySelectorAll("rect")).reduce((s, r) => s + Number(r.getAttribute("width")), 0);
    expect(width(shown[0]!)).toBeGreaterThanOrEqual(width(shown[9]!));
    expect(svg.querySelector(".legend")?.textContent).toContain(
      `${rows.length - 10} narrower inputs not shown`,
    );
    await expect(pretty(svg)).toMatchFileSnapshot("__snapshots__/tornado-en.svg");
  });
});

describe("problemTable", () => {
  it("shows file, line or place, field and message, with a CSV download (Danish headers)", () => {
    const table = problemTable(
      [
        { file: "ties.csv", line: 14, field: "target", message: 'target "x" is not an actor in actors.csv' },
        { file: "network.json", path: "actors[2].sector", field: "sector", message: "=1+1 is not a sector" },
      ],
      { locale: "da" },
    );
    expect(table.classList.contains("tvaers-problems")).toBe(true);
    expect(Array.from(table.querySelectorAll("th")).map((th) => th.textContent)).toEqual([
      "Fil",
      "Linje eller sted",
      "Felt",
      "Hvad er galt",
    ]);
    expect(Array.from(table.querySelectorAll("tbody tr:first-child td")).map((td) => td.textContent)).toEqual(
      ["ties.csv", "linje 14", "target", 'target "x" is not an actor in actors.csv'],
    );
    expect(table.querySelector("tbody tr:last-child td:nth-child(2)")?.textContent).toBe("actors[2].sector");
    expect(table.querySelector("button[data-format=csv]")).not.toBeNull();
  });

  it("says when there is nothing wrong", () => {
    expect(problemTable([]).textContent).toBe("No problems found.");
  });
});
