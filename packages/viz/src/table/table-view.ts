/**
 * A plain, accessible HTML table of result rows with a CSV download of exactly what it shows (the
 * download neutralises spreadsheet formulas; see `toCsv`).
 */
import { type Label, labelText } from "@tvaers/model";
import { tableDownloads } from "../export/export-buttons.js";
import { formatNumber } from "../format.js";
import type { Locale } from "../labels.js";

/** A column of {@link tableView}. */
export interface TableColumn<Row> {
  /** Header, as text or `{ en, da }`. */
  header: Label;
  /** The cell's value (also what the CSV gets). */
  value: (row: Row) => unknown;
  /** How the page shows the value. Default: numbers with up to three decimals, the rest as text. */
  format?: (value: unknown, locale: Locale) => string;
}

/** Options of {@link tableView}. */
export interface TableViewOptions {
  /** Language of headers and numbers. Default "en". */
  locale?: Locale;
  /** Caption above the table. */
  caption?: string;
  /** Name of the CSV file (without extension). Default: the caption, or "table". */
  name?: string;
}

/** The default cell text. */
function defaultFormat(value: unknown, locale: Locale): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return formatNumber(value, Number.isInteger(value) ? ",d" : ",.3~f", locale);
  return String(value);
}

/** Draws rows as a table with a CSV download underneath and returns the wrapping element. */
export function tableView<Row>(
  rows: readonly Row[],
  columns: readonly TableColumn<Row>[],
  options: TableViewOptions = {},
): HTMLElement {
  const { locale = "en", caption } = options;
  const figure = document.createElement("figure");
  figure.className = "tvaers-table";
  figure.style.cssText = "margin:0.5em 0;max-width:100%;overflow-x:auto";
  const table = figure.appendChild(document.createElement("table"));
  table.style.cssText =
    "border-collapse:collapse;font:13px system-ui,sans-serif;font-variant-numeric:tabular-nums";
  if (caption !== undefined) {
    const element = table.appendChild(document.createElement("caption"));
    element.textContent = caption;
    element.style.cssText = "text-align:left;font-weight:600;padding:0.3em 0";
  }
  const headerRow = table
    .appendChild(document.createElement("thead"))
    .appendChild(document.createElement("tr"));
  for (const column of columns) {
    const th = headerRow.appendChild(document.createElement("th"));
    th.scope = "col";
    th.textContent = labelText(column.header, locale);
    th.style.cssText = "text-align:left;border-bottom:1px solid #888;padding:0.25em 0.6em";
  }
  const body = table.appendChild(document.createElement("tbody"));
  for (const row of rows) {
    const tr = body.appendChild(document.createElement("tr"));
    for (const column of columns) {
      const value = column.value(row);
      const td = tr.appendChild(document.createElement("td"));
      td.textContent = (column.format ?? defaultFormat)(value, locale);
      td.style.cssText = `padding:0.2em 0.6em;border-bottom:1px solid #e3e6ea;text-align:${typeof value === "number" ? "right" : "left"}`;
    }
  }
  const csvColumns = columns.map((column) => ({
    header: labelText(column.header, locale),
    value: column.value,
  }));
  figure.append(tableDownloads(rows, csvColumns, { name: options.name ?? caption ?? "table", locale }));
  return figure;
}
