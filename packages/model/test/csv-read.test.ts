import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatProblem, readCsvBundle, TvaersInputError } from "../src/index.js";

const KLYNGE_VEST = fileURLToPath(new URL("./fixtures/csv/klynge-vest/", import.meta.url));

function fixtureFiles(dir: string): Record<string, Uint8Array> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));
}

const ACTORS = "id,label,sector\nward,Akutafdelingen,region\njc,Jobcenter Skive,municipality\n";
const TIES = "source,target,kind\nward,jc,handoff\n";

/** The problems readCsvBundle reports, one formatted line each. */
function problemsOf(files: Record<string, string | Uint8Array>): string[] {
  try {
    readCsvBundle(files);
  } catch (error) {
    expect(error).toBeInstanceOf(TvaersInputError);
    return (error as TvaersInputError).problems.map(formatProblem);
  }
  throw new Error("expected the bundle to be rejected");
}

describe("readCsvBundle: a complete bundle", () => {
  const doc = readCsvBundle(fixtureFiles(KLYNGE_VEST), { folder: "klynge-vest" });

  it("reads metadata from network.json", () => {
    expect(doc.name).toBe("Klynge Vest (example)");
    expect(doc.qualityScale).toEqual({ min: 1, max: 5, label: "channel quality (1 poor, 5 excellent)" });
    expect(doc.sources).toEqual([{ title: "Klynge Vest steering group, 12th meeting (agenda and minutes)" }]);
  });

  it("reads bilingual labels, clusters and organisations", () => {
    expect(doc.sectors[1]).toEqual({ id: "municipality", label: { en: "Municipality", da: "Kommune" } });
    expect(doc.clusters).toEqual([{ id: "klynge-vest", label: "Klynge Vest", region: "Nordjylland" }]);
    expect(doc.organisations[1]).toEqual({
      id: "morsoe-kommune",
      label: "Morsø Kommune",
      sector: "municipality",
      cluster: "klynge-vest",
    });
  });

  it("leaves empty cells out and types attribute columns", () => {
    expect(doc.actors[1]).toEqual({
      id: "thisted-kardiologi",
      label: "Kardiologisk afsnit Thisted",
      sector: "region",
      organisation: "auh-thisted",
      cluster: "klynge-vest",
      kind: "hospital-ward",
      attributes: { beds: 18, staff: 45, note: "Efter hjerteoperation, henviser til sygedagpenge" },
    });
    expect(doc.actors[5]).toEqual({ id: "patient", label: "Patient", sector: "citizen", kind: "patient" });
  });

  it("reads directed as true/false/no/nej and falls back to the kind's default when empty", () => {
    expect(doc.ties.map((t) => [t.id, t.weight, t.directed, t.channel, t.quality])).toEqual([
      ["t1", 35, true, undefined, undefined],
      ["t2", 120, false, "LÆ 285", 2],
      ["t3", 80, false, "NFS", 4],
      ["t4", 400, false, "epikrise (MedCom)", 4],
      ["t5", 6, false, "rundbordssamtale", 3],
      ["t6", 2.5, false, "telefon", undefined],
    ]);
  });
});

describe("readCsvBundle: inferring sectors, clusters and the name", () => {
  it("takes sectors and clusters from actors, then organisations, in order of first appearance", () => {
    const doc = readCsvBundle({
      "actors.csv":
        "id,label,sector,organisation,cluster\na,A,region,,vest\nb,B,municipality,skive,midt\nc,C,region,,vest\n",
      "organisations.csv":
        "id,label,sector,cluster\nskive,Skive Kommune,municipality,midt\nplo,PLO,general-practice,nord\n",
      "ties.csv": "source,target,kind\n",
    });
    expect(doc.sectors).toEqual([
      { id: "region", label: "region" },
      { id: "municipality", label: "municipality" },
      { id: "general-practice", label: "general-practice" },
    ]);
    expect(doc.clusters.map((c) => c.id)).toEqual(["vest", "midt", "nord"]);
  });

  it("names the network after network.json, else the name option, else the folder, else 'network'", () => {
    const files = { "actors.csv": ACTORS, "ties.csv": TIES };
    expect(readCsvBundle({ ...files, "network.json": '{"name": "Midtklyngen"}' }, { name: "x" }).name).toBe(
      "Midtklyngen",
    );
    expect(readCsvBundle(files, { name: "Klynge Vest", folder: "data/vest" }).name).toBe("Klynge Vest");
    expect(readCsvBundle(files, { folder: "data\\klynge-vest\\" }).name).toBe("klynge-vest");
    expect(readCsvBundle(files).name).toBe("network");
  });

  it("finds file names in any case and ignores other files", () => {
    const doc = readCsvBundle({ "Actors.CSV": ACTORS, "TIES.csv": TIES, "notes.txt": "not a table" });
    expect(doc.actors).toHaveLength(2);
  });
});

