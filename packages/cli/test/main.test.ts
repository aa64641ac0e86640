import { afterEach, describe, expect, it, vi } from "vitest";
import { COMMANDS, type Command } from "../src/index.js";
import { fixture, run } from "./support/run.js";

const failing: Command = {
  name: "explode",
  summary: "fails on purpose",
  description: "A verb with a bug.",
  arguments: [],
  options: {},
  examples: ["tvaers explode"],
  run: () => Promise.reject(new Error("boom")),
};

describe("tvaers (top level)", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("lists every verb with an example under --help and -h", async () => {
    for (const flag of ["--help", "-h"]) {
      const { code, stdout, stderr } = await run([flag]);
      expect(code).toBe(0);
      expect(stderr).toBe("");
      expect(stdout).toContain("Usage: tvaers <command> [options]");
      for (const c of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${c.name}\\s+${c.summary}$`, "m"));
      expect(stdout).toContain("tvaers summary data/networks/klynge-vest.json");
    }
  });

  it("prints the package version", async () => {
    const { code, stdout } = await run(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("shows the help on stderr and exits 2 without a verb", async () => {
    const { code, stdout, stderr } = await run([]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Commands:");
  });

  it.each([
    [["frob"], 'tvaers: unknown command "frob"', "tvaers --help"],
    [["--frob"], "tvaers: unknown option --frob", "tvaers --help"],
    [["summary"], "tvaers summary: missing argument <network…>", "tvaers summary --help"],
    [["convert", "a.json"], "tvaers convert: missing argument <out>", "tvaers convert --help"],
    [
      ["convert", "a", "b", "c"],
      "tvaers convert: too many arguments (did not expect c)",
      "tvaers convert --help",
    ],
    [["summary", "--bogus", "a"], "tvaers summary: unknown option --bogus", "tvaers summary --help"],
    [["summary", "-x", "a"], "tvaers summary: unknown option -x", "tvaers summary --help"],
    [["validate", "--format"], "tvaers validate: option --format needs a value", "tvaers validate --help"],
    [
      ["convert", "--force=yes", "a", "b"],
      "tvaers convert: option --force takes no value",
      "tvaers convert --help",
    ],
    [
      ["summary", "--format", "xml", "a"],
      'tvaers summary: --format must be one of table, json (not "xml")',
      "tvaers summary --help",
    ],
  ])("exits 2 on the usage error %j with a hint to --help", async (argv, message, hint) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`${message}\nRun "${hint}" for usage.\n`);
  });

  it("gives every verb a usage line, its options and a real example under --help and -h", async () => {
    for (const c of COMMANDS) {
      for (const flag of ["--help", "-h"]) {
        const { code, stdout } = await run([c.name, "some-file.json", flag]);
        expect(code).toBe(0);
        expect(stdout).toMatch(new RegExp(`^Usage: tvaers ${c.name} `));
        expect(stdout).toContain("-h, --help");
        expect(stdout).toMatch(new RegExp(`^  tvaers ${c.name} .*data/networks/klynge-vest\\.json`, "m"));
      }
    }
  });

  it("treats arguments after -- as files, not options", async () => {
    const { code, stdout } = await run(["validate", "--", "--help"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^--help\s+there is no file or folder with this name \(check the path\)$/m);
  });

  it("reports an internal error in one short line and exits 70", async () => {
    const { code, stdout, stderr } = await run(["explode"], [failing]);
    expect(code).toBe(70);
    expect(stdout).toBe("");
    expect(stderr).toContain("tvaers explode: internal error: boom\n");
    expect(stderr).toContain("TVAERS_DEBUG=1");
    expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it("adds the stack trace to an internal error when TVAERS_DEBUG=1", async () => {
    vi.stubEnv("TVAERS_DEBUG", "1");
    const { code, stderr } = await run(["explode"], [failing]);
    expect(code).toBe(70);
    expect(stderr).toMatch(/Error: boom\n\s+at /);
  });

  it("runs a verb from a custom registry", async () => {
    const echo: Command = {
      ...failing,
      name: "echo",
      run: async (_input, io) => {
        io.stdout.write("hi\n");
        return 0;
      },
    };
    expect(await run(["echo"], [echo])).toEqual({ code: 0, stdout: "hi\n", stderr: "" });
    expect((await run(["summary", fixture("small.json")], [echo])).code).toBe(2);
  });
});
