import { describe, expect, it } from "vitest";
import { type NetworkDocument, parseNetwork, readCsvBundle, writeCsvBundle } from "../src/index.js";

const doc = parseNetwork({
  format: "tvaers.network/v1",
  name: "Midtklyngen",
  sectors: [
    { id: "region", label: "region" },
    { id: "municipality", label: "municipality" },
  ],
  actors: [
    {
      id: "silkeborg-kardiologi",
      label: { en: "Cardiology, Silkeborg", da: "Kardiologi, Silkeborg" },
      sector: "region",
      attributes: { beds: 18, note: "", code: "0101" },
    },
    {
      id: "skive-sygedagpenge",
      label: "Sygedagpenge Skive",
      sector: "municipality",
      kind: "sickness-benefit-unit",
      attributes: { beds: 0.5 },
    },
  ],
  ties: [
    { source: "silkeborg-kardiologi", target: "skive-sygedagpenge", kind: "handoff", weight: 12.5 },
    {
      id: "c1",
      source: "skive-sygedagpenge",
      target: "silkeborg-kardiologi",
      kind: "communication",
      quality: 2.5,
    },
  ],
});

/** A document with one actor per attribute value, all under the attribute name `key`. */
function withAttribute(key: string, values: unknown[]): NetworkDocument {
  return parseNetwork({
    format: "tvaers.network/v1",
    name: "x",
    sectors: [{ id: "s", label: "s" }],
    actors: values.map((v, i) => ({ id: `a${i}`, label: "A", sector: "s", attributes: { [key]: v } })),
  });
}

const headerOf = (text: string | undefined) => text?.replace(/^\uFEFF/, "").split("\n")[0];