describe("readCsvBundle: files from Excel", () => {
  it("detects ; from the header line even when quoted header names hold commas", () => {
    const doc = readCsvBundle({
      "actors.csv": 'id;label;sector;"note, short, really"\nward;Akut, Thisted;region;x,y\n',
      "ties.csv": "source,target,kind\n",
    });
    expect(doc.actors[0]).toEqual({
      id: "ward",
      label: "Akut, Thisted",
      sector: "region",
      attributes: { "note, short, really": "x,y" },
    });
  });

  it("reads decimal commas (and dots) in a ;-file, and only dots in a ,-file", () => {
    const doc = readCsvBundle({
      "actors.csv": "id;label;sector;share\r\nward;Akut;region;0,5\r\njc;Jobcenter;municipality;2.25\r\n",
      "ties.csv": "source;target;kind;weight;quality\r\nward;jc;handoff;1,5;2.5\r\n",
    });
    expect(doc.actors.map((a) => a.attributes?.share)).toEqual([0.5, 2.25]);
    expect([doc.ties[0]?.weight, doc.ties[0]?.quality]).toEqual([1.5, 2.5]);
  });

  it("accepts every spelling of yes and no in directed", () => {
    const values = ["true", "false", "yes", "no", "1", "0", "ja", "nej", "SAND", "falsk", " Ja "];
    const ties = values.map((v) => `ward,jc,communication,${v}`).join("\n");
    const doc = readCsvBundle({ "actors.csv": ACTORS, "ties.csv": `source,target,kind,directed\n${ties}\n` });
    expect(doc.ties.map((t) => t.directed)).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
    ]);
  });

  it("skips rows of empty cells, trailing separators and trailing empty lines", () => {
    const doc = readCsvBundle({
      "actors.csv":
        "id;label;sector;;\r\nward;Akut;region;;\r\n;;;;\r\njc;Jobcenter;municipality;;\r\n\r\n\r\n",
      "ties.csv": TIES,
    });
    expect(doc.actors.map((a) => a.id)).toEqual(["ward", "jc"]);
  });

  it("matches field columns whatever their case and surrounding spaces", () => {
    const doc = readCsvBundle({
      "actors.csv": "ID, Label ,SECTOR\nward,Akut,region\n",
      "ties.csv": "Source,Target,Kind\n",
    });
    expect(doc.actors[0]).toEqual({ id: "ward", label: "Akut", sector: "region" });
  });

  it("counts physical lines with CRLF, lone CR (old Mac Excel) and line breaks inside quotes", () => {
    const actors = 'id,label,sector\r"ward","Akut\rThisted",region\r\rjc,Jobcenter,municipality\r';
    const ties = 'source,target,kind,channel\r\nward,jc,handoff,"a\r\nb\nc"\r\nward,nobody,handoff,\r\n';
    expect(problemsOf({ "actors.csv": actors, "ties.csv": ties })).toEqual([
      'ties.csv line 5: target "nobody" is not an actor in actors.csv',
    ]);
    expect(
      problemsOf({
        "actors.csv": `${actors}jc,Again,municipality\r`,
        "ties.csv": ties.replace("ward,jc", "ward,ward"),
      }),
    ).toEqual([
      'actors.csv line 6: actor id "jc" is used twice',
      'ties.csv line 2: tie goes from actor "ward" to itself',
      'ties.csv line 5: target "nobody" is not an actor in actors.csv',
    ]);
  });

  it("reads a byte-order mark at the start of a text given as a string", () => {
    expect(readCsvBundle({ "actors.csv": `\uFEFF${ACTORS}`, "ties.csv": TIES }).actors[0]?.id).toBe("ward");
  });
});

