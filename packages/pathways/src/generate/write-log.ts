/**
 * Writes an event log as CSV to a file or a stream in Node, in 1 MiB chunks with back-pressure, so a
 * generated log of 10⁸ events goes to disk at the speed of the disk in constant memory. `node:fs` is
 * imported only when a file name is given, so the rest of the package stays usable in a browser.
 */

import type { PathwayEvent } from "../events/event.js";
import { type CsvLogOptions, eventLogCsv } from "./csv.js";

/** What {@link writeEventLog} wrote. */
export interface WrittenLog {
  events: number;
  bytes: number;
}

/** Anything with Node's writable-stream `write` and `once("drain")`, such as `process.stdout`. */
export interface WritableLike {
  write(chunk: string): boolean;
  once(event: "drain", listener: () => void): unknown;
}

/**
 * Writes `events` as a CSV event log to the file `target` (created or replaced) or to a writable stream
 * such as `process.stdout` (left open). File system errors reject the promise.
 *
 * @example
 * await writeEventLog("log.csv", generateEventLog(doc, { events: 1_000_000, seed: 1 }));
 */
export async function writeEventLog(
  target: string | WritableLike,
  events: Iterable<PathwayEvent>,
  options: CsvLogOptions = {},
): Promise<WrittenLog> {
  let count = 0;
  const counted = (function* () {
    for (const e of events) {
      count++;
      yield e;
    }
  })();
  let bytes = 0;
  const chunks = eventLogCsv(counted, options);
  if (typeof target === "string") {
    const { open } = await import("node:fs/promises");
    const file = await open(target, "w");
    try {
      for (const chunk of chunks) bytes += (await file.write(chunk)).bytesWritten;
    } finally {
      await file.close();
    }
  } else {
    for (const chunk of chunks) {
      bytes += Buffer.byteLength(chunk);
      if (!target.write(chunk)) await new Promise<void>((resolve) => target.once("drain", resolve));
    }
  }
  return { events: count, bytes };
}
