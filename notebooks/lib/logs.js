/**
 * Event logs for the notebooks: the example log of each example network (data/logs, bundled as
 * assets and fetched from the notebook's own server), a drop zone for a log of one's own (read in the
 * browser and sent nowhere), and what the notebooks make of a log — handoffs at a level, the
 * pathways of its cases under opaque numbers, and a network whose handoffs come from the log.
 *
 * Logs are read with `@tvaers/pathways`' stream engine, which runs in the browser; rows that cannot
 * be read are skipped and listed (`skip-and-report`), and a log that cannot be read at all gives its
 * problems instead of a result.
 */
import { isTvaersInputError } from "@tvaers/model";
import { mineHandoffs, readEventLog, suppressSmallCells } from "@tvaers/pathways";

const logUrls = import.meta.glob("../../data/logs/*.csv", { query: "?url", import: "default", eager: true });

/** The example logs: network id (the file's stem), file name, address. */
export const EXAMPLE_LOGS = Object.entries(logUrls)
  .map(([path, url]) => {
    const file = path.split("/").pop();
    return { id: file.replace(/\.csv$/, ""), file, url };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

/** The file types the drop zone accepts (CSV/TSV, XES, JSON Lines). */
const ACCEPT = ".csv,.tsv,.txt,.xes,.jsonl,.ndjson";

const fetched = new Map();

/** The example log of the network `id` as `{ name, source }` (the bytes, fetched once per page). */
export async function exampleLog(id) {
  const example = EXAMPLE_LOGS.find((e) => e.id === id);
  if (example === undefined) throw new Error(`there is no example log for ${id}`);
  if (!fetched.has(example.url)) {
    fetched.set(
      example.url,
      fetch(example.url).then(async (response) => {
        if (!response.ok) throw new Error(`${example.file}: the server answered ${response.status}`);
        return new Uint8Array(await response.arrayBuffer());
      }),
    );
  }
  return { name: example.file, source: await fetched.get(example.url) };
}

/** A dropped or chosen browser `File` as `{ name, source }`; it is read in the page, in chunks. */
export function droppedLog(file) {
  return { name: file.name, source: { name: file.name, open: () => file.stream() } };
}

/**
 * A drop zone for an event log: drop a file on it or click to choose one. Its `value` is the `File`
 * (or `null`), and it fires `input` when that changes, so a notebook can `view()` it. A button takes
 * the file away again.
 * @param {{ label: string, hint: string, clear: string, value?: File | null }} texts
 */
export function logDropZone({ label, hint, clear, value = null }) {
  const zone = document.createElement("div");
  zone.className = "tvaers-drop-zone";
  zone.style.cssText =
    "border:2px dashed #aab2bd;border-radius:6px;padding:0.8em 1em;margin:0.5em 0;font:14px system-ui,sans-serif;max-width:640px";
  const chooser = zone.appendChild(document.createElement("label"));
  chooser.style.cssText = "display:block;cursor:pointer";
  const title = chooser.appendChild(document.createElement("strong"));
  title.textContent = label;
  const input = chooser.appendChild(document.createElement("input"));
  input.type = "file";
  input.accept = ACCEPT;
  input.style.cssText = "display:block;margin:0.4em 0";
  const note = zone.appendChild(document.createElement("div"));
  note.style.cssText = "color:#5f6670;font-size:13px";
  const remove = zone.appendChild(document.createElement("button"));
  remove.type = "button";
  remove.textContent = clear;
  remove.style.marginTop = "0.4em";

  const show = () => {
    note.textContent =
      zone.value === null ? hint : `${zone.value.name} (${zone.value.size.toLocaleString()} B)`;
    remove.hidden = zone.value === null;
    zone.style.borderColor = zone.value === null ? "#aab2bd" : "#0072B2";
  };
  const set = (file) => {
    zone.value = file;
    show();
    zone.dispatchEvent(new Event("input", { bubbles: true }));
  };
  zone.value = value;
  show();
  input.addEventListener("change", () => {
    if (input.files.length > 0) set(input.files[0]);
  });
  remove.addEventListener("click", () => {
    input.value = "";
    set(null);
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
    const file = event.dataTransfer?.files?.[0];
    if (file !== undefined) set(file);
  });
  return zone;
}

/**
 * Runs `read` and returns `{ result, problems }`: the problems of the report it gives, or those of
 * the `TvaersInputError` it throws (a log that cannot be read at all; `result` is then null).
 */
async function readingProblems(read) {
  try {
    const result = await read();
    return { result, problems: result.report.problems, problemsNotListed: result.report.problemsNotListed };
  } catch (error) {
    if (!isTvaersInputError(error)) throw error;
    return { result: null, problems: [...error.problems], problemsNotListed: 0 };
  }
}

/**
 * Mines the handoffs of a log at `level` between the actors of `network` (rows that cannot be read
 * are skipped and listed). Returns `{ result, problems, problemsNotListed }`; `result` is what
 * `mineHandoffs` returns, or null when the log cannot be read.
 */
export function mineLog(log, { level, network }) {
  return readingProblems(() =>
    mineHandoffs(log.source, { level, network, file: log.name, onError: "skip-and-report" }),
  );
}

/**
 * The pathways (cases) of a log, numbered 1, 2, … by when they start (then by their number of
 * events), so that a reader can pick one without ever seeing a case id. Each pathway is its events
 * in time order: `{ time, actor, activity, sector }`. Returns `{ result, problems, … }` as
 * {@link mineLog} does; `result` is `{ pathways, report }`.
 */
export function readPathways(log) {
  return readingProblems(async () => {
    const events = readEventLog(log.source, { file: log.name, onError: "skip-and-report" });
    const cases = new Map();
    for await (const batch of events.batches()) {
      for (const { caseId, time, actor, activity, sector, line } of batch) {
        let list = cases.get(caseId);
        if (list === undefined) {
          list = [];
          cases.set(caseId, list);
        }
        list.push({ time, actor, activity, sector, line });
      }
    }
    const pathways = [...cases.values()]
      .map((list) => list.sort((a, b) => a.time - b.time || a.line - b.line))
      .sort((a, b) => a[0].time - b[0].time || b.length - a.length || a[0].line - b[0].line)
      .map((list) => list.map(({ time, actor, activity, sector }) => ({ time, actor, activity, sector })));
    return { pathways, report: events.report };
  });
}

/**
 * `network` with its handoff ties replaced by those mined from a log at the actor level, as
 * `tvaers gaps --log` does: one directed handoff tie per pair (weight = handoffs, id
 * `logged-handoff:<from>><to>`), every other tie kept. Pairs that disclosure control suppresses with
 * `k`, and pairs with an actor the network does not know, are left out. Returns
 * `{ doc, suppressed, unknown }` (the numbers of pairs left out for each reason).
 */
export function withLoggedHandoffs(network, mined, k) {
  const actors = new Set(network.actors.map((actor) => actor.id));
  const published = suppressSmallCells(mined.handoffs, { k });
  const shown = published.filter((h) => h.suppressed === undefined);
  const known = shown.filter((h) => actors.has(h.from) && actors.has(h.to));
  const pairs = new Set(known.map((h) => JSON.stringify([h.from, h.to])));
  const ties = mined.network.ties
    .filter((tie) => pairs.has(JSON.stringify([tie.source, tie.target])))
    .map((tie) => ({ ...tie, id: `logged-handoff:${tie.source}>${tie.target}` }));
  return {
    doc: { ...network, ties: [...network.ties.filter((tie) => tie.kind !== "handoff"), ...ties] },
    suppressed: published.length - shown.length,
    unknown: shown.length - known.length,
  };
}
