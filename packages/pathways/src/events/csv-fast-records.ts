/**
 * The fast path of the CSV reader: while the text holds no quote character, records are cut by hand
 * (at `\r\n`, `\n` or `\r`, then at the separator), which is several times faster than csv-parse's
 * streaming parser and gives exactly the records it would give for such text (no quotes means no
 * quoted separators or line breaks, so a record is one physical line, split at every separator; an
 * empty line is one empty field). At the first chunk that holds a quote, the rest of the text, from the
 * start of the line being read, goes to the given fallback parser (csv-parse), and the line numbers of
 * its errors are shifted by the lines already read, so they name the same lines as a full csv-parse
 * read would.
 */

/**
 * A batch of records; `plain` when they were cut by hand, so each is one physical line and no value
 * holds a line break.
 */
export interface CsvRecordBatch {
  records: string[][];
  plain: boolean;
}

/** Parses CSV text into batches of records; errors may carry a 1-based `lines` count. */
export type CsvRecordParser = (texts: AsyncIterable<string>, separator: string) => AsyncGenerator<string[][]>;

/**
 * Cuts the complete lines of `text` from `start` into records, pushed to `out`; returns where the
 * unread rest begins. With `final`, the rest is a last line too. A `\r` at the very end waits (a `\n`
 * may follow in the next chunk), unless `final`.
 */
function cutLines(text: string, separator: string, final: boolean, out: string[][]): number {
  let start = 0;
  const n = text.length;
  if (text.indexOf("\r") < 0) {
    const last = text.lastIndexOf("\n");
    if (last >= 0) {
      const lines = (last === n - 1 ? text : text.slice(0, last + 1)).split("\n");
      const count = lines.length - 1;
      for (let k = 0; k < count; k++) out.push(lines[k]!.split(separator));
      start = last + 1;
    }
  } else {
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        out.push(text.slice(start, i).split(separator));
        start = ++i;
      } else if (c === 13) {
        if (i + 1 === n && !final) break;
        out.push(text.slice(start, i).split(separator));
        i += text.charCodeAt(i + 1) === 10 ? 2 : 1;
        start = i;
      } else i++;
    }
  }
  if (final && start < n) {
    out.push(text.slice(start).split(separator));
    start = n;
  }
  return start;
}

/** Runs the fallback parser, shifting the line of its errors by the `linesBefore` lines already read. */
async function* fromFallback(
  parse: CsvRecordParser,
  texts: AsyncIterable<string>,
  separator: string,
  linesBefore: number,
): AsyncGenerator<CsvRecordBatch> {
  try {
    for await (const records of parse(texts, separator)) yield { records, plain: false };
  } catch (error) {
    const e = error as { code?: unknown; lines?: unknown };
    if (e !== null && typeof e === "object" && typeof e.lines === "number") e.lines += linesBefore;
    throw error;
  }
}

/**
 * Yields the records of CSV text in batches (one per chunk), in order: cut by hand while no quote has
 * been seen, then by `fallback` from the start of the line where a quote first appears.
 */
export async function* fastCsvRecords(
  texts: AsyncIterable<string>,
  separator: string,
  fallback: CsvRecordParser,
): AsyncGenerator<CsvRecordBatch> {
  const it = texts[Symbol.asyncIterator]();
  let carry = "";
  let lines = 0;
  let done = false;
  try {
    for (;;) {
      const r = await it.next();
      if (r.done) {
        done = true;
        if (carry !== "") {
          const out: string[][] = [];
          cutLines(carry, separator, true, out);
          yield { records: out, plain: true };
        }
        return;
      }
      const text = carry === "" ? r.value : carry + r.value;
      if (text.indexOf('"') >= 0) {
        const rest = (async function* () {
          yield text;
          for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
          done = true;
        })();
        yield* fromFallback(fallback, rest, separator, lines);
        return;
      }
      const out: string[][] = [];
      const used = cutLines(text, separator, false, out);
      carry = used === text.length ? "" : text.slice(used);
      lines += out.length;
      if (out.length > 0) yield { records: out, plain: true };
    }
  } finally {
    if (!done) await it.return?.();
  }
}
