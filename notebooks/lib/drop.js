/**
 * Files of one's own in the notebooks: a drop zone that takes one or several files, what kind of
 * input they are (a network as a CSV bundle, JSON, GEXF or GraphML; a stakeholder file; an event log
 * as CSV, XES or JSON Lines), and reading them with the tvaers readers. Everything happens in the
 * page: the files are read from the reader's disk by the browser and sent nowhere.
 *
 * A file is `{ name, bytes }` (a dropped browser `File` becomes one with {@link fileBytes}). Reading
 * never throws for a problem in the input: the readers' problems (file, line or place, field,
 * message) come back as `problems`, for a problem table.
 */
import {
  decodeText,
  isTvaersInputError,
  parseGexf,
  parseGraphml,
  parseJsonText,
  parseNetwork,
  readCsvBundle,
} from "@tvaers/model";
import { DEFAULT_MIN_CASES, mineHandoffs, suppressHandoffTies } from "@tvaers/pathways";
import { parseStakeholders, parseStakeholdersCsv } from "@tvaers/stakeholders";

const exampleUrls = import.meta.glob(
  ["../../data/networks/*.json", "../../data/stakeholders/*.csv", "../../data/logs/*.csv"],
  { query: "?url", import: "default", eager: true },
);

const KINDS = { networks: "network", stakeholders: "stakeholders", logs: "log" };

/** Example files to try the page with: id (`kind:file`), file name, address and kind. */
export const EXAMPLE_FILES = Object.entries(exampleUrls)
  .map(([path, url]) => {
    const [folder, file] = path.split("/").slice(-2);
    return { id: `${KINDS[folder]}:${file}`, file, url, kind: KINDS[folder] };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

/** The example file `id` as `{ name, bytes }`, fetched from the notebook's own server. */
export async function exampleFile(id) {
  const example = EXAMPLE_FILES.find((e) => e.id === id);
  if (example === undefined) throw new Error(`there is no example file ${id}`);
  const response = await fetch(example.url);
  if (!response.ok) throw new Error(`${example.file}: the server answered ${response.status}`);
  return { name: example.file, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** The file types the drop zone offers in its file chooser. */
const ACCEPT = ".csv,.tsv,.txt,.json,.gexf,.graphml,.xml,.xes,.jsonl,.ndjson";

/** A browser `File` as `{ name, bytes }`. */
export async function fileBytes(file) {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * A drop zone: drop files on it or click to choose them. Its `value` is the list of `File`s (empty
 * when none) and it fires `input` when that changes, so a notebook can `view()` it; a button takes
 * the files away again.
 * @param {{ label: string, hint: string, clear: string, accept?: string, multiple?: boolean,
 *   value?: File[] }} options
 */
export function dropZone({ label, hint, clear, accept = ACCEPT, multiple = true, value = [] }) {
  const zone = document.createElement("div");
  zone.className = "tvaers-drop-zone";
  zone.style.cssText =
    "border:2px dashed #aab2bd;border-radius:6px;padding:0.8em 1em;margin:0.5em 0;font:14px system-ui,sans-serif;max-width:640px";
  const chooser = zone.appendChild(document.createElement("label"));
  chooser.style.cssText = "display:block;cursor:pointer";
  chooser.appendChild(document.createElement("strong")).textContent = label;
  const input = chooser.appendChild(document.createElement("input"));
  input.type = "file";
  input.accept = accept;
  input.multiple = multiple;
  input.style.cssText = "display:block;margin:0.4em 0";
  const note = zone.appendChild(document.createElement("div"));
  note.style.cssText = "color:#5f6670;font-size:13px";
  const remove = zone.appendChild(document.createElement("button"));
  remove.type = "button";
  remove.textContent = clear;
  remove.style.marginTop = "0.4em";

  const show = () => {
    note.textContent =
      zone.value.length === 0
        ? hint
        : zone.value.map((f) => `${f.name} (${f.size.toLocaleString()} B)`).join(", ");
    remove.hidden = zone.value.length === 0;
    zone.style.borderColor = zone.value.length === 0 ? "#aab2bd" : "#0072B2";
  };
  const set = (files) => {
    zone.value = files;
    show();
    zone.dispatchEvent(new Event("input", { bubbles: true }));
  };
  zone.value = value;
  show();
  input.addEventListener("change", (event) => {
    event.stopPropagation();
    if (input.files.length > 0) set([...input.files]);
  });
  input.addEventListener("input", (event) => event.stopPropagation());
  remove.addEventListener("click", () => {
    input.value = "";
    set([]);
  });
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.style.background = "#f0f6fb";
  });
  zone.addEventListener("dragleave", () => {
    zone.style.background = "";
  });
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.style.background = "";
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) set(multiple ? files : files.slice(0, 1));
  });
  return zone;
}

