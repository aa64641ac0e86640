/**
 * The networks the notebooks offer: each example network in data/networks, the Denmark skeleton, and
 * "all clusters" (all of them merged, plus the synthetic national network). The files are bundled
 * as assets by Vite and fetched from the notebook's own server; nothing is loaded from elsewhere.
 */
import { parseNetwork, toGraph } from "@tvaers/model";
import { mergeDocuments } from "./merge.js";
import { syntheticNational } from "./synthetic-national.js";

const exampleUrls = import.meta.glob("../../data/networks/*.json", {
  query: "?url",
  import: "default",
  eager: true,
});
const [denmarkUrl] = Object.values(
  import.meta.glob("../../data/denmark/denmark-clusters.json", {
    query: "?url",
    import: "default",
    eager: true,
  }),
);

/** The example networks: id (file name), address of the file. */
export const EXAMPLES = Object.entries(exampleUrls)
  .map(([path, url]) => ({
    id: path
      .split("/")
      .pop()
      .replace(/\.json$/, ""),
    url,
  }))
  .sort((a, b) => a.id.localeCompare(b.id));

/** The id of the merged national overview. */
export const ALL = "all";
/** The id of the Denmark skeleton. */
export const DENMARK = "denmark";

const documents = new Map();

/** Fetches and validates a network document (each file once per page). */
function fetchDocument(url, file) {
  if (!documents.has(url)) {
    documents.set(
      url,
      fetch(url).then(async (response) => {
        if (!response.ok) throw new Error(`${file}: the server answered ${response.status}`);
        return parseNetwork(await response.json(), { file });
      }),
    );
  }
  return documents.get(url);
}

/** The document of one choice: an example id, {@link DENMARK} or {@link ALL}. */
export async function loadDocument(choice) {
  if (choice === DENMARK) return fetchDocument(denmarkUrl, "denmark-clusters.json");
  const example = EXAMPLES.find((e) => e.id === choice);
  if (example) return fetchDocument(example.url, `${example.id}.json`);
  if (choice !== ALL) throw new Error(`unknown network: ${choice}`);
  const examples = await Promise.all(EXAMPLES.map((e) => fetchDocument(e.url, `${e.id}.json`)));
  const denmark = await fetchDocument(denmarkUrl, "denmark-clusters.json");
  return mergeDocuments([...examples, denmark, syntheticNational(denmark)], {
    name: "All clusters",
    description:
      "The example networks, the skeleton of all 22 health clusters and a synthetic national network (illustrative).",
  });
}

/** The graph of one choice (see {@link loadDocument}). */
export async function loadGraph(choice) {
  return toGraph(await loadDocument(choice));
}
