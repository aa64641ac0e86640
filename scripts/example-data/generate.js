// Generates every example-data file in memory: the four network documents and the Denmark skeleton.
// Each is validated with parseNetwork before it is returned. build.js writes them; the tests compare.
import { readFileSync } from "node:fs";
import { parseNetwork } from "@tvaers/model";
import { assemble } from "./assemble.js";
import { buildDenmarkClusters } from "./denmark.js";
import klyngeVest from "./networks/klynge-vest/index.js";
import midtklyngen from "./networks/midtklyngen/index.js";
import msCollaboration from "./networks/ms-collaboration/index.js";
import vestklyngen from "./networks/vestklyngen/index.js";
import { readReference } from "./reference.js";

/** The seed of the committed data: the date of the Klynge Vest meeting the first network is written from. */
export const SEED = 20220608;

/** The hand-written network structures, in output order. */
const NETWORKS = [klyngeVest, midtklyngen, vestklyngen, msCollaboration];

const DENMARK = new URL("../../data/denmark/", import.meta.url);

/** Reads the reference CSVs in data/denmark/. */
function loadReference() {
  const read = (/** @type {string} */ name) => readFileSync(new URL(name, DENMARK), "utf8");
  return readReference({
    regionsMunicipalities: read("regions_municipalities.csv"),
    healthClusters: read("health_clusters.csv"),
    clusterMembership: read("cluster_membership.csv"),
  });
}

/**
 * Every generated file as `{ path, text }`, `path` relative to the repository root, `text` as written
 * (2-space JSON with a trailing newline). Throws a TvaersInputError if a document does not validate.
 *
 * @param {{ seed?: number }} [options] `seed` changes only the illustrative numbers
 * @returns {{ path: string, text: string }[]}
 */
export function generateFiles({ seed = SEED } = {}) {
  const ref = loadReference();
  const documents = [
    ...NETWORKS.map((spec) => ({ path: `data/networks/${spec.file}`, doc: assemble(spec, ref, seed) })),
    { path: "data/denmark/denmark-clusters.json", doc: buildDenmarkClusters(ref) },
  ];
  return documents.map(({ path, doc }) => {
    parseNetwork(doc, { file: path });
    return { path, text: `${JSON.stringify(doc, null, 2)}\n` };
  });
}
