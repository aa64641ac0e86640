import { TvaersInputError } from "@tvaers/model";
import {
  type CsvLogOptions,
  type GenerateLogOptions,
  generateEventLog,
  type PathwayEvent,
  writeEventLog,
} from "@tvaers/pathways";
import type { Command, Output } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { wholeNumber } from "../pathways/numbers.js";
import { isTerminal, Progress } from "../pathways/progress.js";
import { ReaderGone, stdoutSink } from "../pathways/stdout-sink.js";
import { readNetwork } from "../read-network.js";
import { UsageError } from "../usage-error.js";

/** How often (in events) the progress line is told the count; it redraws at most ten times a second. */
const PROGRESS_EVERY = 4096;

/** The events, passed through unchanged, with their count (and share done) reported to `progress`. */
function* counted(
  events: Iterable<PathwayEvent>,
  progress: Progress,
  target: { events?: number; cases?: number },
): Generator<PathwayEvent> {
  let n = 0;
  let cases = 0;
  let last: string | undefined;
  for (const e of events) {
    n++;
    if (e.caseId !== last) {
      cases++;
      last = e.caseId;
    }
    if (n % PROGRESS_EVERY === 0) {
      const fraction = target.events !== undefined ? n / target.events : cases / (target.cases ?? cases);
      progress.update(fraction, { value: n, noun: "events written" });
    }
    yield e;
  }
}

/** Writes the log to the file `out` or to standard output, with progress on a terminal's stderr. */
async function write(
  events: Iterable<PathwayEvent>,
  csv: CsvLogOptions,
  out: string | undefined,
  io: { stdout: Output; stderr: Output },
  target: { events?: number; cases?: number },
): Promise<{ events: number; bytes: number }> {
  const progress = isTerminal(io.stderr)
    ? new Progress(io.stderr, `generating ${out ?? "a log"}`)
    : undefined;
  const source = progress === undefined ? events : counted(events, progress, target);
  try {
    if (out !== undefined) return await writeEventLog(out, source, csv);
    const { sink, close } = stdoutSink(io.stdout);
    try {
      return await writeEventLog(sink, source, csv);
    } finally {
      close();
    }
  } finally {
    progress?.finish();
  }
}

/** A file-system error writing `--out` as a problem with the file (exit 1); other errors pass through. */
function cannotWrite(error: unknown, out: string | undefined): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (out === undefined || typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return error;
  const why =
    code === "ENOENT"
      ? "its folder does not exist"
      : code === "EACCES" || code === "EPERM"
        ? "permission denied"
        : code === "EISDIR"
          ? "it is a folder"
          : (error as Error).message;
  return new TvaersInputError([{ file: out, message: `cannot write the log: ${why}` }]);
}

/** `tvaers generate log <network>`: a synthetic, seeded patient event log that walks a network's handoff ties. */
export const generate: Command = {
  name: "generate",
  summary: "generate a synthetic, seeded event log from a network's handoff ties",
  description:
    "Writes an illustrative patient event log as CSV (case_id, timestamp, actor, activity, sector,\n" +
    "organisation, cluster), made by walking the network's handoff ties: each case starts at an actor\n" +
    "that hands on more patients than it receives, moves along handoff ties in proportion to their\n" +
    "weight (or has a follow-up at the same actor), and waits a log-normal time whose median is the\n" +
    "tie's waitHours or waitDays. The same network, seed and size give the same log. The log is\n" +
    "streamed in constant memory, so 10⁸ events are as easy as 10³. The data are synthetic: no case\n" +
    "or time in them happened.\n" +
    "\n" +
    "Give the size as --events N (exactly N events) or --cases N (exactly N cases). Times are\n" +
    "Copenhagen local time as ISO 8601 with offset; --danish writes the file as Danish Excel saves it\n" +
    "(; separators, dd-mm-yyyy hh:mm, byte-order mark, CRLF).",
  arguments: ["log", "<network>"],
  options: {
    events: { type: "string", description: "how many events to write (1e6 is read as 1000000)" },
    cases: { type: "string", description: "how many cases to write" },
    seed: { type: "string", description: "seed of the pseudo-random numbers (default 1)" },
    out: { type: "string", short: "o", description: "the CSV file to write (default: standard output)" },
    danish: { type: "boolean", description: "write as Danish Excel does: ;, dd-mm-yyyy hh:mm, BOM, CRLF" },
  },
  examples: [
    "tvaers generate log data/networks/klynge-vest.json --events 10000 --seed 7 --out klynge-vest-10k.csv",
    "tvaers generate log data/networks/vestklyngen.json --cases 500 --danish > vestklyngen-excel.csv",
    "tvaers generate log data/networks/midtklyngen.json --events 1e8 --out national-scale.csv",
  ],
  async run({ positionals, options }, io) {
    if (positionals[0] !== "log") {
      throw new UsageError(`cannot generate "${positionals[0]}"; the one thing to generate is "log"`);
    }
    const events = wholeNumber("events", options.events, 1);
    const cases = wholeNumber("cases", options.cases, 1);
    if ((events === undefined) === (cases === undefined)) {
      throw new UsageError("give the size with either --events N or --cases N");
    }
    const size: GenerateLogOptions = events !== undefined ? { events } : { cases: cases! };
    const seed = wholeNumber("seed", options.seed, 0, 1);
    const out = typeof options.out === "string" ? options.out : undefined;
    const csv: CsvLogOptions =
      options.danish === true ? { separator: ";", timestamps: "danish", excel: true } : {};
    const network = await readNetwork(positionals[1]!);
    const log = generateEventLog(network, { ...size, seed });
    try {
      const written = await write(log, csv, out, io, size);
      if (out !== undefined) {
        io.stderr.write(
          `tvaers generate: wrote ${written.events} events (${written.bytes} bytes) to ${out}\n`,
        );
      }
    } catch (error) {
      if (error instanceof ReaderGone) return EXIT.ok;
      throw cannotWrite(error, out);
    }
    return EXIT.ok;
  },
};
