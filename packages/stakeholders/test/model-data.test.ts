import { readdirSync, readFileSync } from "node:fs";
import { parseNetwork } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { applyModel, parseModel } from "../src/index.js";

const data = new URL("../../../data/", import.meta.url);
const read = (folder: string) =>
  readdirSync(new URL(folder, data))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({ file, json: JSON.parse(readFileSync(new URL(`${folder}${file}`, data), "utf8")) }));

const networks = read("networks/").map(({ file, json }) => ({ file, network: parseNetwork(json, { file }) }));
const models = read("models/").map(({ file, json }) => ({ file, model: parseModel(json, { file }) }));
const CHANGING = new Set(["add-actor", "add-tie", "upgrade-tie", "scale-wait", "remove-actor"]);
const SOURCES = new Set([
  "000_e03192cda0845c3a.txt",
  "001_06baf60a3b72d700.txt",
  "002_a975f11f8065c59b.txt",
  "003_7af8505ef63dec3b.txt",
  "004_95217c270bcf05fc.txt",
  "collaboration_models.md",
]);

describe("the collaboration models in data/models", () => {
  it("are the nine models the sources describe", () => {
    expect(models.map((m) => m.model.id)).toEqual([
      "dual-diagnosis-team",
      "fact-team",
      "hospital-on-nfs",
      "ips",
      "ms-liaison-consultant",
      "municipal-health-conversation",
      "round-table-meetings",
      "video-family-conversations",
      "work-restrictions-in-record",
    ]);
    for (const { file, model } of models) expect(file).toBe(`${model.id}.json`);
  });

  it("cite their source files, rule by rule, and say which values are illustrative", () => {
    for (const { model } of models) {
      const cited = (model.sources ?? []).map((s) => (typeof s === "string" ? s : s.title));
      expect(cited.some((s) => SOURCES.has(s))).toBe(true);
      for (const rule of model.rules) {
        expect(SOURCES.has(rule.source ?? ""), `${model.id}: rule ${rule.type}`).toBe(true);
        expect(cited).toContain(rule.source);
        expect(rule.valueProvenance).toMatch(/^(source|illustrative)$/);
        expect(rule.note).toBeTruthy();
      }
    }
  });

  it("each apply to every example network without error and change at least one of them", () => {
    for (const { model } of models) {
      let changed = 0;
      for (const { network } of networks) {
        const result = applyModel(network, model);
        expect(parseNetwork(JSON.parse(JSON.stringify(result.network)))).toEqual(result.network);
        for (const change of result.changes) {
          expect(change.en).not.toBe("");
          expect(change.da).not.toBe("");
        }
        if (result.changes.some((c) => CHANGING.has(c.action))) changed += 1;
      }
      expect(changed, model.id).toBeGreaterThan(0);
    }
  });
});
