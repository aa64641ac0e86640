/**
 * The DuckDB engine reads files: a log given as a path is read where it is; any other source (text,
 * bytes, a browser-style file, a stream) is first copied into a temporary file. The format is the
 * given one, else the file name's extension (`.csv`, `.txt`, `.tsv`, `.tab`, `.xes`, `.jsonl`,
 * `.ndjson`, `.parquet`), else the first bytes (`PAR1` Parquet, `<` XES, `{` JSON Lines, else CSV), as
 * the stream engine's reader decides for the formats it knows.
 */

import type { ReadEventLogOptions } from "../../events/read-event-log.js";
import { type EventLogSource, openSource } from "../../events/source.js";

/** The formats the DuckDB engine takes. */
export type LogFormat = "csv" | "tsv" | "xes" | "jsonl" | "parquet";

/** A log as a file on disk. */
export interface LogFile {
  /** Where the bytes are. */
  path: string;
  /** The log's name in problems and the report. */
  name: string;
  format: LogFormat;
  /** Removes the temporary copy, if one was made. */
  dispose(): Promise<void>;
}

const EXTENSIONS: Readonly<Record<string, LogFormat>> = {
  csv: "csv",
  txt: "csv",
  tsv: "tsv",
  tab: "tsv",
  xes: "xes",
  jsonl: "jsonl",
  ndjson: "jsonl",
  parquet: "parquet",
};

function extensionFormat(name: string): LogFormat | undefined {
  const dot = name.lastIndexOf(".");
  const ext = dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
  return Object.hasOwn(EXTENSIONS, ext) ? EXTENSIONS[ext] : undefined;
}

/** The format told by a file's first 64 KiB; CSV when it cannot be opened (the CSV reader then says why). */
async function sniffFormat(path: string): Promise<LogFormat> {
  const { open } = await import("node:fs/promises");
  const file = await open(path, "r").catch(() => undefined);
  if (file === undefined) return "csv";
  try {
    const { buffer, bytesRead } = await file.read({ buffer: new Uint8Array(1 << 16) });
    const head = buffer.subarray(0, bytesRead);
    if (new TextDecoder().decode(head.subarray(0, 4)) === "PAR1") return "parquet";
    const c = new TextDecoder()
      .decode(head)
      .replace(/^\uFEFF/, "")
      .trimStart()[0];
    return c === "<" ? "xes" : c === "{" ? "jsonl" : "csv";
  } finally {
    await file.close();
  }
}

/** Copies any source into a new temporary file. */
async function copyToTemp(
  source: EventLogSource,
  name: string | undefined,
  tempDir?: string,
): Promise<LogFile> {
  const [{ mkdtemp, open, rm }, { tmpdir }, { join }] = await Promise.all([
    import("node:fs/promises"),
    import("node:os"),
    import("node:path"),
  ]);
  const opened = openSource(source, name);
  const dir = await mkdtemp(join(tempDir ?? tmpdir(), "tvaers-log-"));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    const path = join(dir, "log");
    const file = await open(path, "w");
    try {
      const utf8 = new TextEncoder();
      for await (const chunk of opened.chunks())
        await file.write(typeof chunk === "string" ? utf8.encode(chunk) : chunk);
    } finally {
      await file.close();
    }
    const format = extensionFormat(opened.name) ?? (await sniffFormat(path));
    return { path, name: opened.name, format, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** The log as a file, with its name and format (see the top of this file). */
export async function logFile(
  source: EventLogSource,
  options: Pick<ReadEventLogOptions, "file" | "format"> & { tempDir?: string },
): Promise<LogFile> {
  const file =
    typeof source === "string"
      ? {
          path: source,
          name: options.file ?? source,
          format: extensionFormat(source) ?? (await sniffFormat(source)),
          dispose: async () => {},
        }
      : await copyToTemp(source, options.file, options.tempDir);
  if (options.format !== undefined) file.format = options.format;
  return file;
}