const extension = (name) => /\.[^./\\]*$/.exec(name)?.[0].toLowerCase() ?? "";

/** The column names of a CSV file's first line (separator `,`, `;` or tab, quotes dropped). */
function csvHeader(bytes) {
  const first =
    decodeText(bytes.subarray(0, 65536))
      .text.replace(/^\uFEFF/, "")
      .split(/\r?\n|\r/)[0] ?? "";
  const counts = [",", ";", "\t"].map((s) => [s, first.split(s).length]);
  const [separator] = counts.sort((a, b) => b[1] - a[1])[0];
  return first.split(separator).map((h) => h.trim().replace(/^"|"$/g, "").toLowerCase());
}

const LOG_COLUMNS = ["case_id", "timestamp"];
const RATINGS = ["power", "interest", "affected", "legitimacy", "urgency", "attitude", "proximity"];
/** The files of a network in CSV form (`writeCsvBundle`): the tables and the metadata file. */
const BUNDLE_FILES = /^((actors|ties|sectors|clusters|organisations)\.csv|network\.json)$/i;

/**
 * What kind of input `files` are: `"network"` (a CSV bundle, JSON, GEXF or GraphML), `"stakeholders"`
 * (JSON or CSV), `"log"` (CSV, XES, JSON Lines) or `"unknown"`, with `format` saying which form.
 * Decided from the file names and, for JSON and CSV, from the content's first lines.
 * @param {{ name: string, bytes: Uint8Array }[]} files
 */
