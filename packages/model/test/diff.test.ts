import { describe, expect, it } from "vitest";
import { diffNetworks, parseNetwork } from "../src/index.js";

const before = parseNetwork({
  format: "tvaers.network/v1",
  name: "Klynge Vest 2022",
  sectors: [
    { id: "region", label: "Region" },
    { id: "municipality", label: "Municipality" },
  ],
  actors: [
    { id: "ward", label: "Acute ward", sector: "region", attributes: { beds: 20, note: "x", gone: true } },
    { id: "jobcentre", label: "Job centre", sector: "municipality" },
    { id: "home-care", label: "Home care", sector: "municipality" },
  ],
  ties: [
    { id: "t1", source: "ward", target: "jobcentre", kind: "handoff", weight: 3 },
    { source: "ward", target: "home-care", kind: "communication", channel: "medcom", quality: 2 },
    { source: "ward", target: "home-care", kind: "communication", channel: "phone" },
  ],
  forums: [{ id: "ops", label: "Driftsforum", kind: "operations-forum" }],
  memberships: [{ forum: "ops", actor: "ward", role: "member" }],
});

const after = parseNetwork({
  format: "tvaers.network/v1",
  name: "Klynge Vest 2023",
  sectors: before.sectors,
  actors: [
    {
      id: "ward",
      label: { en: "Acute ward", da: "Akutmodtagelsen" },
      sector: "region",
      attributes: { beds: 24, note: "x", added: [1, 2] },
    },
    { id: "jobcentre", label: "Job centre", sector: "municipality" },
    { id: "gp", label: "GP", sector: "municipality" },
  ],
  ties: [
    { id: "t1", source: "ward", target: "jobcentre", kind: "handoff", weight: 5 },
    { source: "ward", target: "jobcentre", kind: "communication", channel: "medcom", quality: 4 },
  ],
  forums: [{ id: "ops", label: "Driftsforum", kind: "operations-forum" }],
  memberships: [
    { forum: "ops", actor: "ward", role: "chair" },
    { forum: "ops", actor: "gp", role: "member" },
  ],
});

describe("diffNetworks", () => {
  it("lists actors added, removed and changed, with every field and each attribute", () => {
    const d = diffNetworks(before, after);
    expect(d.document).toEqual([{ field: "name", before: "Klynge Vest 2022", after: "Klynge Vest 2023" }]);
    expect(d.actors.added.map((a) => a.id)).toEqual(["gp"]);
    expect(d.actors.removed.map((a) => a.id)).toEqual(["home-care"]);
    expect(d.actors.changed).toEqual([
      {
        id: "ward",
        before: before.actors[0],
        after: after.actors[0],
        changes: [
          { field: "attributes.added", before: undefined, after: [1, 2] },
          { field: "attributes.beds", before: 20, after: 24 },
          { field: "attributes.gone", before: true, after: undefined },
          { field: "label", before: "Acute ward", after: { en: "Acute ward", da: "Akutmodtagelsen" } },
        ],
      },
    ]);
    expect(d.sectors).toEqual({ added: [], removed: [], changed: [] });
  });

  it("matches ties by id, else by source, target, kind and channel", () => {
    const d = diffNetworks(before, after);
    expect(d.ties.changed).toEqual([
      {
        id: "t1",
        before: before.ties[0],
        after: after.ties[0],
        changes: [{ field: "weight", before: 3, after: 5 }],
      },
    ]);
    expect(d.ties.added).toEqual([after.ties[1]]);
    expect(d.ties.removed).toEqual([before.ties[1], before.ties[2]]);
  });

  it("matches an undirected tie written the other way round and reports its changed quality", () => {
    const flipped = {
      ...before,
      ties: [{ ...before.ties[1]!, source: "home-care", target: "ward", quality: 5 }],
    };
    const d = diffNetworks({ ...before, ties: [before.ties[1]!] }, flipped);
    expect(d.ties.added).toEqual([]);
    expect(d.ties.removed).toEqual([]);
    expect(d.ties.changed.map((c) => [c.id, c.changes.map((x) => x.field)])).toEqual([
      ["home-care — ward (communication, medcom)", ["quality", "source", "target"]],
    ]);
  });

  it("compares memberships as whole rows, and finds nothing between a document and itself", () => {
    const d = diffNetworks(before, after);
    expect(d.memberships.removed).toEqual([{ forum: "ops", actor: "ward", role: "member" }]);
    expect(d.memberships.added).toHaveLength(2);
    const same = diffNetworks(after, structuredClone(after));
    expect([
      same.document,
      same.actors.changed,
      same.ties.added,
      same.ties.removed,
      same.memberships.added,
    ]).toEqual([[], [], [], [], []]);
  });
});