describe("readCsvBundle: cells", () => {
  it("reads label, label_en and label_da", () => {
    const doc = readCsvBundle({
      "actors.csv":
        "id,label,label_en,label_da,sector\na,Plain,,,s\nb,,Ward,,s\nc,,,Afsnit,s\nd,,Ward,Afsnit,s\n",
      "ties.csv": "source,target,kind\n",
    });
    expect(doc.actors.map((a) => a.label)).toEqual([
      "Plain",
      { en: "Ward" },
      { da: "Afsnit" },
      { en: "Ward", da: "Afsnit" },
    ]);
  });

  it('reads an empty cell as absent and a quoted empty cell ("") as empty text', () => {
    const doc = readCsvBundle({
      "sectors.csv": 'id,label,description\nregion,Region,""\nmunicipality,Kommune,\n',
      "actors.csv": 'id,label,sector,note\nward,Akut,region,""\njc,Jobcenter,municipality,\n',
      "ties.csv": TIES,
    });
    expect(doc.sectors).toEqual([
      { id: "region", label: "Region", description: "" },
      { id: "municipality", label: "Kommune" },
    ]);
    expect(doc.actors.map((a) => a.attributes)).toEqual([{ note: "" }, undefined]);
  });

  it("infers attribute types: plain numbers, true/false, everything else text", () => {
    const cells = [
      "12",
      "-1.5",
      "2e3",
      "007",
      "0",
      "TRUE",
      "false",
      "yes",
      "1.5.1",
      "1234567890123456",
      "NaN",
      " 12",
    ];
    const actors = cells.map((c, i) => `a${i},A,s,"${c}"`).join("\n");
    const doc = readCsvBundle({
      "actors.csv": `id,label,sector,value\n${actors}\n`,
      "ties.csv": "source,target,kind\n",
    });
    expect(doc.actors.map((a) => a.attributes?.value)).toEqual([
      12,
      -1.5,
      2000,
      "007",
      0,
      true,
      false,
      "yes",
      "1.5.1",
      "1234567890123456",
      "NaN",
      " 12",
    ]);
  });

  it("keeps Danish thousands grouping as text in a ;-file but reads it as a decimal in a ,-file", () => {
    const actors = (sep: string) => `id${sep}label${sep}sector${sep}count\na${sep}A${sep}s${sep}1.000\n`;
    const read = (sep: string) =>
      readCsvBundle({ "actors.csv": actors(sep), "ties.csv": "source,target,kind\n" }).actors[0]?.attributes
        ?.count;
    expect(read(";")).toBe("1.000");
    expect(read(",")).toBe(1);
  });

  it("reads type suffixes, and a suffixed header always names an attribute", () => {
    const doc = readCsvBundle({
      "actors.csv":
        'id,label,sector,code:string,n:number,open:boolean,data:json,kind:string,x:json:string,y:z\na,A,s,12,007,ja,"[1,{""a"":null}]",gp,t,u\n',
      "ties.csv": "source,target,kind\n",
    });
    expect(doc.actors[0]).toEqual({
      id: "a",
      label: "A",
      sector: "s",
      attributes: {
        code: "12",
        n: 7,
        open: true,
        data: [1, { a: null }],
        kind: "gp",
        "x:json": "t",
        "y:z": "u",
      },
    });
  });

  it("reads the attributes column as a JSON object of further attributes", () => {
    const doc = readCsvBundle({
      "actors.csv": 'id,label,sector,attributes,beds\na,A,s,"{""floor"": 2}",10\nb,B,s,{},\nc,C,s,,\n',
      "ties.csv": "source,target,kind\n",
    });
    expect(doc.actors.map((a) => a.attributes)).toEqual([{ floor: 2, beds: 10 }, {}, undefined]);
    expect(
      problemsOf({
        "actors.csv": 'id,label,sector,attributes,beds\na,A,s,"{""beds"": 2}",10\nb,B,s,[1],\n',
        "ties.csv": "source,target,kind\n",
      }),
    ).toEqual([
      'actors.csv line 2: the attribute "beds" is given twice: in the attributes column and in the column "beds"',
      'actors.csv line 3: attributes must be a JSON object such as {"beds": 12}, not "[1]"',
    ]);
  });
});

