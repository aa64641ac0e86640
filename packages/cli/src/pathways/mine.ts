import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import {
  type MinedHandoffs,
  type MineHandoffsOptions,
  mineHandoffs,
  type OpenableSource,
  partitionsForBytes,
} from "@tvaers/pathways";
import type { Output } from "../command.js";
import { UsageError } from "../usage-error.js";
import { isTerminal, Progress } from "./progress.js";

const CHUNK = 1 << 20;
const NEWLINE = 10;

/** Header lines that are not events, by the file's extension; `undefined` when lines are not events (XES). */
function headerLines(file: string): number | undefined {
  const ext = file.slice(file.lastIndexOf(".") + 1).toLowerCase();
  if (ext === "xes") return undefined;
  return ext === "jsonl" || ext === "ndjson" ? 0 : 1;
}

/** Counts line breaks in a chunk. */
function countLines(chunk: Buffer): number {
  let n = 0;
  for (let i = chunk.indexOf(NEWLINE); i >= 0; i = chunk.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

/**
 * The file as a re-openable source that reports each chunk to `progress`: the share of the bytes read
 * and, for line-based formats, the events read (line breaks less the header; a quoted line break
 * counts too, so the figure is close, not exact). A second read (the stream engine regrouping an
 * unsorted log by case) is labelled as such.
 */
function countedFile(file: string, bytes: number, progress: Progress): OpenableSource {
  const header = headerLines(file);
  let reads = 0;
  return {
    name: file,
    open: async function* () {
      reads++;
      if (reads > 1) progress.relabel(`reading ${file} again, by case`);
      let read = 0;
      let lines = 0;
      for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
        const buffer = chunk as Buffer;
        read += buffer.length;
        if (header !== undefined) lines += countLines(buffer);
        progress.update(
          bytes > 0 ? read / bytes : undefined,
          header === undefined ? undefined : { value: Math.max(0, lines - header), noun: "events read" },
        );
        yield buffer;
      }
    },
  };
}

/** The DuckDB engine's error when `@duckdb/node-api` is missing, as a usage error. */
function engineUnavailable(error: unknown, options: MineHandoffsOptions): unknown {
  const message = error instanceof Error ? error.message : "";
  return options.engine === "duckdb" && message.includes("@duckdb/node-api")
    ? new UsageError(`--engine duckdb cannot be used here: ${message}`)
    : error;
}

/**
 * Mines the handoffs of the log file `file` with `mineHandoffs`, showing progress on `stderr` when it
 * is a terminal (never otherwise, so piped and captured output stays clean). The stream engine reads
 * through a counting source (bytes, events read); the DuckDB engine reads the file itself, so only the
 * time taken is shown. A file that cannot be found is passed on as it is, for the library's message.
 */
export async function mineLogFile(
  file: string,
  options: MineHandoffsOptions,
  stderr: Output,
): Promise<MinedHandoffs> {
  const size = isTerminal(stderr)
    ? await stat(file).then(
        (s) => (s.isFile() ? s.size : undefined),
        () => undefined,
      )
    : undefined;
  try {
    if (size === undefined) return await mineHandoffs(file, options);
    if (options.engine === "duckdb") {
      const progress = new Progress(stderr, `mining ${file} with DuckDB`);
      const timer = setInterval(() => progress.update(), 200);
      timer.unref();
      try {
        return await mineHandoffs(file, options);
      } finally {
        clearInterval(timer);
        progress.finish();
      }
    }
    const progress = new Progress(stderr, `reading ${file}`);
    try {
      const source = countedFile(file, size, progress);
      return await mineHandoffs(source, {
        spill: "disk",
        partitions: partitionsForBytes(size),
        ...options,
        file,
      });
    } finally {
      progress.finish();
    }
  } catch (error) {
    throw engineUnavailable(error, options);
  }
}
