/**
 * Download buttons under a chart, table or network. Each button builds its file only when pressed.
 */
import type { NetworkGraph } from "@tvaers/model";
import { type Locale, t } from "../labels.js";
import { type CsvColumn, toCsv } from "./csv.js";
import { download } from "./download.js";
import { networkFile } from "./network-files.js";
import { type PngOptions, svgToPng } from "./png.js";
import { svgText } from "./svg-file.js";

/** One download: the button's text, the file name, and how to make the file. */
export interface DownloadEntry {
  /** Button text (e.g. "SVG"). */
  label: string;
  /** File name offered to the user. */
  filename: string;
  /** Makes the file. */
  make: () => Blob | Promise<Blob>;
}

/** Turns a name into a safe file name stem: lower case, no spaces or path characters. */
export function fileStem(name: string): string {
  const stem = name
    .toLowerCase()
    .replaceAll("æ", "ae")
    .replaceAll("ø", "oe")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return stem || "tvaers";
}

/** A row of download buttons; `data-format` on each button names the file type. */
export function downloadButtons(
  entries: readonly DownloadEntry[],
  { locale = "en" }: { locale?: Locale } = {},
) {
  const bar = document.createElement("div");
  bar.className = "tvaers-downloads";
  bar.style.cssText =
    "display:flex;gap:0.4em;align-items:center;margin:0.3em 0;font:12px system-ui,sans-serif";
  const lead = bar.appendChild(document.createElement("span"));
  lead.textContent = `${t("download", locale)}:`;
  for (const entry of entries) {
    const button = bar.appendChild(document.createElement("button"));
    button.type = "button";
    button.textContent = entry.label;
    button.dataset.format = entry.label.toLowerCase();
    button.title = entry.filename;
    button.addEventListener("click", async () => {
      button.disabled = true;
      try {
        download(await entry.make(), entry.filename);
      } finally {
        button.disabled = false;
      }
    });
  }
  return bar;
}

/** SVG and PNG downloads of a d3 chart. */
export function chartDownloads(
  svg: SVGSVGElement,
  { name, locale = "en", png }: { name: string; locale?: Locale; png?: PngOptions },
): HTMLDivElement {
  const stem = fileStem(name);
  return downloadButtons(
    [
      {
        label: t("downloadSvg", locale),
        filename: `${stem}.svg`,
        make: () => new Blob([svgText(svg)], { type: "image/svg+xml" }),
      },
      { label: t("downloadPng", locale), filename: `${stem}.png`, make: () => svgToPng(svg, png) },
    ],
    { locale },
  );
}

/** A CSV download of table rows (spreadsheet formulas neutralised; see {@link toCsv}). */
export function tableDownloads<Row>(
  rows: readonly Row[],
  columns: readonly CsvColumn<Row>[],
  { name, locale = "en", separator = "," }: { name: string; locale?: Locale; separator?: "," | ";" },
): HTMLDivElement {
  const make = () => new Blob([toCsv(rows, columns, { separator })], { type: "text/csv;charset=utf-8" });
  return downloadButtons([{ label: t("downloadCsv", locale), filename: `${fileStem(name)}.csv`, make }], {
    locale,
  });
}

/** GEXF and GraphML downloads of a network, plus any extra entries (the network view adds PNG and SVG). */
export function networkDownloads(
  graph: NetworkGraph,
  { name, locale = "en", extra = [] }: { name: string; locale?: Locale; extra?: readonly DownloadEntry[] },
): HTMLDivElement {
  const stem = fileStem(name);
  const file = (format: "gexf" | "graphml") => () =>
    new Blob([networkFile(graph, format)], { type: "application/xml;charset=utf-8" });
  return downloadButtons(
    [
      ...extra,
      { label: t("downloadGexf", locale), filename: `${stem}.gexf`, make: file("gexf") },
      { label: t("downloadGraphml", locale), filename: `${stem}.graphml`, make: file("graphml") },
    ],
    { locale },
  );
}
