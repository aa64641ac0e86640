/**
 * Turns a stream of byte chunks into text as Danish Excel files need it, without reading the whole
 * file first: UTF-8 with or without a byte-order mark, or Windows-1252 when the bytes are not UTF-8
 * (the rule of `decodeText` in `@tvaers/model`, applied to a stream).
 *
 * The encoding is decided at the first chunk that holds a byte above 127 (plain ASCII reads the same
 * in both): if that chunk's non-ASCII bytes are valid UTF-8, the file is UTF-8, else Windows-1252. A
 * byte-order mark decides UTF-8 at once. A file that turns invalid as UTF-8 later (mixed encodings)
 * is refused with a message naming the byte offset, rather than read with replacement characters.
 */

import { TvaersInputError } from "@tvaers/model";

/** What decoding found out about a file's bytes. */
export interface TextEncodingInfo {
  /** `utf-8`, or `windows-1252` when the bytes are not UTF-8; `utf-8` for plain ASCII. */
  encoding: "utf-8" | "windows-1252";
  /** Whether the file began with a UTF-8 byte-order mark. */
  bom: boolean;
}

/** The length of `bytes` without an incomplete UTF-8 sequence at its end. */
function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = n - 1; i >= 0 && i >= n - 4; i--) {
    const b = bytes[i]!;
    if (b < 0x80) return n;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return i + need > n ? i : n;
    }
  }
  return n;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function mixedEncoding(file: string, offset: number): TvaersInputError {
  return new TvaersInputError([
    {
      file,
      message:
        `the bytes near byte ${offset} are not UTF-8, though the text before them was: ` +
        "the file mixes encodings; save it again as UTF-8",
    },
  ]);
}

/** Reads plain-ASCII bytes as text, faster than a UTF-8 decoder can; `undefined` for any other bytes. */
type AsciiReader = (bytes: Uint8Array) => string | undefined;

/**
 * Node's native ASCII check and one-byte copy (`buffer.isAscii`, `toString("latin1")`), or a reader that
 * always declines where they are missing (browsers), leaving the work to `TextDecoder`.
 */
async function asciiReader(): Promise<AsciiReader> {
  const node = typeof process !== "undefined" && typeof process.versions?.node === "string";
  const buffer = node ? await import("node:buffer") : undefined;
  if (buffer?.isAscii === undefined) return () => undefined;
  const { Buffer, isAscii } = buffer;
  return (bytes) =>
    isAscii(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1") : undefined;
}

/**
 * Decodes byte chunks (text chunks pass through) into text chunks, filling `info` as it learns the
 * encoding. A leading byte-order mark is removed.
 */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array | string>,
  info: TextEncodingInfo,
  file: string,
): AsyncGenerator<string> {
  const UNDECIDED = 0;
  const UTF8 = 1;
  const CP1252 = 2;
  let mode = UNDECIDED;
  let first = true;
  let held: Uint8Array | undefined;
  let offset = 0;
  const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const cp1252 = new TextDecoder("windows-1252");
  const probe = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const ascii = await asciiReader();
  info.encoding = "utf-8";
  info.bom = false;
  for await (const chunk of chunks) {
    if (typeof chunk === "string") {
      yield first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
      first = false;
      continue;
    }
    let bytes = chunk;
    if (first) {
      first = false;
      if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        info.bom = true;
        mode = UTF8;
        bytes = bytes.subarray(3);
        offset = 3;
      }
    }
    if (mode === UTF8) {
      try {
        yield utf8.decode(bytes, { stream: true });
      } catch {
        throw mixedEncoding(file, offset);
      }
      offset += bytes.length;
      continue;
    }
    if (mode === CP1252) {
      yield cp1252.decode(bytes, { stream: true });
      continue;
    }
    if (held !== undefined) {
      bytes = concat(held, bytes);
      held = undefined;
    }
    const plain = ascii(bytes);
    if (plain !== undefined) {
      yield plain;
      offset += bytes.length;
      continue;
    }
    // One native decode checks and decodes: valid UTF-8 of one code unit per byte is plain ASCII.
    const cut = completeLength(bytes);
    let text: string;
    try {
      text = probe.decode(bytes.subarray(0, cut));
    } catch {
      mode = CP1252;
      info.encoding = "windows-1252";
      yield cp1252.decode(bytes, { stream: true });
      continue;
    }
    if (text.length === cut) {
      // Plain ASCII so far (any incomplete sequence at the end waits for the next chunk).
      yield text;
      if (cut < bytes.length) held = bytes.slice(cut);
      offset += cut;
      continue;
    }
    mode = UTF8;
    offset += cut;
    yield text;
    try {
      yield utf8.decode(bytes.subarray(cut), { stream: true });
    } catch {
      throw mixedEncoding(file, offset);
    }
    offset += bytes.length - cut;
  }
  if (held !== undefined) {
    // The file ends inside what would be a UTF-8 sequence: it is not UTF-8.
    info.encoding = "windows-1252";
    yield cp1252.decode(held);
  } else if (mode === UTF8) {
    try {
      const rest = utf8.decode();
      if (rest !== "") yield rest;
    } catch {
      throw mixedEncoding(file, offset);
    }
  } else if (mode === CP1252) {
    const rest = cp1252.decode();
    if (rest !== "") yield rest;
  }
}