describe("readCsvBundle: problems", () => {
  it("reports both missing required files with what was found", () => {
    expect(problemsOf({ "edges.csv": TIES })).toEqual([
      "there is no actors.csv (a network in CSV form needs actors.csv and ties.csv; found: edges.csv)",
      "there is no ties.csv (a network in CSV form needs actors.csv and ties.csv; found: edges.csv)",
    ]);
  });

  it("reports two files whose names differ only in case", () => {
    expect(problemsOf({ "actors.csv": ACTORS, "Actors.csv": ACTORS, "ties.csv": TIES })).toEqual([
      "Actors.csv: actors.csv and Actors.csv differ only in upper and lower case; keep one",
    ]);
  });

  it("reports header problems of every file together, before reading rows", () => {
    expect(
      problemsOf({
        "sectors.csv": "id,label,colour\nregion,Region,red\n",
        "actors.csv": "id,name,sector,beds,beds:number\nward,Akut,region,1,2\n",
        "ties.csv": "source,target\nward,jc\n",
      }),
    ).toEqual([
      'sectors.csv: the column "colour" is not one of the columns of sectors.csv: id, label (or label_en, label_da), description',
      'actors.csv: the columns "beds" and "beds:number" both hold the attribute "beds"',
      'actors.csv: the column "label" is missing (or give "label_en" and/or "label_da"; found: id, name, sector, beds, beds:number)',
      'ties.csv: the column "kind" is missing (found: source, target)',
    ]);
  });

  it("reports a value in a column without a name", () => {
    expect(
      problemsOf({
        "actors.csv": "id,label,,sector\nward,Akut,,region\njc,Job,x,municipality\n",
        "ties.csv": TIES,
      }),
    ).toEqual(["actors.csv line 3: there is a value in column 3, which has no name in the header line"]);
  });

  it("reports a row longer than 1 MiB at its first line", () => {
    const long = "x".repeat(1024 * 1024 + 10);
    expect(problemsOf({ "actors.csv": `${ACTORS}big,"${long}",region\n`, "ties.csv": TIES })).toEqual([
      "actors.csv line 4: a row is longer than 1 MiB — is this really a CSV file?",
    ]);
  });

  it("reports problems in network.json with the file name", () => {
    expect(
      problemsOf({
        "network.json": '{"name": "", "actors": [], "qualityScale": {"min": 5, "max": 1}}',
        "actors.csv": ACTORS,
        "ties.csv": TIES,
      }),
    ).toEqual([
      'network.json at actors: the field "actors" does not belong in network.json (it holds only format, name, description, sources, qualityScale, forums, memberships, rules)',
      "network.json at name: name must not be empty",
      "network.json at qualityScale: qualityScale min must be below max",
    ]);
    expect(problemsOf({ "network.json": '["Klynge Vest"]', "actors.csv": ACTORS, "ties.csv": TIES })).toEqual(
      ['network.json: network.json must hold a JSON object such as { "name": "Klynge Vest" }'],
    );
  });

  it("names the folder in the summary line", () => {
    try {
      readCsvBundle(
        { "actors.csv": ACTORS, "ties.csv": "source,target,kind\nward,x,handoff\n" },
        { folder: "data/skive" },
      );
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toBe(
        '1 problem in the CSV files in data/skive:\n  - ties.csv line 2: target "x" is not an actor in actors.csv',
      );
    }
  });
});
