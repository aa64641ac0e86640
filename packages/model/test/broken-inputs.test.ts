/**
 * The catalogue of broken and awkward inputs: one file or folder per case under fixtures/broken/
 * (written by fixtures/broken/make_fixtures.py), read through readNetworkFile as a user's file would be.
 * Rejected inputs must throw a TvaersInputError and nothing else, with the exact plain-language
 * problems, file and line; awkward but valid inputs must load with the right values.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatProblem, type Problem, readNetworkFile, TvaersInputError } from "../src/index.js";

const BROKEN = fileURLToPath(new URL("./fixtures/broken/", import.meta.url));

/** The error readNetworkFile throws for `path`; fails the test if it loads or throws anything else. */
async function rejection(path: string): Promise<TvaersInputError> {
  const error = await readNetworkFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TvaersInputError);
  return error as TvaersInputError;
}

/** The problems for a path, formatted as one line each, with the fixture folder left out of file names. */
async function problemsOf(path: string, dir = BROKEN): Promise<string[]> {
  const error = await rejection(path);
  return error.problems.map((p: Problem) => formatProblem({ ...p, file: p.file?.replace(dir, "") }));
}

const WHERE_TO_LOOK = "give a .json, .gexf or .graphml file, or a folder holding actors.csv and ties.csv";

const REJECTED: [name: string, problems: string[]][] = [
  [
    "bad-syntax.json",
    ['bad-syntax.json line 4: this is not valid JSON at column 3 (near ""sectors": [] } ")'],
  ],
  ["array.json", ["array.json: value must be an object, not a list"]],
  ["wrong-format.json", ['wrong-format.json at format: format must be "tvaers.network/v1"']],
  ["missing-actors.json", ["missing-actors.json at actors: actors is missing"]],
  [
    "reserved-id.json",
    [
      'reserved-id.json at actors[0].id: id must not be "__proto__", a name reserved by JavaScript; choose another id',
    ],
  ],
  ["empty.json", ["empty.json: the file is empty"]],
  [
    "png-header.json",
    [
      "png-header.json: this is not a text file (it looks like an image, an Excel workbook or other binary data)",
    ],
  ],
  [
    "network.xlsx",
    [`network.xlsx: tvaers cannot read ".xlsx" files (from Excel, save each sheet as CSV); ${WHERE_TO_LOOK}`],
  ],
  ["missing-column", ['actors.csv: the column "sector" is missing (found: id, label, kind)']],
  ["duplicate-column", ['actors.csv: the columns "label" and "Label" both hold the field label']],
  [
    "dangling-references",
    [
      'actors.csv line 3: sector "kommune" is not a sector in sectors.csv',
      'actors.csv line 3: organisation "morsoe-kommune" is not an organisation in organisations.csv',
      'actors.csv line 4: cluster "klynge-nord" is not a cluster in clusters.csv',
      'ties.csv line 2: target "jobcenter-skive" is not an actor in actors.csv',
    ],
  ],
  [
    "organisation-without-file",
    [
      'actors.csv line 2: organisation "auh-thisted" is not an organisation in this network (there is no organisations.csv)',
    ],
  ],
  ["duplicate-ids", ['actors.csv line 5: actor id "thisted-akut" is used twice']],
  ["negative-weight", ["ties.csv line 2: weight must not be negative"]],
  [
    "not-a-number-weight",
    [
      'ties.csv line 2: weight "NaN" is not a number',
      'ties.csv line 3: weight "Infinity" is not a number',
      'ties.csv line 4: weight "-inf" is not a number',
      'ties.csv line 5: weight "1e999" is too large to be a number',
      'ties.csv line 6: weight "1,5" is not a number (this file separates fields with ",", so write decimals with a dot)',
    ],
  ],
  ["quality-outside-scale", ["ties.csv line 2: quality 7 is outside the quality scale 1–5"]],
  [
    "unknown-tie-kind",
    ["ties.csv line 2: kind must be one of communication, handoff, collaboration, governance"],
  ],
  [
    "wrong-field-count",
    [
      "actors.csv line 5: this row has 5 fields, but the header line has 4 columns (is a separator inside a value that should be in quotes?)",
      "actors.csv line 6: this row has 2 fields, but the header line has 4 columns",
    ],
  ],
  [
    "unclosed-quote",
    ['actors.csv line 3: a quoted field starts on this row but its closing quote (") is missing'],
  ],
  ["empty-file", ["actors.csv: the file is empty (0 bytes): it needs a header line with the column names"]],
  [
    "random-bytes",
    [
      "actors.csv: this is not a text file (it looks like an image, an Excel workbook or other binary data); save the table as CSV",
    ],
  ],
  [
    "no-actors-csv",
    [
      "no-actors-csv: there is no actors.csv (a network in CSV form needs actors.csv and ties.csv; found: ties.csv)",
    ],
  ],
  [
    "not-a-network",
    [
      `not-a-network: this folder holds no network in CSV form (no actors.csv or ties.csv; found: notes.txt); ${WHERE_TO_LOOK}`,
    ],
  ],
  [
    "several-problems",
    [
      'ties.csv line 2: weight "abc" is not a number',
      'ties.csv line 3: directed "maybe" is not true or false (write true/false, yes/no, ja/nej or 1/0)',
      'ties.csv line 3: target "jobcenter-skive" is not an actor in actors.csv',
      'ties.csv line 4: tie goes from actor "gp-nykoebing" to itself',
      "ties.csv line 5: kind must be one of communication, handoff, collaboration, governance",
      "ties.csv line 5: quality 9 is outside the quality scale 1–5",
    ],
  ],
  [
    "multiline-quoted-then-error",
    [
      'actors.csv line 8: actor id "thisted-akut" is used twice',
      'ties.csv line 4: target "jobcenter-skive" is not an actor in actors.csv',
    ],
  ],
  ["network-json-broken", ['network.json line 3: this is not valid JSON at column 1 (near "} ")']],
  ["label-twice", ["actors.csv line 2: fill in either label or label_en/label_da, not both"]],
  [
    "bad-typed-attributes",
    [
      'actors.csv line 3: beds:number "mange" is not a number',
      'actors.csv line 3: notes:json "{x: 1}" is not valid JSON',
      'actors.csv line 3: open:boolean "måske" is not true or false',
    ],
  ],
  [
    "thousands-grouping",
    [
      'ties.csv line 2: weight "1.000" is unclear in a file separated by ";": write 1000 without dots, or use a decimal comma',
    ],
  ],
];

