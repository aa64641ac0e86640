import { describe, expect, it } from "vitest";
import { csvCell, formatCsv, formatTable } from "../src/index.js";

describe("formatTable", () => {
  it("aligns text left and number columns right, with an underlined header", () => {
    const text = formatTable(
      [
        ["Region", 20],
        ["Kommune", 4],
      ],
      { header: ["sector", "actors"] },
    );
    expect(text.split("\n")).toEqual([
      "sector   actors",
      "───────  ──────",
      "Region       20",
      "Kommune       4",
    ]);
  });

  it("counts Danish letters as one column each and leaves no trailing spaces", () => {
    const text = formatTable([
      ["Sundhedshus Brønderslev", "x"],
      ["Morsø", ""],
    ]);
    expect(text.split("\n")).toEqual(["Sundhedshus Brønderslev  x", "Morsø"]);
  });

  it("honours explicit alignment and keeps every cell on one line", () => {
    const text = formatTable([["a", "two\nlines"]], { align: ["right", "left"] });
    expect(text).toBe("a  two lines");
  });
});

describe("csvCell", () => {
  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ["+45 12 34", "'+45 12 34"],
    ["-1+2", "'-1+2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
  ])("neutralises a formula-like cell %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("leaves numbers, empty cells and ordinary text alone", () => {
    expect(csvCell(-3.5)).toBe("-3.5");
    expect(csvCell(null)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell("Aalborg Universitetshospital")).toBe("Aalborg Universitetshospital");
  });

  it("quotes the separator, quotes and line breaks", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("a,b", ";")).toBe("a,b");
    expect(csvCell("a;b", ";")).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });
});

describe("formatCsv", () => {
  it("writes a header and rows with CRLF line ends", () => {
    expect(formatCsv(["actor", "degree"], [["=cmd", 2]], { separator: ";" })).toBe(
      "actor;degree\r\n'=cmd;2\r\n",
    );
  });
});
