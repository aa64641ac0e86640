// @vitest-environment happy-dom
/**
 * SVG snapshot tests of the brokerage-roles view on the MS collaboration network. The snapshots under
 * __snapshots__/ are also the gallery.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brokerage } from "@tvaers/analysis";
import { labelText, parseNetwork, toGraph } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { BROKERAGE_ROLES, brokerageRoles } from "../src/index.js";

const data = join(dirname(fileURLToPath(import.meta.url)), "../../../data");
const doc = parseNetwork(JSON.parse(readFileSync(join(data, "networks/ms-collaboration.json"), "utf8")));
const graph = toGraph(doc);
const kinds = ["communication", "collaboration", "handoff"];
const result = brokerage(graph, { kinds });

/** Pretty-prints SVG markup one element per line, so a snapshot diff shows what changed. */
const pretty = (svg: SVGSVGElement) => `${svg.outerHTML.replaceAll("><", ">\n<")}\n`;

describe("brokerageRoles", () => {
  it("draws the actors that broker most, largest first, with a bar per role and five z-scores (English)", async () => {
    const svg = brokerageRoles(result.nodes, { actors: doc.actors, top: 10 });
    const rows = Array.from(svg.querySelectorAll(".rows > g"));
    expect(rows).toHaveLength(10);
    const totals = rows.map((row) => Number(row.querySelector(":scope > text:last-of-type")?.textContent));
    const expected = Object.values(result.nodes)
      .map((n) => n.raw.total)
      .sort((a, b) => b - a)
      .slice(0, 10);
    expect(totals).toEqual(expected);
    for (const row of rows) expect(row.querySelectorAll("g.z")).toHaveLength(5);
    // The first row has one segment per role it plays, and the segments touch end to end.
    const first = rows[0]!;
    const name = first.querySelector("text > title")?.textContent;
    const id = doc.actors.find((a) => labelText(a.label) === name)!.id;
    const played = BROKERAGE_ROLES.filter((role) => result.nodes[id]!.raw[role] > 0);
    const segments = Array.from(first.querySelectorAll(":scope > rect"));
    expect(segments.map((r) => r.getAttribute("class"))).toEqual(played);
    for (let i = 1; i < segments.length; i++) {
      const previous = segments[i - 1]!;
      expect(Number(segments[i]!.getAttribute("x"))).toBeCloseTo(
        Number(previous.getAttribute("x")) + Number(previous.getAttribute("width")),
        0,
      );
    }
    await expect(pretty(svg)).toMatchFileSnapshot("__snapshots__/brokerage-roles-en.svg");
  });

  it("marks z-scores of 2 or more, writes Danish role names and decimal commas", async () => {
    const svg = brokerageRoles(result.nodes, { actors: doc.actors, locale: "da" });
    expect(svg.querySelector(".z-headers")?.textContent).toContain("Forbindelsesled");
    const bold = Array.from(svg.querySelectorAll("g.z text")).filter(
      (t) => t.getAttribute("font-weight") === "700",
    );
    const clear = Object.values(result.nodes)
      .sort((a, b) => b.raw.total - a.raw.total)
      .slice(0, 15)
      .flatMap((n) => BROKERAGE_ROLES.filter((role) => n.z[role] >= 2));
    expect(bold).toHaveLength(clear.length);
    for (const t of bold) expect(t.textContent).toMatch(/^\+(\d+,\d|∞)$/);
    await expect(pretty(svg)).toMatchFileSnapshot("__snapshots__/brokerage-roles-da.svg");
  });

  it("says so when no actor brokers", () => {
    const zero = { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0, total: 0 };
    const svg = brokerageRoles({ a: { raw: zero, z: zero } });
    expect(svg.querySelectorAll(".rows > g")).toHaveLength(0);
    expect(svg.textContent).toContain("No actor connects two others");
  });
});
