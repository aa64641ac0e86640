/**
 * Stakeholder analyses for the notebooks: the seed files in data/stakeholders (bundled as assets and
 * fetched from the notebook's own server), a file of one's own read in the page and sent nowhere, a
 * compact editor of every stakeholder's ratings, and a guess of which example network the
 * stakeholders' actor links point to.
 */
import { decodeText, isTvaersInputError, parseJsonText, TvaersInputError } from "@tvaers/model";
import {
  parseStakeholders,
  parseStakeholdersCsv,
  resolveScales,
  STAKEHOLDER_ATTRIBUTES,
} from "@tvaers/stakeholders";

const urls = import.meta.glob(["../../data/stakeholders/*.json", "../../data/stakeholders/*.csv"], {
  query: "?url",
  import: "default",
  eager: true,
});

/** The seed stakeholder files: file name and address, JSON before CSV. */
export const STAKEHOLDER_FILES = Object.entries(urls)
  .map(([path, url]) => ({ file: path.split("/").pop(), url }))
  .sort((a, b) => a.file.endsWith(".csv") - b.file.endsWith(".csv") || a.file.localeCompare(b.file));

/**
 * Reads a stakeholder document from a file's bytes: `.csv` as a planner's spreadsheet, anything else
 * as a `tvaers.stakeholders/v1` JSON document. Throws a `TvaersInputError` listing every problem.
 * @param {string} name
 * @param {Uint8Array} bytes
 */
function readStakeholderBytes(name, bytes) {
  if (name.toLowerCase().endsWith(".csv")) return parseStakeholdersCsv(bytes, { file: name });
  const decoded = decodeText(bytes);
  if (decoded.binary) {
    throw new TvaersInputError([
      { file: name, message: "this is not a text file; give a .json or .csv file" },
    ]);
  }
  return parseStakeholders(parseJsonText(decoded.text, name), { file: name });
}

const seeds = new Map();

/** The seed file `file`, read and validated (fetched once per page). */
export function loadSeed(file) {
  const seed = STAKEHOLDER_FILES.find((s) => s.file === file);
  if (seed === undefined) throw new Error(`there is no stakeholder file ${file}`);
  if (!seeds.has(file)) {
    seeds.set(
      file,
      fetch(seed.url).then(async (response) => {
        if (!response.ok) throw new Error(`${file}: the server answered ${response.status}`);
        return readStakeholderBytes(file, new Uint8Array(await response.arrayBuffer()));
      }),
    );
  }
  return seeds.get(file);
}

/**
 * The analysis a notebook shows: the reader's own file (a browser `File`) when given, else the seed
 * file `seed`. Returns `{ doc, problems }`: the document, or null and the problems that stopped it.
 */
export async function loadAnalysis(own, seed) {
  try {
    const doc = own
      ? readStakeholderBytes(own.name, new Uint8Array(await own.arrayBuffer()))
      : await loadSeed(seed);
    return { doc, problems: [] };
  } catch (error) {
    if (!isTvaersInputError(error)) throw error;
    return { doc: null, problems: [...error.problems] };
  }
}

/**
 * The id of the network among `networks` (`[{ id, doc }]`) that holds most of the actors the
 * stakeholders link to, or `null` when none holds any.
 */
export function linkedNetworkOf(stakeholders, networks) {
  const linked = new Set(stakeholders.flatMap((s) => s.actors ?? []));
  let best = null;
  let found = 0;
  for (const { id, doc } of networks) {
    const count = doc.actors.filter((actor) => linked.has(actor.id)).length;
    if (count > found) [best, found] = [id, count];
  }
  return best;
}

/**
 * A compact table of number inputs, one row per stakeholder and one column per rating, that edits a
 * copy of the stakeholders as the reader types. Its `value` is the edited list, and it fires `input`
 * on every change, so a notebook can `view()` it. An empty box means "not assessed"; a value off its
 * scale is marked and not used. Edits are kept in `edits` (a Map the notebook keeps), so they survive
 * a redraw (switching the language); a reset button restores the file's values.
 * @param {import("@tvaers/stakeholders").StakeholderDocument} doc
 * @param {{ key: string, edits: Map<string, number | null>, name: (s: object) => string,
 *   texts: { stakeholder: string, reset: string, offScale: (min: number, max: number) => string,
 *   attributes: Record<string, string>, caption: string } }} options
 */
