import { describe, expect, it } from "vitest";
import { readMembershipsCsv, TvaersInputError } from "../src/index.js";

describe("readMembershipsCsv", () => {
  it("reads a Danish minutes sheet: ; separator, Danish roles, statuses and dates, extra columns as attributes", () => {
    const csv =
      "\uFEFFforum;organisation;sector;role;date;status;title\n" +
      "steering;auh;;medformand;8-6-2022;deltager;Sygeplejefaglig direktør\n" +
      "steering;morso;;medlem;08.06.2022;afbud;Direktør\n" +
      "steering;plo;general-practice;member;2022-06-08;present;Konsulent\n";
    expect(readMembershipsCsv(csv, { file: "minutes.csv" })).toEqual([
      {
        forum: "steering",
        organisation: "auh",
        role: "chair",
        date: "2022-06-08",
        status: "present",
        attributes: { title: "Sygeplejefaglig direktør" },
      },
      {
        forum: "steering",
        organisation: "morso",
        role: "member",
        date: "2022-06-08",
        status: "apologies",
        attributes: { title: "Direktør" },
      },
      {
        forum: "steering",
        organisation: "plo",
        sector: "general-practice",
        role: "member",
        date: "2022-06-08",
        status: "present",
        attributes: { title: "Konsulent" },
      },
    ]);
  });

  it("reports every bad row with file, line and field", () => {
    const csv =
      "forum,organisation,role,date,status\nsteering,auh,boss,2022-06-08,present\nsteering,auh,member,2022-13-01,gone\n";
    try {
      readMembershipsCsv(csv, { file: "minutes.csv" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TvaersInputError);
      const problems = (e as TvaersInputError).problems;
      expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
        ["minutes.csv", 2, "role"],
        ["minutes.csv", 3, "date"],
        ["minutes.csv", 3, "status"],
      ]);
    }
  });

  it("needs the forum and role columns", () => {
    expect(() => readMembershipsCsv("organisation,date\nauh,2022-06-08\n")).toThrow(/"forum" is missing/);
  });
});
