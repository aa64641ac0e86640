// @vitest-environment happy-dom
import { parseGexf, parseGraphml, parseNetwork, toGraph } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { fileStem, networkFile, neutraliseCell, tableView, toCsv } from "../src/index.js";

describe("toCsv", () => {
  it("neutralises cells that a spreadsheet would run as formulas, and only those", () => {
    const rows = [
      { name: '=HYPERLINK("http://x")', note: "+45 12345678", dash: "-1+2", at: "@SUM(A1)", n: -3.5 },
      { name: "Morsø", note: "a, b", dash: 'say "hi"', at: "line\nbreak", n: 2 },
    ];
    const csv = toCsv(rows, [
      { header: "name", value: (r) => r.name },
      { header: "note", value: (r) => r.note },
      { header: "dash", value: (r) => r.dash },
      { header: "at", value: (r) => r.at },
      { header: "n", value: (r) => r.n },
    ]);
    expect(csv).toBe(
      "\uFEFFname,note,dash,at,n\r\n" +
        `"'=HYPERLINK(""http://x"")",'+45 12345678,'-1+2,'@SUM(A1),-3.5\r\n` +
        'Morsø,"a, b","say ""hi""","line\nbreak",2\r\n',
    );
  });

  it("uses the separator asked for and leaves harmless text alone", () => {
    expect(
      toCsv(
        [{ a: "x;y", b: 1.5 }],
        [
          { header: "a", value: (r) => r.a },
          { header: "b", value: (r) => r.b },
        ],
        { separator: ";" },
      ),
    ).toBe('\uFEFFa;b\r\n"x;y";1.5\r\n');
    expect(neutraliseCell("Thisted")).toBe("Thisted");
    expect(neutraliseCell("\t=1")).toBe("'\t=1");
  });
});

describe("networkFile", () => {
  const doc = parseNetwork({
    format: "tvaers.network/v1",
    name: "Tiny",
    sectors: [
      { id: "region", label: { en: "Region", da: "Region" } },
      { id: "municipality", label: "Kommune" },
    ],
    actors: [
      { id: "ward", label: { en: "Ward", da: "Afdeling" }, sector: "region" },
      { id: "homecare", label: "Hjemmepleje", sector: "municipality" },
    ],
    ties: [{ id: "t1", source: "ward", target: "homecare", kind: "handoff", weight: 12 }],
  });

  it("writes GEXF and GraphML that read back into the same document", () => {
    const graph = toGraph(doc);
    expect(parseGexf(networkFile(graph, "gexf"))).toEqual(doc);
    expect(parseGraphml(networkFile(graph, "graphml"))).toEqual(doc);
  });
});

describe("tableView", () => {
  it("shows headers and numbers in the locale", () => {
    const table = tableView(
      [{ actor: "Jobcenter Skive", share: 0.625, ties: 1200 }],
      [
        { header: { en: "Actor", da: "Aktør" }, value: (r) => r.actor },
        { header: { en: "Share", da: "Andel" }, value: (r) => r.share },
        { header: "Ties", value: (r) => r.ties },
      ],
      { locale: "da", caption: "Centrale aktører" },
    );
    expect(Array.from(table.querySelectorAll("th")).map((th) => th.textContent)).toEqual([
      "Aktør",
      "Andel",
      "Ties",
    ]);
    expect(Array.from(table.querySelectorAll("td")).map((td) => td.textContent)).toEqual([
      "Jobcenter Skive",
      "0,625",
      "1.200",
    ]);
    expect(table.querySelector("button[data-format=csv]")?.getAttribute("title")).toBe(
      "centrale-aktoerer.csv",
    );
  });

  it("makes safe file names from Danish titles", () => {
    expect(fileStem("Ærø: Sundhedsklynge Øst/Vest")).toBe("aeroe-sundhedsklynge-oest-vest");
  });
});