function detectKind(files) {
  if (files.length === 0) return { kind: "none" };
  const bundled = (f) => BUNDLE_FILES.test(f.name) || extension(f.name) === ".csv";
  if (files.length > 1 || /^(actors|ties)\.csv$/i.test(files[0].name)) {
    return files.every(bundled)
      ? { kind: "network", format: "csv-bundle" }
      : { kind: "unknown", format: "several" };
  }
  const [{ name, bytes }] = files;
  const ext = extension(name);
  if (ext === ".gexf" || ext === ".graphml") return { kind: "network", format: ext.slice(1) };
  if (ext === ".xes" || ext === ".jsonl" || ext === ".ndjson") return { kind: "log", format: ext.slice(1) };
  if (ext === ".xml") {
    const start = decodeText(bytes.subarray(0, 4096)).text;
    if (/<gexf[\s>]/.test(start)) return { kind: "network", format: "gexf" };
    if (/<graphml[\s>]/.test(start)) return { kind: "network", format: "graphml" };
    if (/<log[\s>]/.test(start)) return { kind: "log", format: "xes" };
    return { kind: "unknown", format: "xml" };
  }
  if (ext === ".json") {
    const text = decodeText(bytes).text;
    if (/"format"\s*:\s*"tvaers\.stakeholders\//.test(text)) return { kind: "stakeholders", format: "json" };
    if (/"format"\s*:\s*"tvaers\.network\//.test(text)) return { kind: "network", format: "json" };
    if (/"stakeholders"\s*:/.test(text)) return { kind: "stakeholders", format: "json" };
    return { kind: "network", format: "json" };
  }
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") {
    const header = csvHeader(bytes);
    if (LOG_COLUMNS.every((c) => header.includes(c))) return { kind: "log", format: "csv" };
    if (header.includes("id") && RATINGS.some((r) => header.includes(r)))
      return { kind: "stakeholders", format: "csv" };
    if (header.includes("source") && header.includes("target"))
      return { kind: "network", format: "csv-bundle" };
    return { kind: "unknown", format: "csv", header };
  }
  return { kind: "unknown", format: ext || "none" };
}

/** Runs `read`; returns `{ value, problems }` with the problems of a `TvaersInputError` it throws. */
function collect(read, file) {
  try {
    return { value: read(), problems: [] };
  } catch (error) {
    if (isTvaersInputError(error)) return { value: null, problems: [...error.problems] };
    if (error instanceof Error) return { value: null, problems: [{ file, message: error.message }] };
    throw error;
  }
}

/**
 * Reads a network or stakeholder file (or a CSV bundle) as `detectKind` names it. Returns
 * `{ kind, format, network, stakeholders, problems }`; an event log is only recognised here (its
 * rows are read by {@link mineLog}). `unknown` gives a problem saying what tvaers reads.
 * @param {{ name: string, bytes: Uint8Array }[]} files
 * @param {{ unknown: (format: string, header?: string[]) => string }} texts
 */
export function readDrop(files, texts) {
  const detected = detectKind(files);
  const name = files.map((f) => f.name).join(", ");
  const out = { ...detected, name, network: null, stakeholders: null, problems: [] };
  if (detected.kind === "unknown") {
    out.problems = [{ file: name, message: texts.unknown(detected.format, detected.header) }];
    return out;
  }
  if (detected.kind === "none" || detected.kind === "log") return out;
  const [first] = files;
  const text = () => decodeText(first.bytes).text;
  const { value, problems } = collect(() => {
    if (detected.kind === "stakeholders") {
      return detected.format === "csv"
        ? parseStakeholdersCsv(first.bytes, { file: first.name })
        : parseStakeholders(parseJsonText(text(), first.name), { file: first.name });
    }
    if (detected.format === "csv-bundle")
      return readCsvBundle(Object.fromEntries(files.map((f) => [f.name.split(/[\\/]/).pop(), f.bytes])));
    if (detected.format === "gexf") return parseGexf(text(), { file: first.name });
    if (detected.format === "graphml") return parseGraphml(text(), { file: first.name });
    return parseNetwork(parseJsonText(text(), first.name), { file: first.name });
  }, name);
  out.problems = problems;
  if (detected.kind === "stakeholders") out.stakeholders = value;
  else out.network = value;
  return out;
}

/**
 * Mines the handoffs of a dropped event log between actors, resolved against `network` when given
 * (rows that cannot be read are skipped and listed). Returns `{ result, problems, problemsNotListed }`;
 * `result` is what `mineHandoffs` returns, or null when the log cannot be read at all.
 * @param {{ name: string, bytes: Uint8Array }} file
 */
export async function mineLog(file, { network } = {}) {
  try {
    const result = await mineHandoffs(file.bytes, {
      file: file.name,
      onError: "skip-and-report",
      ...(network ? { network } : {}),
    });
    return { result, problems: result.report.problems, problemsNotListed: result.report.problemsNotListed };
  } catch (error) {
    if (!isTvaersInputError(error)) throw error;
    return { result: null, problems: [...error.problems], problemsNotListed: 0 };
  }
}

/**
 * A network for communication gaps: `channels` (a network document) with its handoff ties replaced
 * by those mined from a log between actors it knows; without `channels`, the mined network itself
 * (every handoff pair then has no channel). Handoff pairs with fewer than `k` patients are left out
 * first (disclosure control, `suppressHandoffTies`), so no small count reaches a table or a file.
 * Returns `{ doc, suppressed, unknown }`: the pairs left out for each reason.
 */
export function gapNetwork(mined, channels, k = DEFAULT_MIN_CASES) {
  const published = suppressHandoffTies(mined.network, { k });
  const suppressed = mined.network.ties.length - published.ties.length;
  if (!channels) return { doc: published, suppressed, unknown: 0 };
  const known = new Set(channels.actors.map((a) => a.id));
  const ties = published.ties.filter((t) => known.has(t.source) && known.has(t.target));
  return {
    doc: {
      ...channels,
      ties: [
        ...channels.ties.filter((t) => t.kind !== "handoff"),
        ...ties.map((t) => ({ ...t, id: `logged-handoff:${t.source}>${t.target}` })),
      ],
    },
    suppressed,
    unknown: published.ties.length - ties.length,
  };
}