describe("writeCsvBundle", () => {
  it("writes network.json, actors.csv and ties.csv, leaving inferable sectors out", () => {
    const files = writeCsvBundle(doc);
    expect(Object.keys(files)).toEqual(["network.json", "actors.csv", "ties.csv"]);
    expect(files["network.json"]).toBe('{\n  "format": "tvaers.network/v1",\n  "name": "Midtklyngen"\n}\n');
    expect(files["actors.csv"]).toBe(
      [
        "id,label,label_en,label_da,sector,kind,beds,note,code",
        'silkeborg-kardiologi,,"Cardiology, Silkeborg","Kardiologi, Silkeborg",region,,18,"",0101',
        "skive-sygedagpenge,Sygedagpenge Skive,,,municipality,sickness-benefit-unit,0.5,,",
        "",
      ].join("\n"),
    );
    expect(files["ties.csv"]).toBe(
      [
        "id,source,target,kind,weight,directed,quality",
        ",silkeborg-kardiologi,skive-sygedagpenge,handoff,12.5,true,",
        "c1,skive-sygedagpenge,silkeborg-kardiologi,communication,1,false,2.5",
        "",
      ].join("\n"),
    );
  });

  it("with ; writes decimal commas and a byte-order mark for Excel", () => {
    const files = writeCsvBundle(doc, { separator: ";" });
    expect(files["ties.csv"]).toBe(
      [
        "\uFEFFid;source;target;kind;weight;directed;quality",
        ";silkeborg-kardiologi;skive-sygedagpenge;handoff;12,5;true;",
        "c1;skive-sygedagpenge;silkeborg-kardiologi;communication;1;false;2,5",
        "",
      ].join("\n"),
    );
    expect(files["actors.csv"]?.split("\n")[2]).toBe(
      "skive-sygedagpenge;Sygedagpenge Skive;;;municipality;sickness-benefit-unit;0,5;;",
    );
    expect(files["network.json"]?.startsWith("{")).toBe(true);
    expect(readCsvBundle(files)).toEqual(doc);
  });

  it("writes sectors.csv and clusters.csv when inferring them would not give them back", () => {
    const relabelled = { ...doc, sectors: [doc.sectors[0]!, { id: "municipality", label: "Kommune" }] };
    expect(Object.keys(writeCsvBundle(relabelled))).toContain("sectors.csv");
    const reordered = { ...doc, sectors: [doc.sectors[1]!, doc.sectors[0]!] };
    expect(writeCsvBundle(reordered)["sectors.csv"]).toBe(
      "id,label\nmunicipality,municipality\nregion,region\n",
    );
    const unused = { ...doc, clusters: [{ id: "midt", label: "midt" }] };
    expect(writeCsvBundle(unused)["clusters.csv"]).toBe("id,label\nmidt,midt\n");
    expect(Object.keys(writeCsvBundle(unused))).not.toContain("organisations.csv");
  });

  it("writes organisations.csv and a quality scale other than the default", () => {
    const files = writeCsvBundle({
      ...doc,
      qualityScale: { min: 0, max: 1 },
      organisations: [
        { id: "skive-kommune", label: "Skive Kommune", sector: "municipality", description: "" },
      ],
    });
    expect(files["organisations.csv"]).toBe(
      'id,label,sector,description\nskive-kommune,Skive Kommune,municipality,""\n',
    );
    expect(JSON.parse(files["network.json"]!).qualityScale).toEqual({ min: 0, max: 1 });
  });

  it.each([
    ["numbers and booleans that read back", [12, -1.5, true, "text", "007", "1.5.1", ""], "value"],
    ["text that would read as a number or boolean", ["12", "x"], "value:string"],
    ["text that would read as true", ["TRUE"], "value:string"],
    ["numbers inference would not give back", [9007199254740991, 1], "value:number"],
    ["negative zero", [-0, 0], "value"],
    ["mixed types that read back", [1, "x", false], "value"],
    ["mixed types that would not read back", [1, "2"], "value:json"],
    ["lists, objects and null", [[1], { a: 1 }, null], "value:json"],
  ])("types a column of %s", (_, values, header) => {
    const files = writeCsvBundle(withAttribute("value", values));
    expect(headerOf(files["actors.csv"])).toBe(`id,label,sector,${header}`);
    expect(readCsvBundle(files).actors.map((a) => a.attributes?.value)).toEqual(values);
  });

  it.each([
    ["a field's name", "sector", "sector:string"],
    ["a field's name in another case", " Kind", " Kind:string"],
    ["a label column", "label_da", "label_da:string"],
    ["the attributes column", "attributes", "attributes:string"],
    ["the empty name", "", ":string"],
    ["a name ending in a suffix", "size:number", "size:number:string"],
  ])("adds a suffix to %s", (_, key, header) => {
    const files = writeCsvBundle(withAttribute(key, ["x"]));
    expect(headerOf(files["actors.csv"])).toBe(`id,label,sector,${header}`);
    expect(Object.keys(readCsvBundle(files).actors[0]?.attributes ?? {})).toEqual([key]);
  });

  it("quotes header names holding either separator, so the separator is found again", () => {
    const files = writeCsvBundle(withAttribute("a;b;c;d", [1]));
    expect(headerOf(files["actors.csv"])).toBe('id,label,sector,"a;b;c;d"');
    expect(readCsvBundle(files).actors[0]?.attributes).toEqual({ "a;b;c;d": 1 });
  });

  it("keeps an empty attributes object in the attributes column", () => {
    const files = writeCsvBundle(withAttribute("x", [1]));
    expect(headerOf(files["actors.csv"])).not.toContain("attributes");
    const empty = withAttribute("x", [1]);
    empty.actors.push({ id: "b", label: "B", sector: "s", attributes: {} });
    const text = writeCsvBundle(empty)["actors.csv"];
    expect(text).toBe("id,label,sector,attributes,x\na0,A,s,,1\nb,B,s,{},\n");
    expect(readCsvBundle(writeCsvBundle(empty)).actors[1]).toEqual({
      id: "b",
      label: "B",
      sector: "s",
      attributes: {},
    });
  });
});
