import { EventEmitter } from "node:events";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../src/index.js";
import { fixture, run } from "./support/run.js";
import { tempDirs } from "./support/temp.js";

const tempDir = tempDirs("tvaers-generate-");
const klyngeVest = fileURLToPath(new URL("../../../data/networks/klynge-vest.json", import.meta.url));
const HEADER = "case_id,timestamp,actor,activity,sector,organisation,cluster";

const lines = (csv: string) => csv.split(/\r?\n/).filter((line) => line !== "");

describe("tvaers generate log", () => {
  it("writes exactly --events events as CSV to stdout, the same for the same seed", async () => {
    const first = await run(["generate", "log", klyngeVest, "--events", "250", "--seed", "7"]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe("");
    const rows = lines(first.stdout);
    expect(rows[0]).toBe(HEADER);
    expect(rows).toHaveLength(251);
    expect(rows[1]).toMatch(/^C1,2024-\d\d-\d\dT\d\d:\d\d:00\+0[12]:00,[a-z-]+,first contact,/);
    const again = await run(["generate", "log", klyngeVest, "--events", "250", "--seed", "7"]);
    expect(again.stdout).toBe(first.stdout);
    const other = await run(["generate", "log", klyngeVest, "--events", "250", "--seed", "8"]);
    expect(other.stdout).not.toBe(first.stdout);
  });

  it("writes exactly --cases cases", async () => {
    const { stdout } = await run(["generate", "log", klyngeVest, "--cases", "5"]);
    const cases = new Set(
      lines(stdout)
        .slice(1)
        .map((row) => row.split(",")[0]),
    );
    expect([...cases]).toEqual(["C1", "C2", "C3", "C4", "C5"]);
  });

  it("writes as Danish Excel does with --danish", async () => {
    const { stdout } = await run(["generate", "log", klyngeVest, "--events", "3", "--danish"]);
    expect(stdout.startsWith(`\uFEFF${HEADER.replaceAll(",", ";")}\r\n`)).toBe(true);
    expect(stdout.split("\r\n")[1]).toMatch(/^C1;\d\d-\d\d-2024 \d\d:\d\d;/);
  });

  it("writes to --out and says what it wrote on stderr; the file is what stdout would get", async () => {
    const out = join(await tempDir(), "log.csv");
    const written = await run(["generate", "log", klyngeVest, "--events", "100", "--out", out]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe("");
    const text = await readFile(out, "utf8");
    expect(written.stderr).toBe(
      `tvaers generate: wrote 100 events (${Buffer.byteLength(text)} bytes) to ${out}\n`,
    );
    expect(text).toBe((await run(["generate", "log", klyngeVest, "--events", "100"])).stdout);
  });

  it("makes a log that tvaers handoffs reads back in full", async () => {
    const out = join(await tempDir(), "log.csv");
    await run(["generate", "log", klyngeVest, "--events", "2000", "--seed", "3", "--out", out]);
    const { code, stdout } = await run(["handoffs", out, "--level", "sector", "--format", "json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).report).toMatchObject({ events: 2000, rejected: 0 });
  });

  it("stops at once when the reader of stdout goes away (| head)", async () => {
    // A stdout double that takes two chunks, then fails as a closed pipe does.
    const stdout = new (class extends EventEmitter {
      chunks = 0;
      write(_text: string): boolean {
        this.chunks++;
        if (this.chunks < 2) return true;
        setImmediate(() => this.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" })));
        return false;
      }
    })();
    let stderr = "";
    const io = { stdout, stderr: { write: (text: string) => (stderr += text) } };
    const code = await main(["generate", "log", klyngeVest, "--events", "100000000"], io);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout.chunks).toBe(2);
    expect(stdout.listenerCount("error")).toBe(0);
  });
});

describe("tvaers generate: problems", () => {
  it.each([
    [["log", klyngeVest], "give the size with either --events N or --cases N"],
    [
      ["log", klyngeVest, "--events", "5", "--cases", "2"],
      "give the size with either --events N or --cases N",
    ],
    [["log", klyngeVest, "--events", "0"], "--events must be a whole number of at least 1"],
    [["log", klyngeVest, "--cases", "lots"], "--cases must be a whole number of at least 1"],
    [["log", klyngeVest, "--events", "5", "--seed", "x"], "--seed must be a whole number"],
    [
      ["network", klyngeVest, "--events", "5"],
      'cannot generate "network"; the one thing to generate is "log"',
    ],
    [["log"], "missing argument <network>"],
  ])("refuses %j as a usage error (exit 2)", async (args, message) => {
    const { code, stderr } = await run(["generate", ...args]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it("exits 1 for a network without handoff ties", async () => {
    // small.json without its one handoff tie: nothing to walk.
    const dir = await tempDir();
    const network = JSON.parse(await readFile(fixture("small.json"), "utf8"));
    network.ties = network.ties.filter((t: { kind: string }) => t.kind !== "handoff");
    await writeFile(join(dir, "no-handoffs.json"), JSON.stringify(network));
    const bad = await run(["generate", "log", join(dir, "no-handoffs.json"), "--events", "5"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("the network has no handoff tie with a positive weight to walk");
  });

  it("exits 1 when --out cannot be written", async () => {
    const out = join(await tempDir(), "missing-folder", "log.csv");
    const { code, stderr } = await run(["generate", "log", klyngeVest, "--events", "5", "--out", out]);
    expect(code).toBe(1);
    expect(stderr).toContain("cannot write the log: its folder does not exist");
  });

  it("shows real examples in --help", async () => {
    const { stdout } = await run(["generate", "--help"]);
    expect(stdout).toContain("Usage: tvaers generate log <network> [options]");
    expect(stdout).toContain("tvaers generate log data/networks/klynge-vest.json --events 10000 --seed 7");
  });
});
