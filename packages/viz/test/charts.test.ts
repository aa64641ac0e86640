// @vitest-environment happy-dom
/**
 * SVG snapshot tests of the d3 views on the example networks. The snapshots under __snapshots__/ are
 * also the gallery: open them in a browser. Time zone pinned, permutations seeded.
 */
process.env.TZ = "UTC";

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { eiIndex, mixingMatrix } from "@tvaers/analysis";
import { type NetworkGraph, parseNetwork, toGraph } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { eiByCluster, mixingHeatmap } from "../src/index.js";

const data = join(dirname(fileURLToPath(import.meta.url)), "../../../data");
const read = (path: string): NetworkGraph =>
  toGraph(parseNetwork(JSON.parse(readFileSync(join(data, path), "utf8"))));

const networks = {
  N4: read("networks/klynge-vest.json"),
  M2: read("networks/midtklyngen.json"),
  M4: read("networks/vestklyngen.json"),
};
const denmark = read("denmark/denmark-clusters.json");

/** Pretty-prints SVG markup one element per line, so a snapshot diff shows what changed. */
const pretty = (svg: SVGSVGElement) => `${svg.outerHTML.replaceAll("><", ">\n<")}\n`;

describe("mixingHeatmap", () => {
  const graph = networks.M2;
  const sectors = graph.getAttribute("sectors");

  it("draws the sector mixing of Midtklyngen by density (English)", async () => {
    const svg = mixingHeatmap(mixingMatrix(graph), { groups: sectors });
    expect(svg.querySelectorAll(".cells rect")).toHaveLength(sectors.length ** 2);
    await expect(pretty(svg)).toMatchFileSnapshot("__snapshots__/mixing-heatmap-density-en.svg");
  });

  it("draws tie counts in Danish, with Danish sector names", async () => {
    const svg = mixingHeatmap(mixingMatrix(graph), { groups: sectors, value: "ties", locale: "da" });
    expect(svg.querySelector(".chart-title")?.textContent).toBe("Relationer mellem sektorer");
    expect(svg.querySelector(".row-labels")?.textContent).toContain("Almen praksis");
    await expect(pretty(svg)).toMatchFileSnapshot("__snapshots__/mixing-heatmap-ties-da.svg");
  });

  it("hatches cells where no tie was possible", () => {
    const svg = mixingHeatmap(mixingMatrix(networks.N4), { groups: networks.N4.getAttribute("sectors") });
    const hatched = Array.from(svg.querySelectorAll(".cells rect")).filter((r) =>
      r.getAttribute("fill")?.startsWith("url("),
    );
    const oneActorSectors = Object.values(mixingMatrix(networks.N4).sizes).filter((n) => n === 1).length;
    expect(hatched).toHaveLength(oneActorSectors);
  });
});

describe("eiByCluster", () => {
  const results = Object.fromEntries(
    Object.entries(networks).map(([cluster, graph]) => [
      cluster,
      eiIndex(graph, {
        group: (_node, a) => (a.cluster === cluster ? a.sector : undefined),
        permutations: 200,
      }),
    ]),
  );

  it("draws one bar and one expected-value tick per cluster (English)", async () => {
    const svg = eiByCluster(results, { clusters: denmark.getAttribute("clusters") });
    expect(svg.querySelectorAll(".rows rect")).toHaveLength(3);
    expect(svg.querySelectorAll(".rows line.expected")).toHaveLength(3);
    await expect(pretty(svg)).toMatchFileSnapshot("__snapshots__/ei-by-cluster-en.svg");
  });

  it("writes numbers with a decimal comma in Danish and says when a cluster has no ties", async () => {
    const svg = eiByCluster(
      { ...results, H1: { index: Number.NaN, expected: Number.NaN } },
      { clusters: denmark.getAttribute("clusters"), locale: "da" },
    );
    expect(svg.querySelector(".rows")?.textContent).toMatch(/[−+]0,\d\d/);
    expect(svg.querySelector(".rows")?.textContent).toContain("ingen relationer");
    await expect(pretty(svg)).toMatchFileSnapshot("__snapshots__/ei-by-cluster-da.svg");
  });
});
