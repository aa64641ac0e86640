import { parseNetwork } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { attendance } from "../src/index.js";

const row = (organisation: string, date: string, status: string) => ({
  forum: "ops",
  organisation,
  role: "member",
  date,
  status,
});

const doc = parseNetwork({
  format: "tvaers.network/v1",
  name: "attendance",
  sectors: ["region", "municipality", "general-practice"].map((id) => ({ id, label: id })),
  organisations: [
    { id: "auh", label: "AUH", sector: "region" },
    { id: "thisted", label: "Thisted", sector: "municipality" },
    { id: "plo", label: "PLO", sector: "general-practice" },
  ],
  actors: [],
  forums: [
    { id: "ops", label: "Driftsforum", kind: "operations-forum" },
    { id: "idle", label: "No minutes", kind: "project" },
  ],
  memberships: [
    row("auh", "2022-05-19", "present"),
    row("thisted", "2022-05-19", "present"),
    row("thisted", "2022-05-19", "apologies"),
    row("plo", "2022-05-19", "apologies"),
    row("auh", "2022-09-13", "present"),
    row("thisted", "2022-09-13", "apologies"),
    row("plo", "2022-09-13", "present"),
    row("auh", "2022-10-13", "present"),
    row("plo", "2022-10-13", "apologies"),
  ],
});

describe("attendance", () => {
  it("counts apologies by organisation and sector", () => {
    const [ops, ...rest] = attendance(doc);
    expect(rest).toEqual([]);
    expect(ops?.meetings).toEqual(["2022-05-19", "2022-09-13", "2022-10-13"]);
    expect(ops?.byOrganisation).toEqual({
      auh: { present: 3, apologies: 0 },
      plo: { present: 1, apologies: 2 },
      thisted: { present: 1, apologies: 2 },
    });
    expect(ops?.bySector.municipality).toEqual({ present: 1, apologies: 2 });
  });

  it("flags a sector absent from at least half its meetings; one present row keeps a sector present", () => {
    // general practice missed 2 of 3 meetings; the municipality 1 of 2 (exactly half: flagged)
    expect(attendance(doc)[0]?.regularlyAbsent).toEqual([
      { sector: "general-practice", absent: ["2022-05-19", "2022-10-13"], meetings: 3 },
      { sector: "municipality", absent: ["2022-09-13"], meetings: 2 },
    ]);
    expect(attendance(doc, { share: 0.6 })[0]?.regularlyAbsent.map((x) => x.sector)).toEqual([
      "general-practice",
    ]);
    expect(attendance(doc, { share: 0.7 })[0]?.regularlyAbsent).toEqual([]);
    expect(attendance(doc, { minMeetings: 4 })[0]?.regularlyAbsent).toEqual([]);
  });
});
