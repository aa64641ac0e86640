/**
 * The network view's controls: a search box that finds an actor by name, and a checkbox per tie kind
 * present in the graph (with a swatch of the tie colour) that shows or hides those ties.
 */
import { labelText, type NetworkGraph, TIE_KINDS } from "@tvaers/model";
import { type Locale, t, tieKindText } from "../labels.js";
import { TIE_COLOURS } from "./reducers.js";

let uid = 0;

/** A search box over the actors' names in `locale`; `onFind` gets the actor found, or undefined. */
export function searchBox(graph: NetworkGraph, locale: Locale, onFind: (node: string | undefined) => void) {
  const id = `tvaers-search-${++uid}`;
  const label = document.createElement("label");
  label.className = "tvaers-search";
  label.style.cssText = "display:inline-flex;gap:0.4em;align-items:center";
  label.append(`${t("search", locale)}:`);
  const input = label.appendChild(document.createElement("input"));
  input.type = "search";
  input.placeholder = t("searchPlaceholder", locale);
  input.setAttribute("list", id);
  input.style.minWidth = "16em";
  const list = label.appendChild(document.createElement("datalist"));
  list.id = id;
  const byName = new Map<string, string>();
  graph.forEachNode((node, actor) => {
    const name = labelText(actor.labels ?? actor.label, locale) || node;
    if (!byName.has(name.toLowerCase())) {
      byName.set(name.toLowerCase(), node);
      list.appendChild(document.createElement("option")).value = name;
    }
  });
  const find = () => {
    const text = input.value.trim().toLowerCase();
    if (text === "") return onFind(undefined);
    let found = byName.get(text);
    if (found === undefined)
      for (const [name, node] of byName)
        if (name.includes(text)) {
          found = node;
          break;
        }
    input.setCustomValidity(found === undefined ? t("notFound", locale) : "");
    input.title = found === undefined ? t("notFound", locale) : "";
    onFind(found);
  };
  input.addEventListener("change", find);
  input.addEventListener("search", find);
  return label;
}

/** Checkboxes for the tie kinds in `graph`; `onChange` gets the set of hidden kinds. */
export function tieKindFilter(
  graph: NetworkGraph,
  locale: Locale,
  hidden: ReadonlySet<string>,
  onChange: (hidden: Set<string>) => void,
) {
  const present = new Set<string>();
  graph.forEachEdge((_edge, tie) => {
    present.add(tie.kind);
  });
  const kinds = [
    ...TIE_KINDS.filter((k) => present.has(k)),
    ...[...present].filter((k) => !(TIE_KINDS as readonly string[]).includes(k)).sort(),
  ];
  const group = document.createElement("fieldset");
  group.className = "tvaers-tie-kinds";
  group.style.cssText = "display:inline-flex;flex-wrap:wrap;gap:0.2em 0.8em;border:none;margin:0;padding:0";
  const legend = group.appendChild(document.createElement("legend"));
  legend.textContent = `${t("tieKinds", locale)}:`;
  legend.style.cssText = "float:left;padding:0 0.4em 0 0";
  const boxes: HTMLInputElement[] = [];
  for (const kind of kinds) {
    const label = group.appendChild(document.createElement("label"));
    label.style.cssText = "display:inline-flex;gap:0.25em;align-items:center";
    const box = label.appendChild(document.createElement("input"));
    box.type = "checkbox";
    box.value = kind;
    box.checked = !hidden.has(kind);
    boxes.push(box);
    const swatch = label.appendChild(document.createElement("span"));
    swatch.style.cssText = `display:inline-block;width:1.2em;height:3px;background:${TIE_COLOURS[kind] ?? "#a0a0a0"}`;
    label.append(tieKindText(kind, locale));
  }
  group.addEventListener("change", () =>
    onChange(new Set(boxes.filter((b) => !b.checked).map((b) => b.value))),
  );
  return group;
}
