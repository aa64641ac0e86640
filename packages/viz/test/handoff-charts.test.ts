// @vitest-environment happy-dom
/**
 * SVG snapshot tests of the handoff views (Sankey, waits, pathway timeline) on the example log of
 * Klynge Vest, mined with the stream engine. The snapshots under __snapshots__/ are also the gallery.
 * Time zone pinned (the timeline shows local time).
 */
process.env.TZ = "UTC";

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseNetwork } from "@tvaers/model";
import { mineHandoffs, type PathwayEvent, readEventLog, suppressSmallCells } from "@tvaers/pathways";
import { describe, expect, it } from "vitest";
import { formatWait, handoffSankey, handoffWaits, pathwayTimeline } from "../src/index.js";

const data = join(dirname(fileURLToPath(import.meta.url)), "../../../data");
const doc = parseNetwork(JSON.parse(readFileSync(join(data, "networks/klynge-vest.json"), "utf8")));
const log = join(data, "logs/klynge-vest.csv");

/** Pretty-prints SVG markup one element per line, so a snapshot diff shows what changed. */
const pretty = (svg: SVGSVGElement) => `${svg.outerHTML.replaceAll("><", ">\n<")}\n`;

describe("handoffSankey", () => {
  it("draws one band per sector pair, as thick as its handoffs (English)", async () => {
    const mined = await mineHandoffs(log, { level: "sector", network: doc });
    const flows = suppressSmallCells(mined.handoffs, { k: 5 });
    const svg = handoffSankey(flows, { nodes: mined.network.actors, sectors: doc.sectors });
    const shown = flows.filter((f) => f.count !== null);
    expect(shown.length).toBeGreaterThanOrEqual(3);
    const bands = Array.from(svg.querySelectorAll(".links path"));
    expect(bands).toHaveLength(shown.length);
    // The thickest band is the pair with the most handoffs.
    const widest = bands.reduce((a, b) =>
      Number(a.getAttribute("stroke-width")) >= Number(b.getAttribute("stroke-width")) ? a : b,
    );
    const most = shown.reduce((a, b) => (a.count! >= b.count! ? a : b));
    expect(widest.textContent).toContain(`${most.count!.toLocaleString("en-GB")} handoffs`);
    // Senders' bars sum to every shown handoff, as do receivers'.
    const total = shown.reduce((s, f) => s + f.count!, 0);
    for (const side of ["senders", "receivers"]) {
      const sums = Array.from(svg.querySelectorAll(`.${side} text`)).map((t) =>
        Number(t.firstChild!.textContent!.split(" ").at(-1)!.replaceAll(",", "")),
      );
      expect(sums.reduce((a, b) => a + b, 0)).toBe(total);
    }
    await expect(pretty(svg)).toMatchFileSnapshot("__snapshots__/handoff-sankey-sector-en.svg");
  });

  it("leaves suppressed pairs out and says how many, in Danish", async () => {
    const mined = await mineHandoffs(log, { level: "actor", network: doc });
    const flows = suppressSmallCells(mined.handoffs, { k: 20 });
    const hidden = flows.filter((f) => f.count === null).length;
    expect(hidden).toBeGreaterThan(0);
    const svg = handoffSankey(flows, { nodes: mined.network.actors, sectors: doc.sectors, locale: "da" });
    expect(svg.querySelectorAll(".links path")).toHaveLength(flows.length - hidden);
    expect(svg.querySelector(".note")?.textContent).toBe(
      `${hidden} par er skjult af hensyn til diskretion (for få patienter)`,
    );
    expect(svg.querySelector(".column-headings")?.textContent).toBe("OverdragerModtager");
    await expect(pretty(svg)).toMatchFileSnapshot("__snapshots__/handoff-sankey-actor-da.svg");
  });

  it("says so when there is nothing to draw", () => {
    const svg = handoffSankey([{ from: "a", to: "b", count: null }]);
    expect(svg.querySelectorAll(".links path")).toHaveLength(0);
    expect(svg.querySelector(".empty")?.textContent).toBe("No handoffs to show");
  });
});

