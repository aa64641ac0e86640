import { type NetworkDocument, parseNetwork } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { apportion, checkRepresentation, patientPresence } from "../src/index.js";

const sectors = ["region", "municipality", "general-practice", "citizen"].map((id) => ({ id, label: id }));

function doc(memberships: object[], rules: object[]): NetworkDocument {
  return parseNetwork({
    format: "tvaers.network/v1",
    name: "rules",
    sectors,
    organisations: [
      { id: "rn", label: "Region", sector: "region" },
      { id: "thisted", label: "Thisted", sector: "municipality" },
      { id: "morso", label: "Morsø", sector: "municipality" },
      { id: "plo", label: "PLO", sector: "general-practice" },
    ],
    actors: [
      { id: "patients", label: "Patient committee", sector: "citizen", kind: "patient-representative" },
    ],
    forums: [{ id: "political", label: "Political level", kind: "political-level" }],
    memberships,
    rules,
  });
}

const seat = (organisation: string, kind: string, extra: object = {}) => ({
  forum: "political",
  organisation,
  kind,
  role: "member",
  ...extra,
});

const politicalRule = { forum: "political", minimum: { councillor: 2, mayor: 2, "general-practice": 1 } };

describe("checkRepresentation: minimums", () => {
  it("is met at exactly the minimum", () => {
    const [c] = checkRepresentation(
      doc(
        [
          seat("rn", "councillor"),
          seat("rn", "councillor", { role: "chair" }),
          seat("thisted", "mayor"),
          seat("morso", "mayor"),
          seat("plo", "gp"),
        ],
        [politicalRule],
      ),
    );
    expect(c).toMatchObject({
      forum: "political",
      basis: "standing",
      seats: 5,
      bySector: { "general-practice": 1, municipality: 2, region: 2 },
    });
    expect(c?.shortfalls).toEqual([]);
  });

  it("lists a shortfall one below the minimum; observers and secretaries do not count", () => {
    const [c] = checkRepresentation(
      doc(
        [
          seat("rn", "councillor"),
          seat("rn", "councillor", { role: "observer" }),
          seat("thisted", "mayor"),
          seat("morso", "mayor"),
          seat("plo", "gp", { role: "secretary" }),
        ],
        [politicalRule],
      ),
    );
    expect(c?.shortfalls).toEqual([
      { rule: 0, basis: "minimum", key: "councillor", by: "kind", required: 2, actual: 1, missing: 1 },
      {
        rule: 0,
        basis: "minimum",
        key: "general-practice",
        by: "sector",
        required: 1,
        actual: 0,
        missing: 1,
      },
    ]);
  });

  it("checks a meeting by who was present, apologies left out", () => {
    const m = (org: string, kind: string, status: string) => seat(org, kind, { date: "2022-06-08", status });
    const d = doc(
      [
        m("rn", "councillor", "present"),
        m("rn", "councillor", "apologies"),
        m("thisted", "mayor", "present"),
        m("morso", "mayor", "present"),
        m("plo", "gp", "present"),
      ],
      [politicalRule],
    );
    expect(checkRepresentation(d)[0]?.shortfalls).toEqual([]);
    const at = checkRepresentation(d, { at: "2022-06-08" })[0];
    expect(at).toMatchObject({ basis: "meeting", date: "2022-06-08", seats: 4 });
    expect(at?.shortfalls.map((s) => s.key)).toEqual(["councillor"]);
  });
});

describe("checkRepresentation: shares", () => {
  it("apportions by largest remainder: 5 places at 100/75/25 give 2/2/1, 4 give 2/2/0", () => {
    expect(apportion(5, { region: 100, municipality: 75, "general-practice": 25 })).toEqual({
      region: 2,
      municipality: 2,
      "general-practice": 1,
    });
    expect(apportion(4, { region: 100, municipality: 75, "general-practice": 25 })).toEqual({
      region: 2,
      municipality: 2,
      "general-practice": 0,
    });
    expect(apportion(2, { a: 1, b: 1, c: 1 })).toEqual({ a: 1, b: 1, c: 0 });
  });

  it("reports the sector short of its apportioned places, and none when exactly met", () => {
    const rule = { forum: "political", shares: { region: 100, municipality: 75, "general-practice": 25 } };
    const met = [
      seat("rn", "x"),
      seat("rn", "x"),
      seat("thisted", "x"),
      seat("morso", "x"),
      seat("plo", "x"),
    ];
    expect(checkRepresentation(doc(met, [rule]))[0]?.shortfalls).toEqual([]);
    const short = [seat("rn", "x"), seat("rn", "x"), seat("rn", "x"), seat("thisted", "x"), seat("plo", "x")];
    expect(checkRepresentation(doc(short, [rule]))[0]?.shortfalls).toEqual([
      { rule: 0, basis: "share", key: "municipality", by: "sector", required: 2, actual: 1, missing: 1 },
    ]);
  });
});

describe("checkRepresentation: shares over fixed seats", () => {
  it("apportions the rule's seats, so an unfilled place is a shortfall", () => {
    const rule = {
      forum: "political",
      seats: 5,
      shares: { region: 100, municipality: 75, "general-practice": 25 },
    };
    const four = [seat("rn", "x"), seat("rn", "x"), seat("thisted", "x"), seat("morso", "x")];
    expect(checkRepresentation(doc(four, [rule]))[0]?.shortfalls).toEqual([
      { rule: 0, basis: "share", key: "general-practice", by: "sector", required: 1, actual: 0, missing: 1 },
    ]);
  });
});

describe("patientPresence", () => {
  it("says whether a patient seat is a member and was present at each meeting", () => {
    const d = doc(
      [
        { forum: "political", actor: "patients", role: "member" },
        { forum: "political", actor: "patients", role: "member", date: "2022-06-08", status: "apologies" },
        { forum: "political", actor: "patients", role: "member", date: "2022-10-13", status: "present" },
        seat("rn", "councillor", { date: "2022-06-08", status: "present" }),
      ],
      [],
    );
    expect(patientPresence(d)).toEqual([
      {
        forum: "political",
        member: true,
        meetings: [
          { date: "2022-06-08", present: false },
          { date: "2022-10-13", present: true },
        ],
      },
    ]);
  });
});
