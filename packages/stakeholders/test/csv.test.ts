import { formatProblem, isTvaersInputError } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { parseStakeholdersCsv, type StakeholdersCsvOptions } from "../src/index.js";

/** The problems reading `content` throws, formatted one per line. */
function problems(content: Uint8Array | string, options: StakeholdersCsvOptions = {}): string[] {
  try {
    parseStakeholdersCsv(content, options);
  } catch (error) {
    if (!isTvaersInputError(error)) throw error;
    return error.problems.map(formatProblem);
  }
  throw new Error("expected problems");
}

/** Windows-1252 bytes of a text made only of Latin-1 characters. */
const windows1252 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe("parseStakeholdersCsv", () => {
  it("reads a Danish Excel file: BOM, `;`, decimal commas, CRLF and a quoted line break", () => {
    const text =
      "\uFEFFid;label_en;label_da;Power;interest;affected;legitimacy;urgency;attitude;proximity;description\r\n" +
      'kl;KL;Kommunernes Landsforening;4;2,5;2;4;2;-1;1;"Local Government\r\nDenmark"\r\n' +
      "\r\n" +
      "gp;GP;Praktiserende læge;3;4;;;;;;\r\n";
    const doc = parseStakeholdersCsv(text);
    expect(doc.stakeholders).toEqual([
      {
        id: "kl",
        label: { en: "KL", da: "Kommunernes Landsforening" },
        power: 4,
        interest: 2.5,
        affected: 2,
        legitimacy: 4,
        urgency: 2,
        attitude: -1,
        proximity: 1,
        description: "Local Government\nDenmark",
      },
      { id: "gp", label: { en: "GP", da: "Praktiserende læge" }, power: 3, interest: 4 },
    ]);
  });

  it("reads Windows-1252 bytes and a `,` file with decimal dots", () => {
    const doc = parseStakeholdersCsv(windows1252("id,label,power,interest\r\ngrå,Grå eminence,4.5,1\r\n"));
    expect(doc.stakeholders).toEqual([{ id: "grå", label: "Grå eminence", power: 4.5, interest: 1 }]);
  });

  it("reads actor links, provenance per value and per row, and keeps other columns as attributes", () => {
    const text = [
      "id;actors;power;urgency;power_provenance;provenance;Contact person",
      "gp;gp-morso | gp-vejen;3;4;Workshop;Expert judgement;Dr. Hansen",
    ].join("\n");
    expect(parseStakeholdersCsv(text, { provenance: "illustrative" })).toMatchObject({
      provenance: "illustrative",
      stakeholders: [
        {
          id: "gp",
          actors: ["gp-morso", "gp-vejen"],
          provenance: { power: "workshop", urgency: "expert-judgement" },
          attributes: { "Contact person": "Dr. Hansen" },
        },
      ],
    });
  });

  it("reports every problem with file and line: cells, ranges, duplicates, unknown provenance", () => {
    const text = [
      "id;label;power;interest;urgency_provenance",
      "a;A;7;høj;",
      "a;B;3;3;",
      ";C;2;2;",
      "d;D;1;1;guess",
      "e;E;1;1;;;extra",
    ].join("\n");
    expect(problems(text, { file: "s.csv" })).toEqual([
      's.csv line 2: interest "høj" is not a number',
      "s.csv line 2: power 7 is outside the scale 1–5",
      's.csv line 3: id "a" is used twice (also by stakeholders[0])',
      "s.csv line 4: id is missing",
      "s.csv line 5: urgency must be one of survey, workshop, expert-judgement, derived, illustrative",
      "s.csv line 6: this row has 7 fields, but the header line has 5 columns (is a separator inside a value that should be in quotes?)",
    ]);
  });

  it("hints at the decimal mark in a `,` file", () => {
    expect(problems('id,power\r\na,"3,5"\r\n')).toEqual([
      'stakeholders.csv line 2: power "3,5" is not a number (write decimals with a dot in a file separated by ",")',
    ]);
  });

  it("reports a missing id column, a repeated column and both label forms", () => {
    expect(problems("name;power;Power\nx;1;2\n")).toEqual([
      'stakeholders.csv: the column "Power" appears twice',
      'stakeholders.csv: the column "id" is missing (found: name, power, Power)',
    ]);
    expect(problems("id;label;label_da\nx;X;Y\n")).toEqual([
      "stakeholders.csv line 2: fill in either label or label_en/label_da, not both",
    ]);
  });

  it("reports empty, binary and unclosed files", () => {
    expect(problems("")).toEqual([
      "stakeholders.csv: the file is empty: it needs a header line with the column names",
    ]);
    expect(problems(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))[0]).toMatch(/not a text file/);
    expect(problems('id;label\nx;"open\n')).toEqual([
      'stakeholders.csv: a quoted field is never closed: a closing quote (") is missing',
    ]);
  });

  it("checks ranges against the scales it is given, and links against a network", () => {
    const text = "id;actors;power\nx;nowhere;8\n";
    expect(
      parseStakeholdersCsv(text, { scales: { power: { min: 0, max: 10 } } }).stakeholders[0]?.power,
    ).toBe(8);
    expect(
      problems(text, { scales: { power: { min: 0, max: 10 } }, network: { actors: [{ id: "gp" }] } }),
    ).toEqual(['stakeholders.csv line 2: actor "nowhere" is not an actor in the network']);
  });

  it("pads a short row: values left out at the end are not assessed", () => {
    expect(parseStakeholdersCsv("id;power;interest\nx;4\n").stakeholders).toEqual([{ id: "x", power: 4 }]);
  });
});