export function ratingsEditor(doc, { key, edits, name, texts }) {
  const scales = resolveScales(doc.scales);
  const editKey = (id, attribute) => `${key}\u0000${id}\u0000${attribute}`;
  const ratingShown = (s, attribute) => {
    const k = editKey(s.id, attribute);
    return edits.has(k) ? edits.get(k) : (s[attribute] ?? null);
  };
  const current = () =>
    doc.stakeholders.map((s) => {
      const copy = { ...s };
      for (const attribute of STAKEHOLDER_ATTRIBUTES) copy[attribute] = ratingShown(s, attribute);
      return copy;
    });

  const form = document.createElement("form");
  form.className = "tvaers-ratings-editor";
  form.style.cssText = "max-width:100%;overflow-x:auto;margin:0.5em 0;font:13px system-ui,sans-serif";
  form.addEventListener("submit", (event) => event.preventDefault());
  const table = form.appendChild(document.createElement("table"));
  table.style.cssText = "border-collapse:collapse;font-variant-numeric:tabular-nums";
  const caption = table.appendChild(document.createElement("caption"));
  caption.textContent = texts.caption;
  caption.style.cssText = "text-align:left;font-weight:600;padding:0.3em 0";
  const head = table.appendChild(document.createElement("thead")).appendChild(document.createElement("tr"));
  for (const text of [texts.stakeholder, ...STAKEHOLDER_ATTRIBUTES.map((a) => texts.attributes[a])]) {
    const th = head.appendChild(document.createElement("th"));
    th.scope = "col";
    th.textContent = text;
    th.style.cssText = "text-align:left;padding:0.2em 0.4em;border-bottom:1px solid #888;font-weight:600";
  }
  const scaleRow = table
    .appendChild(document.createElement("thead"))
    .appendChild(document.createElement("tr"));
  scaleRow.appendChild(document.createElement("td"));
  for (const attribute of STAKEHOLDER_ATTRIBUTES) {
    const td = scaleRow.appendChild(document.createElement("td"));
    td.textContent = `${scales[attribute].min} … ${scales[attribute].max}`;
    td.style.cssText = "color:#5f6670;font-size:11px;padding:0 0.4em";
  }
  const body = table.appendChild(document.createElement("tbody"));
  const inputs = [];
  for (const s of doc.stakeholders) {
    const tr = body.appendChild(document.createElement("tr"));
    const th = tr.appendChild(document.createElement("th"));
    th.scope = "row";
    th.textContent = name(s);
    th.style.cssText = "text-align:left;font-weight:400;padding:0.15em 0.4em;border-bottom:1px solid #e3e6ea";
    for (const attribute of STAKEHOLDER_ATTRIBUTES) {
      const { min, max } = scales[attribute];
      const td = tr.appendChild(document.createElement("td"));
      td.style.cssText = "padding:0.15em 0.3em;border-bottom:1px solid #e3e6ea";
      const input = td.appendChild(document.createElement("input"));
      input.type = "number";
      input.min = String(min);
      input.max = String(max);
      input.step = "0.5";
      input.style.cssText = "width:4.2em;font:inherit";
      input.setAttribute("aria-label", `${name(s)}: ${texts.attributes[attribute]}`);
      input.dataset.stakeholder = s.id;
      input.dataset.attribute = attribute;
      const shown = ratingShown(s, attribute);
      input.value = shown === null ? "" : String(shown);
      input.addEventListener("input", (event) => {
        event.stopPropagation();
        const text = input.value.trim();
        const value = text === "" ? null : Number(text);
        const valid = value === null || (Number.isFinite(value) && value >= min && value <= max);
        input.style.outline = valid ? "" : "2px solid #D55E00";
        input.title = valid ? "" : texts.offScale(min, max);
        input.setAttribute("aria-invalid", String(!valid));
        if (!valid) return;
        edits.set(editKey(s.id, attribute), value);
        form.value = current();
        form.dispatchEvent(new Event("input", { bubbles: true }));
      });
      inputs.push({ input, s, attribute });
    }
  }
  const reset = form.appendChild(document.createElement("button"));
  reset.type = "button";
  reset.textContent = texts.reset;
  reset.style.marginTop = "0.4em";
  reset.addEventListener("click", () => {
    for (const { input, s, attribute } of inputs) {
      edits.delete(editKey(s.id, attribute));
      input.value = s[attribute] === undefined || s[attribute] === null ? "" : String(s[attribute]);
      input.style.outline = "";
      input.title = "";
      input.removeAttribute("aria-invalid");
    }
    form.value = current();
    form.dispatchEvent(new Event("input", { bubbles: true }));
  });
  form.value = current();
  return form;
}
