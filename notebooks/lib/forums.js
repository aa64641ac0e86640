/**
 * The forum documents the Forums and representation notebook offers (data/forums/*.json), bundled as
 * assets by Vite and fetched from the notebook's own server, and two helpers of that notebook: each
 * rule's requirement next to the count a forum has, and the actor × actor projection as a network
 * the network view can draw.
 */
import { apportion } from "@tvaers/analysis";
import { parseNetwork, toGraph } from "@tvaers/model";
import { CHART_FONT } from "@tvaers/viz";
import * as d3 from "d3";

const forumUrls = import.meta.glob("../../data/forums/*.json", {
  query: "?url",
  import: "default",
  eager: true,
});

/** The forum documents: id (file name), address of the file. */
export const FORUM_FILES = Object.entries(forumUrls)
  .map(([path, url]) => ({
    id: path
      .split("/")
      .pop()
      .replace(/\.json$/, ""),
    url,
  }))
  .sort((a, b) => a.id.localeCompare(b.id));

const documents = new Map();

/** Fetches and validates one forum document by id (each file once per page). */
export function loadForums(id) {
  const file = FORUM_FILES.find((f) => f.id === id);
  if (file === undefined) throw new Error(`unknown forum document: ${id}`);
  if (!documents.has(id)) {
    documents.set(
      id,
      fetch(file.url).then(async (response) => {
        if (!response.ok) throw new Error(`${id}.json: the server answered ${response.status}`);
        return parseNetwork(await response.json(), { file: `${id}.json` });
      }),
    );
  }
  return documents.get(id);
}

/**
 * One row per rule requirement: the forum, the rule, the key (a sector or a kind), what the rule
 * requires and what the forum has. Minimums require their number; shares require the seats
 * apportioned to the sector (largest remainder, as `checkRepresentation` does).
 */
export function requirementRows(doc, compositions) {
  const sectors = new Set(doc.sectors.map((s) => s.id));
  const byForum = new Map(compositions.map((c) => [c.forum, c]));
  const rows = [];
  for (const [index, rule] of (doc.rules ?? []).entries()) {
    const composition = byForum.get(rule.forum);
    if (composition === undefined) continue;
    const count = (key) => (sectors.has(key) ? composition.bySector[key] : composition.byKind[key]) ?? 0;
    for (const [key, required] of Object.entries(rule.minimum ?? {})) {
      rows.push({
        forum: rule.forum,
        rule: index,
        key,
        by: sectors.has(key) ? "sector" : "kind",
        required,
        actual: count(key),
      });
    }
    if (rule.shares !== undefined) {
      const total = rule.seats ?? Object.keys(rule.shares).reduce((sum, key) => sum + count(key), 0);
      for (const [key, required] of Object.entries(apportion(total, rule.shares))) {
        rows.push({ forum: rule.forum, rule: index, key, by: "sector", required, actual: count(key) });
      }
    }
  }
  return rows;
}

/** Cuts a label to fit the chart's left margin. */
function shorten(text, length = 48) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/**
 * A bar chart of requirement rows (see {@link requirementRows}): one bar per forum and key with the
 * seats it has, a black tick at the required number, red bars where the forum falls short. Each
 * row is labelled with the forum (small) above the requirement; `labels` holds the chart's texts.
 */
export function representationChart(rows, { requirement, forumName, labels }) {
  const rowHeight = 34;
  const margin = { top: 46, right: 40, bottom: 40, left: 300 };
  const width = 760;
  const height = margin.top + margin.bottom + rows.length * rowHeight;
  const max = d3.max(rows, (r) => Math.max(r.required, r.actual)) ?? 1;
  const x = d3.scaleLinear([0, max], [margin.left, width - margin.right]).nice();
  const y = d3.scaleBand(d3.range(rows.length), [margin.top, height - margin.bottom]).padding(0.25);
  const svg = d3
    .create("svg")
    .attr("class", "tvaers-representation-chart")
    .attr("xmlns", "http://www.w3.org/2000/svg")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", width)
    .attr("height", height)
    .attr("role", "img")
    .attr("aria-label", labels.title)
    .style("font", CHART_FONT)
    .style("max-width", "100%")
    .style("height", "auto");
  svg.append("text").attr("x", margin.left).attr("y", 16).attr("font-weight", "bold").text(labels.title);
  svg
    .append("g")
    .attr("transform", `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).ticks(Math.min(max, 8)).tickFormat(d3.format("d")))
    .call((g) =>
      g
        .append("text")
        .attr("x", width - margin.right)
        .attr("y", 28)
        .attr("fill", "currentColor")
        .attr("text-anchor", "end")
        .text(labels.axis),
    );
  const row = svg
    .append("g")
    .attr("class", "rows")
    .selectAll("g")
    .data(rows)
    .join("g")
    .attr("class", "row")
    .attr("transform", (_, i) => `translate(0,${y(i)})`);
  const label = row
    .append("text")
    .attr("x", margin.left - 8)
    .attr("text-anchor", "end");
  label.append("title").text((r) => `${forumName(r.forum)} · ${requirement(r)}`);
  label
    .append("tspan")
    .attr("x", margin.left - 8)
    .attr("y", y.bandwidth() / 2 - 7)
    .attr("dy", "0.35em")
    .attr("fill", "#666")
    .attr("font-size", "10px")
    .text((r) => shorten(forumName(r.forum)));
  label
    .append("tspan")
    .attr("x", margin.left - 8)
    .attr("y", y.bandwidth() / 2 + 7)
    .attr("dy", "0.35em")
    .text((r) => shorten(requirement(r)));
  row
    .append("rect")
    .attr("x", x(0))
    // A forum with none of a required seat still shows a red sliver.
    .attr("width", (r) => Math.max(r.actual < r.required ? 3 : 0, x(r.actual) - x(0)))
    .attr("height", y.bandwidth())
    .attr("fill", (r) => (r.actual >= r.required ? "#4e79a7" : "#e15759"))
    .append("title")
    .text((r) => labels.tooltip(r));
  row
    .append("line")
    .attr("class", "minimum")
    .attr("x1", (r) => x(r.required))
    .attr("x2", (r) => x(r.required))
    .attr("y1", -2)
    .attr("y2", y.bandwidth() + 2)
    .attr("stroke", "black")
    .attr("stroke-width", 2.5);
  svg.append("text").attr("x", margin.left).attr("y", 34).attr("font-size", "11px").text(labels.legend);
  return svg.node();
}

/**
 * The actor × actor projection as a network document the network view draws: one actor per
 * participant (an organisation that holds a seat becomes an actor of its sector), one collaboration
 * tie per pair that shares forums, weighted as projected.
 */
export function projectionGraph(doc, projection, name) {
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const organisations = new Map(doc.organisations.map((o) => [o.id, o]));
  const participant = (id) => {
    const actor = actors.get(id);
    if (actor !== undefined) return actor;
    const organisation = organisations.get(id);
    return {
      id,
      label: organisation?.label ?? id,
      sector: organisation?.sector ?? doc.sectors[0].id,
      organisation: organisation === undefined ? undefined : id,
      kind: "organisation",
    };
  };
  const network = {
    format: doc.format,
    name,
    sectors: doc.sectors,
    clusters: doc.clusters,
    organisations: doc.organisations,
    actors: projection.nodes.map(participant),
    ties: projection.edges.map((e) => ({
      id: `${e.source}~${e.target}`,
      source: e.source,
      target: e.target,
      kind: "collaboration",
      directed: false,
      weight: e.weight,
    })),
  };
  return toGraph(parseNetwork(network, { file: name }));
}
