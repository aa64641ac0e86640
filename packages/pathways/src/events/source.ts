/**
 * Where an event log comes from, and how its bytes are read in chunks: a file path (Node; `node:fs` is
 * imported only then, so the package bundles for browsers), text or bytes already in memory, a
 * re-openable stream (a browser `File`: `{ name: file.name, open: () => file.stream() }`), or a
 * one-shot stream of chunks (read once; see the stream engine for what that means for unsorted logs).
 */

import { TvaersInputError } from "@tvaers/model";

/** A re-openable byte stream with a name, such as a file dropped into a browser page. */
export interface OpenableSource {
  /** The file name shown in problems; its extension picks the format. */
  name?: string;
  /** Opens the stream from its beginning (may be called more than once). */
  open(): AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;
}

/** An event log's text already in memory. */
export interface TextSource {
  text: string;
  /** The file name shown in problems; its extension picks the format. */
  name?: string;
}

/**
 * An event log: a file path (Node), `{ text }`, the bytes of a file, an {@link OpenableSource}, or a
 * one-shot async iterable (or `ReadableStream`) of byte chunks.
 */
export type EventLogSource =
  | string
  | TextSource
  | Uint8Array
  | OpenableSource
  | AsyncIterable<Uint8Array>
  | ReadableStream<Uint8Array>;

/** A source ready to be read: its name, whether it can be read again, and its chunks. */
export interface OpenedSource {
  /** The name used in problems (the path as given, the `name`, or "event log"). */
  name: string;
  /** Whether {@link OpenedSource.chunks} may be called more than once. */
  rereadable: boolean;
  /** Whether the source is a file on disk (Node). */
  isFile: boolean;
  /** The file's path on disk, when it is one (the display `name` may differ). */
  path?: string;
  /** The content from the beginning, as bytes or (for text sources) as text. */
  chunks(): AsyncIterable<Uint8Array | string>;
}

const CHUNK = 1 << 20;

/** Slices text into pieces of about 1 MiB without splitting a surrogate pair. */
function* textPieces(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield text.slice(start, end);
    start = end;
  }
}

async function* bytePieces(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += CHUNK) yield bytes.subarray(start, start + CHUNK);
}

async function* fromReadableStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function iterate(stream: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  return Symbol.asyncIterator in stream
    ? (stream as AsyncIterable<Uint8Array>)
    : fromReadableStream(stream as ReadableStream<Uint8Array>);
}

/** Plain words for the file-system errors a user can fix. */
function fileProblem(path: string, error: unknown): TvaersInputError {
  const code = (error as { code?: string }).code;
  const why =
    code === "ENOENT"
      ? "there is no such file"
      : code === "EACCES" || code === "EPERM"
        ? "permission denied"
        : code === "EISDIR"
          ? "it is a folder, not a file"
          : `it cannot be read (${(error as Error).message})`;
  return new TvaersInputError([{ file: path, message: `cannot open the event log: ${why}` }]);
}

async function* readFile(path: string): AsyncGenerator<Uint8Array> {
  const { createReadStream } = await import("node:fs");
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  try {
    for await (const chunk of stream) yield chunk as Uint8Array;
  } catch (error) {
    throw fileProblem(path, error);
  } finally {
    stream.destroy();
  }
}

/** Opens any {@link EventLogSource} for reading. `name` overrides the name used in problems. */
export function openSource(source: EventLogSource, name?: string): OpenedSource {
  if (typeof source === "string") {
    return {
      name: name ?? source,
      path: source,
      rereadable: true,
      isFile: true,
      chunks: () => readFile(source),
    };
  }
  if (source instanceof Uint8Array) {
    return { name: name ?? "event log", rereadable: true, isFile: false, chunks: () => bytePieces(source) };
  }
  if ("text" in source && typeof source.text === "string") {
    const text = source.text;
    return {
      name: name ?? source.name ?? "event log",
      rereadable: true,
      isFile: false,
      chunks: async function* () {
        yield* textPieces(text);
      },
    };
  }
  if ("open" in source && typeof source.open === "function") {
    const openable = source as OpenableSource;
    return {
      name: name ?? openable.name ?? "event log",
      rereadable: true,
      isFile: false,
      chunks: () => iterate(openable.open()),
    };
  }
  let used = false;
  const stream = source as AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;
  return {
    name: name ?? "event log",
    rereadable: false,
    isFile: false,
    chunks: () => {
      if (used) throw new Error("this event log is a one-shot stream and has already been read");
      used = true;
      return iterate(stream);
    },
  };
}
