/** A table cell: text, or a number (shown as is and aligned right). */
export type Cell = string | number;

/** Options of {@link formatTable}. */
export interface TableOptions {
  /** Column headings; when given, they are underlined. */
  header?: readonly string[];
  /** Alignment per column. Default: right for columns whose cells are all numbers, else left. */
  align?: readonly ("left" | "right")[];
}

/** The width of a text in a monospaced terminal, counting characters rather than UTF-16 units. */
const width = (text: string) => [...text].length;

/** Makes a cell one line of text. */
const text = (cell: Cell) => String(cell).replace(/\s*[\r\n]+\s*/g, " ");

/**
 * Formats rows as an aligned plain-text table: columns two spaces apart, an underlined header when
 * given, no trailing spaces. Line breaks inside a cell become spaces.
 *
 * @example
 * formatTable([["Region", 20], ["Municipality", 14]], { header: ["sector", "actors"] });
 * // sector        actors
 * // ────────────  ──────
 * // Region            20
 * // Municipality      14
 */
export function formatTable(rows: readonly (readonly Cell[])[], options: TableOptions = {}): string {
  const columns = Math.max(options.header?.length ?? 0, ...rows.map((r) => r.length));
  const body = rows.map((row) => Array.from({ length: columns }, (_, i) => text(row[i] ?? "")));
  const header = options.header?.map(text);
  const widths = Array.from({ length: columns }, (_, i) =>
    Math.max(width(header?.[i] ?? ""), ...body.map((row) => width(row[i] ?? ""))),
  );
  const align = widths.map(
    (_, i) =>
      options.align?.[i] ??
      (rows.length > 0 && rows.every((row) => typeof row[i] === "number") ? "right" : "left"),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const pad = " ".repeat((widths[i] ?? 0) - width(cell));
        return align[i] === "right" ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  const lines = body.map(line);
  if (header !== undefined) {
    const padded = Array.from({ length: columns }, (_, i) => header[i] ?? "");
    lines.unshift(line(padded), line(widths.map((w) => "─".repeat(w))));
  }
  return lines.join("\n");
}
