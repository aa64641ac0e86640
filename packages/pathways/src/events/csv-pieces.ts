/**
 * The fast path of the CSV reader: while the text holds no quote character, every record is one
 * physical line split at every separator (no quotes means no quoted separators or line breaks; an
 * empty line is one empty field), so the text can be handed on as whole lines and cut by hand, several
 * times faster than csv-parse's streaming parser and with exactly the records it would give. At the
 * first chunk that holds a quote, the rest of the text, from the start of the line being read, goes to
 * the given fallback parser (csv-parse), and the line numbers of its errors are shifted by the lines
 * already read, so they name the same lines as a full csv-parse read would.
 */

/**
 * A piece of CSV text: either `lines`, whole lines without quotes, each ended by `\n` or `\r\n`
 * (only the last line of the file may have no ending), or `records` already cut (`plain` when each is
 * one physical line, so no value holds a line break).
 */
export type CsvPiece = { lines: string } | { records: string[][]; plain: boolean };

/** Parses CSV text into batches of records; errors may carry a 1-based `lines` count. */
export type CsvRecordParser = (texts: AsyncIterable<string>, separator: string) => AsyncGenerator<string[][]>;

/**
 * Cuts the lines of `text` (ended by `\r\n`, `\n` or `\r`; the last one too when `final`, else it is
 * left) into records, pushed to `out`; returns where the unread rest begins. A `\r` at the very end
 * waits (a `\n` may follow in the next chunk), unless `final`.
 */
export function cutLines(text: string, separator: string, final: boolean, out: string[][]): number {
  let start = 0;
  const n = text.length;
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
  if (final && start < n) {
    out.push(text.slice(start).split(separator));
    start = n;
  }
  return start;
}

/** Whether `text[0, end)` holds a `\r` that does not begin a `\r\n` (an old Mac line break). */
function hasBareReturn(text: string, end: number): boolean {
  for (let i = text.indexOf("\r"); i >= 0 && i < end; i = text.indexOf("\r", i + 1)) {
    if (i + 1 < text.length && text.charCodeAt(i + 1) !== 10) return true;
  }
  return false;
}

/** Runs the fallback parser, shifting the line of its errors by the `linesBefore` lines already read. */
async function* fromFallback(
  parse: CsvRecordParser,
  texts: AsyncIterable<string>,
  separator: string,
  linesBefore: number,
): AsyncGenerator<CsvPiece> {
  try {
    for await (const records of parse(texts, separator)) yield { records, plain: false };
  } catch (error) {
    const e = error as { code?: unknown; lines?: unknown };
    if (e !== null && typeof e === "object" && typeof e.lines === "number") e.lines += linesBefore;
    throw error;
  }
}

/** How many line breaks (`\n`) `text` holds. */
function countLines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/**
 * Yields CSV text in pieces (about one per chunk), in order: whole lines while no quote has been
 * seen (records cut by hand when the text uses bare `\r` line breaks), then records from `fallback`
 * from the start of the line where a quote first appears.
 */
export async function* csvPieces(
  texts: AsyncIterable<string>,
  separator: string,
  fallback: CsvRecordParser,
): AsyncGenerator<CsvPiece> {
  const it = texts[Symbol.asyncIterator]();
  let carry = "";
  let lines = 0;
  let done = false;
  try {
    for (;;) {
      const r = await it.next();
      if (r.done) {
        done = true;
        if (carry === "") return;
        if (hasBareReturn(carry, carry.length)) {
          const records: string[][] = [];
          cutLines(carry, separator, true, records);
          yield { records, plain: true };
        } else yield { lines: carry };
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
      const last = text.lastIndexOf("\n");
      if (hasBareReturn(text, last < 0 ? text.length : last)) {
        const records: string[][] = [];
        const used = cutLines(text, separator, false, records);
        carry = used === text.length ? "" : text.slice(used);
        lines += records.length;
        if (records.length > 0) yield { records, plain: true };
        continue;
      }
      if (last < 0) {
        carry = text;
        continue;
      }
      const whole = last === text.length - 1 ? text : text.slice(0, last + 1);
      carry = last === text.length - 1 ? "" : text.slice(last + 1);
      lines += countLines(whole);
      yield { lines: whole };
    }
  } finally {
    if (!done) await it.return?.();
  }
}