describe("inputs that must be rejected", () => {
  it("has at least 25 cases", () => {
    expect(REJECTED.length).toBeGreaterThanOrEqual(25);
  });

  it.each(REJECTED)("%s", async (name, expected) => {
    expect(await problemsOf(join(BROKEN, name))).toEqual(expected);
  });

  it("gives the field and line of each problem as data, not only in the message", async () => {
    const error = await rejection(join(BROKEN, "several-problems"));
    expect(error.problems[0]).toEqual({
      file: "ties.csv",
      line: 2,
      field: "weight",
      message: 'weight "abc" is not a number',
    });
    expect(error.problems.map((p) => p.field)).toEqual([
      "weight",
      "directed",
      "target",
      "target",
      "kind",
      "quality",
    ]);
    expect(error.message).toMatch(
      /^6 problems in the CSV files in .*several-problems:\n {2}- ties\.csv line 2: /,
    );
  });

  it("reports a missing file and an unknown extension without a stack trace", async () => {
    const missing = join(BROKEN, "no-such-network.json");
    expect(await problemsOf(missing)).toEqual([
      "no-such-network.json: there is no file or folder with this name (check the path)",
    ]);
    expect((await rejection(missing)).message).not.toMatch(/ENOENT| {4}at /);
    expect(await problemsOf(join(BROKEN, "make_fixtures.py"))).toEqual([
      `make_fixtures.py: tvaers cannot read ".py" files; ${WHERE_TO_LOOK}`,
    ]);
  });
});

