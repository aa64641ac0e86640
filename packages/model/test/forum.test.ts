import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseNetwork, readMembershipsCsv, TvaersInputError } from "../src/index.js";

const base = {
  format: "tvaers.network/v1",
  name: "forums",
  sectors: [
    { id: "region", label: "Region" },
    { id: "municipality", label: "Municipality" },
  ],
  organisations: [
    { id: "auh", label: "Aalborg UH", sector: "region" },
    { id: "morso", label: "Morsø Kommune", sector: "municipality" },
  ],
  actors: [
    { id: "ward", label: "Ward", sector: "region", organisation: "auh", kind: "hospital-ward" },
    { id: "health", label: "Health", sector: "municipality", organisation: "morso" },
  ],
  forums: [{ id: "steering", label: "Klyngestyregruppe Vest", kind: "steering-group" }],
};

function problemsOf(value: unknown) {
  try {
    parseNetwork(value);
  } catch (e) {
    expect(e).toBeInstanceOf(TvaersInputError);
    return (e as TvaersInputError).problems.map((p) => `${p.path}: ${p.message}`);
  }
  throw new Error("expected the document to be rejected");
}

describe("forums, memberships and rules in a network document", () => {
  it("stay absent when a document has none, and are kept when given", () => {
    const { forums: _f, ...plain } = base;
    expect(parseNetwork(plain)).not.toHaveProperty("forums");
    const doc = parseNetwork({
      ...base,
      memberships: [
        { forum: "steering", organisation: "morso", role: "member", date: "2022-06-08", status: "apologies" },
        { forum: "steering", actor: "ward", role: "chair" },
      ],
      rules: [{ forum: "steering", minimum: { region: 1, "hospital-ward": 1 }, shares: { region: 2 } }],
    });
    expect(doc.forums?.[0]?.kind).toBe("steering-group");
    expect(doc.memberships).toHaveLength(2);
    expect(doc.rules?.[0]?.minimum).toEqual({ region: 1, "hospital-ward": 1 });
  });

  it("reports unknown references, contradictions and missing dates together", () => {
    const problems = problemsOf({
      ...base,
      memberships: [
        { forum: "nowhere", actor: "ghost", role: "member" },
        { forum: "steering", role: "member" },
        { forum: "steering", actor: "ward", organisation: "morso", role: "member" },
        { forum: "steering", organisation: "auh", sector: "municipality", role: "member" },
        { forum: "steering", organisation: "auh", role: "member", status: "present" },
      ],
      rules: [{ forum: "steering", minimum: { mayor: 1 }, shares: { gp: 1 } }],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'memberships[0].forum: forum "nowhere" is not a forum in this network',
        'memberships[0].actor: actor "ghost" is not an actor in this network',
        "memberships[1].actor: a membership needs an actor or an organisation (a role and an organisation are enough)",
        'memberships[2].organisation: actor "ward" belongs to organisation "auh", not "morso"',
        'memberships[3].sector: sector "municipality" contradicts sector "region" of organisation "auh"',
        'memberships[4].status: status "present" needs the meeting\'s date',
        'rules[0].minimum.mayor: "mayor" is neither a sector nor a kind of actor or participant in this network',
        'rules[0].shares.gp: shares "gp" is not a sector in this network',
      ]),
    );
    expect(problems).toHaveLength(8);
  });

  it("rejects an unknown forum kind, role, status and an impossible date, and still checks references", () => {
    const problems = problemsOf({
      ...base,
      forums: [...base.forums, { id: "x", label: "X", kind: "club" }],
      memberships: [{ forum: "steering", actor: "ghost", role: "boss", date: "2022-02-30", status: "late" }],
    });
    expect(problems.some((p) => p.startsWith("forums[1].kind"))).toBe(true);
    expect(problems.some((p) => p.startsWith("memberships[0].role"))).toBe(true);
    expect(problems.some((p) => p.startsWith("memberships[0].date"))).toBe(true);
    expect(problems.some((p) => p.startsWith("memberships[0].status"))).toBe(true);
    expect(problems).toContain('memberships[0].actor: actor "ghost" is not an actor in this network');
  });
});

describe("data/forums", () => {
  const read = (path: string) => readFileSync(new URL(`../../../data/forums/${path}`, import.meta.url));

  it("parses, and the minutes CSV holds the steering group's 12th meeting as the JSON does", () => {
    const vest = parseNetwork(JSON.parse(read("klynge-vest-forums.json").toString("utf8")));
    parseNetwork(JSON.parse(read("ms-reference-group.json").toString("utf8")));
    const minutes = readMembershipsCsv(read("klynge-vest-12th-meeting.csv"));
    const meeting = (vest.memberships ?? []).filter((m) => m.date === "2022-06-08");
    expect(minutes).toEqual(meeting);
    expect(minutes.filter((m) => m.status === "apologies")).toHaveLength(4);
  });
});
