// A minimal CSV reader for the reference data in data/denmark/ (comma-separated, double-quoted fields).

/**
 * Parses comma-separated text with a header row into one object per row. Fields may be quoted with
 * `"`; a doubled `""` inside quotes is one quote. Accepts `\n` and `\r\n` line ends.
 *
 * @param {string} text
 * @returns {Record<string, string>[]}
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (quoted) throw new Error("CSV text ends inside a quoted field");
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== "");
  if (header === undefined) return [];
  return body.map((cells, n) => {
    if (cells.length !== header.length) {
      throw new Error(`CSV row ${n + 2} has ${cells.length} fields, the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""]));
  });
}
