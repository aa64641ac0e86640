import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fixture, run } from "./support/run.js";
import { tempDirs } from "./support/temp.js";

const tempDir = tempDirs("tvaers-gaps-");
const small = fixture("small.json");

// small.json, by hand (quality scale 1–5, q = (quality − 1) / 4): one handoff pair, cardiology → sbu,
// volume 6. No communication tie joins them directly. Relay cardiology → gp → sbu (both ties
// undirected): cardiology–gp has no quality, so the midpoint 3 is assumed; gp–sbu has 2. Weakest link
// 2 → q = 0.25, halved for one intermediary → 0.125; severity 6 · (1 − 0.125) = 5.25. With
// --max-relay-steps 1 there is no channel: q = 0, severity 6.
describe("tvaers gaps from the network's handoff ties", () => {
  it("ranks the pair with its relayed channel (JSON)", async () => {
    const { code, stdout, stderr } = await run(["gaps", small, "--format", "json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ network: "Small cluster", handoffs: "network", by: "pair" });
    expect(out.gaps).toHaveLength(1);
    expect(out.gaps[0]).toMatchObject({
      rank: 1,
      from: "cardiology",
      to: "sbu",
      status: "relayed",
      via: ["gp"],
      volume: 6,
      qualityAssumed: true,
      flagged: true,
    });
    expect(out.gaps[0].quality).toBeCloseTo(0.125, 12);
    expect(out.gaps[0].severity).toBeCloseTo(5.25, 12);
  });

  it("prints the table columns rank, from, to, status, via, volume, quality, severity", async () => {
    const { stdout } = await run(["gaps", small]);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(/^rank\s+from\s+to\s+status\s+via\s+volume\s+quality\s+severity$/);
    expect(lines[2]).toMatch(/^\s*1\s+cardiology\s+sbu\s+relayed\s+gp\s+6\s+0\.13\*\s+5\.25$/);
    expect(stdout).toContain("* a tie on the channel has no quality; the scale's midpoint was assumed");
  });

  it("allows no relay with --max-relay-steps 1", async () => {
    const { stdout } = await run(["gaps", small, "--max-relay-steps", "1", "--format", "csv"]);
    expect(stdout).toBe(
      "rank,from,to,status,via,volume,quality,severity\r\n1,cardiology,sbu,none,,6,0,6\r\n",
    );
  });

  it("sums per sector pair and per cluster with --by", async () => {
    const sector = JSON.parse((await run(["gaps", small, "--by", "sector", "--format", "json"])).stdout);
    expect(sector.bySectorPair).toMatchObject([
      { fromSector: "region", toSector: "municipality", pairs: 1, volume: 6, relayed: 1, flagged: 1 },
    ]);
    const cluster = await run(["gaps", small, "--by", "cluster", "--format", "csv"]);
    expect(cluster.stdout).toBe(
      "rank,scope,cluster,pairs,volume,severity,direct,relayed,none,weak,flagged\r\n" +
        "1,unassigned,,1,6,5.25,0,1,0,0,1\r\n",
    );
  });

  it("keeps the first --top rows of a real network, ranked by severity", async () => {
    const network = fileURLToPath(new URL("../../../data/networks/midtklyngen.json", import.meta.url));
    const all = JSON.parse((await run(["gaps", network, "--format", "json"])).stdout).gaps;
    const top = JSON.parse((await run(["gaps", network, "--top", "3", "--format", "json"])).stdout).gaps;
    expect(all.length).toBeGreaterThan(3);
    expect(top).toEqual(all.slice(0, 3));
    expect(top[0].severity).toBeGreaterThanOrEqual(top[1].severity);
  });
});

// The handoffs of this log (the log of handoffs-fixtures.ts without activity and sector; by hand):
// gp-a → ward-x 4 (4 cases), ward-x → home-care 2 (2 cases), ward-x → jobcentre 1 (1 case). The
// network's own handoff tie gp-a → home-care (100) is replaced by them; its communication ties stay:
// gp-a–ward-x quality 5 (q = 1, severity 0), ward-x–home-care quality 2 (q = 0.25, weak; severity
// 2 · 0.75 = 1.5); ward-x → jobcentre has no channel (severity 1). Ranked: home-care 1.5, jobcentre 1,
// ward-x 0.
const LOG = [
  "case_id,timestamp,actor",
  "PT-0417-A,2026-03-02T08:00:00+01:00,gp-a",
  "PT-0417-A,2026-03-02T10:00:00+01:00,ward-x",
  "PT-0417-A,2026-03-03T10:00:00+01:00,ward-x",
  "PT-0417-A,2026-03-04T10:00:00+01:00,home-care",
  "PT-0417-B,2026-03-05T09:00:00+01:00,gp-a",
  "PT-0417-B,2026-03-05T13:00:00+01:00,ward-x",
  "PT-0417-B,2026-03-07T13:00:00+01:00,home-care",
  "PT-0417-C,2026-03-09T08:00:00+01:00,gp-a",
  "PT-0417-C,2026-03-09T14:00:00+01:00,ward-x",
  "PT-0417-C,2026-03-10T14:00:00+01:00,jobcentre",
  "PT-0417-D,2026-03-11T08:00:00+01:00,gp-a",
  "PT-0417-D,2026-03-11T09:00:00+01:00,ward-x",
].join("\n");

const NETWORK = {
  format: "tvaers.network/v1",
  name: "Logged",
  sectors: ["general-practice", "region", "municipality"].map((id) => ({ id, label: id })),
  actors: [
    { id: "gp-a", label: "GP A", sector: "general-practice" },
    { id: "ward-x", label: "Ward X", sector: "region" },
    { id: "home-care", label: "Home care", sector: "municipality" },
    { id: "jobcentre", label: "Job centre", sector: "municipality" },
  ],
  ties: [
    { source: "gp-a", target: "home-care", kind: "handoff", weight: 100 },
    { source: "gp-a", target: "ward-x", kind: "communication", quality: 5 },
    { source: "ward-x", target: "home-care", kind: "communication", quality: 2 },
  ],
};

async function files(log = LOG) {
  const dir = await tempDir();
  const network = join(dir, "network.json");
  const events = join(dir, "log.csv");
  await writeFile(network, JSON.stringify(NETWORK));
  await writeFile(events, `${log}\n`);
  return { network, events };
}

describe("tvaers gaps with --log", () => {
  it("replaces the network's handoff ties with the log's and keeps its communication ties", async () => {
    const { network, events } = await files();
    const { code, stdout, stderr } = await run([
      "gaps",
      network,
      "--log",
      events,
      "--suppress-below",
      "0",
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain("disclosure control is off");
    const out = JSON.parse(stdout);
    expect(out.handoffs).toBe("log");
    expect(out.report).toMatchObject({ events: 12, cases: 4, rejected: 0, suppressedPairs: 0 });
    expect(
      out.gaps.map((g: { to: string; status: string; volume: number; severity: number }) => [
        g.to,
        g.status,
        g.volume,
        g.severity,
      ]),
    ).toEqual([
      ["home-care", "direct", 2, 1.5],
      ["jobcentre", "none", 1, 1],
      ["ward-x", "direct", 4, 0],
    ]);
    expect(stdout + stderr).not.toContain("PT-0417");
  });

  it("leaves out the pairs disclosure control suppresses, and says so", async () => {
    // k = 2: ward-x → jobcentre (1 case) is primary, ward-x → home-care secondary; gp-a → ward-x stays.
    const { network, events } = await files();
    const { code, stdout, stderr } = await run(["gaps", network, "--log", events, "--suppress-below", "2"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\s*1\s+gp-a\s+ward-x\s+direct\s+4\s+1\.00\s+0$/m);
    expect(stdout).not.toContain("jobcentre");
    expect(stderr).toContain("1 handoff pair has fewer than 2 cases and is suppressed; 1 more is suppressed");
    const byDefault = await run(["gaps", network, "--log", events]);
    expect(byDefault.stdout).toBe("No handoff pairs, so no gaps.\n");
  });

  it("exits 1 when an actor of the log is not in the network", async () => {
    const { network, events } = await files(`${LOG}\nPT-0417-D,2026-03-12T09:00:00+01:00,ward-z`);
    const { code, stderr } = await run(["gaps", network, "--log", events, "--suppress-below", "0"]);
    expect(code).toBe(1);
    expect(stderr).toContain('handoff actor "ward-z" is not in the network');
  });

  it("reads the log's own column names with --columns", async () => {
    const { network, events } = await files(LOG.replace("case_id,timestamp,actor", "sag,tid,aktør"));
    const { code, stdout } = await run([
      "gaps",
      network,
      "--log",
      events,
      "--columns",
      "case_id=sag,timestamp=tid,actor=aktør",
      "--suppress-below",
      "0",
      "--format",
      "csv",
    ]);
    expect(code).toBe(0);
    expect(stdout.split("\r\n")[1]).toBe("1,ward-x,home-care,direct,,2,0.25,1.5");
  });
});

describe("tvaers gaps: usage", () => {
  it.each([
    [["--max-relay-steps", "0"], "--max-relay-steps must be a whole number of at least 1"],
    [["--top", "many"], "--top must be a whole number of at least 1"],
    [["--by", "region"], "--by must be one of pair, sector, cluster"],
    [["--direction", "back"], "--direction must be one of along, either"],
    [["--columns", "case_id=sag"], "--columns applies to a log; give one with --log <eventlog>"],
    [["--engine", "duckdb"], "--engine applies to a log"],
  ])("refuses %j as a usage error (exit 2)", async (args, message) => {
    const { code, stderr } = await run(["gaps", small, ...args]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it("reports an invalid network with exit 1", async () => {
    const { code, stderr } = await run(["gaps", fixture("broken.json")]);
    expect(code).toBe(1);
    expect(stderr).toContain("broken.json");
  });

  it("says where the handoffs come from in --help", async () => {
    const { stdout } = await run(["gaps", "--help"]);
    expect(stdout).toContain("replace the network's handoff");
    expect(stdout).toContain("tvaers gaps data/networks/klynge-vest.json --log data/logs/klynge-vest.csv");
  });
});