describe("handoffWaits", () => {
  it("draws the median and the 90th percentile of each pair, in days when waits are long", async () => {
    const mined = await mineHandoffs(log, { level: "sector", network: doc });
    const rows = mined.handoffs.map((h) => ({ from: h.from, to: h.to, ...h.waitHours }));
    const svg = handoffWaits(rows, { nodes: mined.network.actors });
    expect(svg.querySelectorAll(".rows rect.median")).toHaveLength(rows.length);
    expect(svg.querySelectorAll(".rows rect.p90")).toHaveLength(rows.length);
    const [median, p90] = [svg.querySelector("rect.median")!, svg.querySelector("rect.p90")!];
    expect(Number(p90.getAttribute("width"))).toBeGreaterThanOrEqual(Number(median.getAttribute("width")));
    expect(svg.querySelector(".axis")?.textContent).toContain("Wait in days");
    await expect(pretty(svg)).toMatchFileSnapshot("__snapshots__/handoff-waits-sector-en.svg");
  });

  it("leaves out suppressed pairs", () => {
    const svg = handoffWaits([
      { from: "a", to: "b", median: 2, p90: 5 },
      { from: "b", to: "c", median: null, p90: null },
    ]);
    expect(svg.querySelectorAll(".rows g, .rows > g")).toHaveLength(1);
    expect(svg.querySelector(".axis")?.textContent).toContain("Wait in hours");
  });

  it("words waits in minutes, hours and days", () => {
    expect(formatWait(0.75)).toBe("45 min");
    expect(formatWait(5.25, "da")).toBe("5,3 t");
    expect(formatWait(72)).toBe("3.0 d");
    expect(formatWait(null)).toBe("–");
  });
});

describe("pathwayTimeline", () => {
  it("draws one lane per actor and one dot per event of a case, in time order", async () => {
    const events: PathwayEvent[] = [];
    for await (const event of readEventLog(log)) if (event.caseId === "C1") events.push(event);
    expect(events.length).toBeGreaterThan(3);
    const svg = pathwayTimeline(events, { actors: doc.actors, sectors: doc.sectors });
    expect(svg.querySelectorAll(".events circle")).toHaveLength(events.length);
    expect(svg.querySelectorAll(".steps path")).toHaveLength(events.length - 1);
    const lanes = new Set(events.map((e) => e.actor));
    expect(svg.querySelectorAll(".lanes text")).toHaveLength(lanes.size);
    const xs = Array.from(svg.querySelectorAll(".events circle")).map((c) => Number(c.getAttribute("cx")));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(svg.outerHTML).not.toContain("C1");
    await expect(pretty(svg)).toMatchFileSnapshot("__snapshots__/pathway-timeline-en.svg");
  });

  it("marks handoffs across sectors, within a sector and follow-ups apart (Danish)", async () => {
    const hour = 3_600_000;
    const svg = pathwayTimeline(
      [
        { time: 0, actor: "gp-thisted", sector: "general-practice" },
        { time: 5 * hour, actor: "auh-thisted-acute", sector: "region" },
        { time: 30 * hour, actor: "auh-thisted-medicine", sector: "region" },
        { time: 100 * hour, actor: "auh-thisted-medicine", sector: "region" },
      ],
      { actors: doc.actors, locale: "da" },
    );
    const kinds = Array.from(svg.querySelectorAll(".steps path")).map((p) => p.getAttribute("class"));
    expect(kinds).toEqual(["across", "within", "same"]);
    expect(svg.querySelector(".steps path")?.textContent).toBe("overdragelse på tværs af sektorer: 5,0 t");
    expect(svg.querySelector(".lanes")?.textContent).toContain("Praktiserende læger");
    await expect(pretty(svg)).toMatchFileSnapshot("__snapshots__/pathway-timeline-da.svg");
  });
});
