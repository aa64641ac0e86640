// @vitest-environment happy-dom
/**
 * SVG snapshot tests of the stakeholder views on the seed stakeholder analyses (data/stakeholders,
 * illustrative values), classified by @tvaers/stakeholders. The snapshots under __snapshots__/ are
 * also the gallery.
 */
process.env.TZ = "UTC";

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { classify, INTERESSENT_CLASSES, parseStakeholders } from "@tvaers/stakeholders";
import { describe, expect, it } from "vitest";
import { powerInterestGrid, salienceDiagram } from "../src/index.js";

const data = join(dirname(fileURLToPath(import.meta.url)), "../../../data");
const read = (path: string) => parseStakeholders(JSON.parse(readFileSync(join(data, path), "utf8")));
const ms = read("stakeholders/ms-reference-group.json");
const vest = read("stakeholders/klynge-vest-steering-group.json");

/** Pretty-prints SVG markup one element per line, so a snapshot diff shows what changed. */
const pretty = (svg: SVGSVGElement) => `${svg.outerHTML.replaceAll("><", ">\n<")}\n`;

/** The centre of each numbered dot, by its number. */
function dotCentres(svg: SVGSVGElement): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  for (const dot of Array.from(svg.querySelectorAll(".dots .dot"))) {
    const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(dot.getAttribute("transform")!)!;
    out.set(Number(dot.querySelector("text")!.textContent), [Number(x), Number(y)]);
  }
  return out;
}

describe("powerInterestGrid", () => {
  const points = ms.stakeholders.map((s) => ({ ...s, x: s.interest, y: s.power }));

  it("places every stakeholder of the MS reference group in its Mendelow field (English)", async () => {
    const svg = powerInterestGrid(points);
    expect(svg.querySelectorAll(".dots .dot")).toHaveLength(ms.stakeholders.length);
    expect(svg.querySelector(".key")?.textContent).toContain("Patient representatives");
    expect(svg.querySelector(".attitude-legend")?.textContent).toContain("against");
    // Each dot lies inside the field classify() gives it: right of the line for high interest, above for high power.
    const [cutX, cutY] = [
      Number(svg.querySelector(".grid line")!.getAttribute("x1")),
      Number(svg.querySelectorAll(".grid line")[1]!.getAttribute("y1")),
    ];
    const centres = dotCentres(svg);
    classify(ms).stakeholders.forEach((c, i) => {
      const [x, y] = centres.get(i + 1)!;
      expect(x > cutX, `${c.id} interest`).toBe(
        c.mendelow === "manage-closely" || c.mendelow === "keep-informed",
      );
      expect(y < cutY, `${c.id} power`).toBe(
        c.mendelow === "manage-closely" || c.mendelow === "keep-satisfied",
      );
    });
    await expect(pretty(svg)).toMatchFileSnapshot("__snapshots__/power-interest-grid-en.svg");
  });

  it("draws the interessentanalyse in Danish, with the field names of convention b", async () => {
    const fields = INTERESSENT_CLASSES.b;
    const svg = powerInterestGrid(
      vest.stakeholders.map((s) => ({ ...s, x: s.affected, y: s.power })),
      {
        locale: "da",
        title: "Interessentanalyse",
        x: { label: "Påvirkning" },
        y: { label: "Indflydelse" },
        fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.label.da])),
      },
    );
    const names = Array.from(svg.querySelectorAll(".field-name")).map((n) => n.textContent);
    expect(names).toEqual([
      "Ressourcepersoner",
      "Centrale interessenter",
      "Eksterne interessenter",
      "Gidsler",
    ]);
    expect(svg.textContent).toContain("Indflydelse →");
    expect(svg.textContent).toContain("Aalborg Universitetshospital");
    await expect(pretty(svg)).toMatchFileSnapshot("__snapshots__/interessent-grid-da.svg");
  });

  it("lists a stakeholder without a rating in the key and draws no dot for it", () => {
    const svg = powerInterestGrid([
      { id: "a", x: 4, y: 4 },
      { id: "b", x: null, y: 2 },
    ]);
    expect(svg.querySelectorAll(".dots .dot")).toHaveLength(1);
    expect(svg.querySelector(".key")?.textContent).toContain("not placed");
    expect(svg.querySelector(".note")?.textContent).toContain("a rating the grid needs is missing");
  });
});

describe("salienceDiagram", () => {
  it("puts each stakeholder in the region of its salience class (English)", async () => {
    const classes = classify(ms).stakeholders;
    const svg = salienceDiagram(classes.map((c, i) => ({ ...c, label: ms.stakeholders[i]!.label })));
    expect(svg.querySelectorAll(".dots .dot")).toHaveLength(classes.length);
    expect(svg.querySelectorAll(".circles circle")).toHaveLength(3);
    // The dots of a class sit under that class's name.
    const regionY = new Map(
      Array.from(svg.querySelectorAll(".region-name")).map((n) => [
        n.textContent,
        Number(n.getAttribute("y")),
      ]),
    );
    const centres = dotCentres(svg);
    classes.forEach((c, i) => {
      const name = {
        dominant: "Dominant",
        dependent: "Dependent",
        discretionary: "Discretionary",
        definitive: "Definitive",
      }[c.salience as string]!;
      const [, y] = centres.get(i + 1)!;
      expect(y - regionY.get(name)!, c.id).toBeGreaterThan(0);
      expect(y - regionY.get(name)!, c.id).toBeLessThan(60);
    });
    await expect(pretty(svg)).toMatchFileSnapshot("__snapshots__/salience-diagram-en.svg");
  });

  it("names regions in Danish and lists unclassified stakeholders", async () => {
    const svg = salienceDiagram(
      [
        ...classify(vest).stakeholders.map((c, i) => ({ ...c, label: vest.stakeholders[i]!.label })),
        { id: "unknown", label: "Ukendt part", salience: null },
      ],
      { locale: "da" },
    );
    expect(svg.querySelector(".chart-title")?.textContent).toBe("Betydning: magt, legitimitet, hast");
    expect(svg.querySelector(".regions")?.textContent).toContain("Afgørende");
    expect(svg.querySelector(".key")?.textContent).toContain("ingen klasse");
    expect(svg.querySelectorAll(".dots .dot")).toHaveLength(vest.stakeholders.length);
    await expect(pretty(svg)).toMatchFileSnapshot("__snapshots__/salience-diagram-da.svg");
  });
});
