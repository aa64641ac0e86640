/**
 * The whole pipeline on the realistic example log (fixtures/logs/klynge-vest-forloeb.csv: 200 events,
 * 48 cases, Danish Excel format, both summer-time switches), compared with an independent pandas
 * computation (fixtures/logs/reference-handoffs.py → klynge-vest-forloeb.expected.json); the network
 * it builds is valid and measurable; no case id ever reaches the output.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { crossSectorShare } from "@tvaers/analysis";
import { parseNetwork, toGraph } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import {
  type EngineResult,
  handoffEngine,
  mineHandoffs,
  registerHandoffEngine,
  suppressHandoffTies,
  suppressSmallCells,
} from "../src/index.js";

const LOG = fileURLToPath(new URL("fixtures/logs/klynge-vest-forloeb.csv", import.meta.url));
const EXPECTED = JSON.parse(
  readFileSync(
    fileURLToPath(new URL("fixtures/logs/klynge-vest-forloeb.expected.json", import.meta.url)),
    "utf8",
  ),
);
const COLUMNS = {
  caseId: "sag",
  timestamp: "tidspunkt",
  actor: "aktør",
  activity: "aktivitet",
  sector: "sektor",
  cluster: "klynge",
};

interface Reference {
  from: string;
  to: string;
  count: number;
  cases: number;
  waitHours: { median: number; p90: number; mean: number };
  crossSector: boolean | null;
  pm4py: number;
}

function close(actual: number, expected: number) {
  expect(Math.abs(actual - expected)).toBeLessThan(1e-9 * Math.max(1, Math.abs(expected)));
}

describe("mineHandoffs on the example log", () => {
  for (const level of ["actor", "sector"] as const) {
    it(`agrees with pandas at the ${level} level`, async () => {
      const result = await mineHandoffs(LOG, { columns: COLUMNS, level });
      expect(result.report).toMatchObject({
        events: EXPECTED.events,
        cases: EXPECTED.cases,
        transitions: EXPECTED.transitions,
        rejected: 0,
        strategy: "sorted",
      });
      const reference = EXPECTED[level] as Reference[];
      expect(result.handoffs.map((h) => [h.from, h.to, h.count, h.cases, h.crossSector])).toEqual(
        reference.map((h) => [h.from, h.to, h.count, h.cases, h.crossSector]),
      );
      result.handoffs.forEach((h, i) => {
        const r = reference[i]!;
        close(h.waitHours.median, r.waitHours.median);
        close(h.waitHours.p90, r.waitHours.p90);
        close(h.waitHours.mean, r.waitHours.mean);
        close(result.network.ties[i]!.attributes!.relative as number, r.pm4py);
      });
    });
  }

  it("builds a valid network that the analysis measures run on", async () => {
    for (const level of ["actor", "organisation", "sector", "cluster", "kind"] as const) {
      const { network, handoffs } = await mineHandoffs(LOG, {
        columns: { ...COLUMNS, organisation: "organisation" },
        level,
      });
      expect(() => parseNetwork(JSON.parse(JSON.stringify(network)))).not.toThrow();
      expect(network.ties).toHaveLength(handoffs.length);
      const graph = toGraph(network);
      expect(graph.size).toBe(handoffs.length);
      if (level === "actor") {
        expect(network.sectors.map((s) => s.id)).toEqual(["general-practice", "municipality", "region"]);
        expect(network.organisations.map((o) => o.id)).toContain("aalborg-uh");
        const share = crossSectorShare(graph).overall;
        expect(share.crossTies).toBeGreaterThan(0);
        expect(share.crossTies).toBe(handoffs.filter((h) => h.crossSector === true).length);
      }
    }
  });

  it("never writes a case id into any output", async () => {
    const text = readFileSync(LOG, "utf8").replace(
      "SAG-00001;25-10-2025 15:03",
      "SAG-00001;31-02-2025 15:03",
    );
    const result = await mineHandoffs(
      { text, name: "log.csv" },
      { columns: COLUMNS, onError: "skip-and-report" },
    );
    expect(result.report.rejected).toBe(1);
    const ids = [
      ...new Set(
        text
          .split("\n")
          .slice(1)
          .map((row) => row.split(";")[0]!)
          .filter((id) => id !== ""),
      ),
    ];
    expect(ids).toHaveLength(48);
    const outputs = JSON.stringify([
      result,
      suppressSmallCells(result.handoffs),
      suppressSmallCells(result.handoffs, { k: 0 }),
      suppressHandoffTies(result.network),
    ]);
    for (const id of ids) expect(outputs).not.toContain(id);
  });

  it("picks the engine by name, registered ones included", async () => {
    await expect(mineHandoffs(LOG, { engine: "spark" })).rejects.toThrow(
      'There is no handoff engine "spark"; use "stream" or "duckdb".',
    );
    const stream = handoffEngine("stream");
    const seen: string[] = [];
    registerHandoffEngine("spy", async (source, options): Promise<EngineResult> => {
      seen.push(options.level ?? "actor");
      return stream(source, options);
    });
    const viaSpy = await mineHandoffs(LOG, { engine: "spy", columns: COLUMNS, level: "sector" });
    expect(seen).toEqual(["sector"]);
    expect(viaSpy.handoffs).toEqual(
      (await mineHandoffs(LOG, { columns: COLUMNS, level: "sector" })).handoffs,
    );
  });

  it("checks its options in plain words", async () => {
    await expect(mineHandoffs(LOG, { maxGapHours: -1 })).rejects.toThrow(
      "the maximum gap must be 0 hours or more, not -1",
    );
    await expect(mineHandoffs(LOG, { level: "ward" as "actor" })).rejects.toThrow(
      'the level must be one of actor, organisation, sector, cluster, kind, not "ward"',
    );
  });
});