describe("50 MB on a single line", () => {
  let dir: string;
  beforeAll(async () => {
    dir = `${await mkdtemp(join(tmpdir(), "tvaers-huge-"))}/`;
    const fifty = "x".repeat(50 * 1024 * 1024);
    await writeFile(join(dir, "huge.json"), `{"format": "tvaers.network/v1", "name": "${fifty}`);
    await mkdir(join(dir, "huge"));
    await writeFile(join(dir, "huge", "actors.csv"), `id,label,sector\n${fifty}\n`);
    await writeFile(join(dir, "huge", "ties.csv"), "source,target,kind\n");
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("in a JSON file ends with a clear message", async () => {
    expect(await problemsOf(join(dir, "huge.json"), dir)).toEqual([
      "huge.json line 1: the JSON text ends too early (a bracket, brace or quote is not closed)",
    ]);
  });

  it("in a CSV file stops at 1 MiB with a clear message", async () => {
    expect(await problemsOf(join(dir, "huge"), dir)).toEqual([
      "actors.csv line 2: a row is longer than 1 MiB — is this really a CSV file?",
    ]);
  });
});

describe("awkward inputs that must load", () => {
  it("a ;-separated bundle with decimal commas, Excel booleans and trailing empty lines", async () => {
    const doc = await readNetworkFile(join(BROKEN, "semicolon-decimal-comma"));
    expect(doc.actors.map((a) => [a.label, a.attributes])).toEqual([
      ["Akutafdelingen Thisted, Aalborg UH", { beds: 24, share: 0.75 }],
      ["Sygedagpengeafdelingen Morsø", { share: 1.5 }],
      ["Lægehuset Nykøbing Mors", undefined],
    ]);
    expect(doc.ties.map((t) => [t.weight, t.directed, t.channel, t.quality])).toEqual([
      [2.5, false, "epikrise", 3.5],
      [120, true, "LÆ 285", 4],
      [0.25, true, undefined, undefined],
    ]);
  });

  it("Windows-1252 text with æ, ø and å", async () => {
    const doc = await readNetworkFile(join(BROKEN, "windows-1252"));
    expect(doc.actors.map((a) => [a.label, a.attributes?.note])).toEqual([
      ["Sygedagpengeafdelingen Morsø", "Æblehaven 3, Nykøbing"],
      ["Hjemmeplejen Ærø", "Åben hele døgnet"],
    ]);
    expect(doc.sectors).toEqual([{ id: "kommune", label: "kommune" }]);
  });

  it("UTF-8 with a byte-order mark, in the CSV files and in network.json", async () => {
    const doc = await readNetworkFile(join(BROKEN, "utf8-bom"));
    expect(doc.name).toBe("Klynge Vest med BOM");
    expect(doc.actors[0]).toEqual({
      id: "thisted-akut",
      label: "Akutafdelingen Thisted",
      sector: "region",
      kind: "hospital-ward",
    });
  });

  it("quoted fields with line breaks", async () => {
    const doc = await readNetworkFile(join(BROKEN, "multiline-quoted"));
    expect(doc.actors[0]?.label).toBe("Akutafdelingen\r\nThisted");
    expect(doc.actors[0]?.attributes).toEqual({
      note: "Åben døgnet rundt;\r\nring 9764 0000\r\n(efter kl. 22: vagt)",
    });
    expect(doc.actors.map((a) => a.id)).toEqual(["thisted-akut", "morsoe-sygedagpenge", "gp-nykoebing"]);
    expect(doc.ties[0]?.channel).toBe("epikrise\r\n(MedCom)");
  });

  it("a ties.csv with only a header line", async () => {
    const doc = await readNetworkFile(join(BROKEN, "header-only-ties"));
    expect(doc.ties).toEqual([]);
    expect(doc.actors).toHaveLength(3);
    expect(doc.name).toBe("header-only-ties");
  });

  it("keeps __proto__ and constructor columns as plain attribute names, without prototype pollution", async () => {
    const doc = await readNetworkFile(join(BROKEN, "proto-columns"));
    const attributes = doc.actors[0]!.attributes!;
    expect(Object.keys(attributes)).toEqual(["__proto__", "constructor", "toString", "hasOwnProperty"]);
    expect(Object.getOwnPropertyDescriptor(attributes, "__proto__")?.value).toBe("polluted");
    expect(Object.getOwnPropertyDescriptor(attributes, "toString")?.value).toEqual({ polluted: true });
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
    expect(typeof ({} as { toString: unknown }).toString).toBe("function");
  });
});
