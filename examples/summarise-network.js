// Loads a network file, validates it, builds its graph and prints a summary, using @tvaers/model.
// Run from the repository root after `pnpm build`:
//   node examples/summarise-network.js [file]   (default: data/networks/klynge-vest.json)
import { fileURLToPath } from "node:url";
import { isTvaersInputError, readNetworkFile, summarizeNetwork, toGraph } from "@tvaers/model";

const file = process.argv[2] ?? fileURLToPath(new URL("../data/networks/klynge-vest.json", import.meta.url));
const percent = (share) => (share === null ? "n/a" : `${(share * 100).toFixed(1)} %`);

try {
  // Reads JSON, GEXF, GraphML or a CSV-bundle folder and checks every field and cross-reference.
  const doc = await readNetworkFile(file);
  const summary = summarizeNetwork(toGraph(doc));

  console.log(`${summary.name}: ${summary.actors} actors, ${summary.ties} ties`);
  console.log("Actors per sector:");
  for (const sector of summary.actorsBySector) console.log(`  ${sector.label}: ${sector.count}`);
  console.log("Ties per kind:");
  for (const kind of summary.tiesByKind) console.log(`  ${kind.kind}: ${kind.count}`);
  const { crossSector } = summary;
  console.log(`Cross-sector ties: ${crossSector.ties} (${percent(crossSector.share)} of all ties)`);
} catch (error) {
  // Bad input is a TvaersInputError listing every problem (file, line or path, field, message).
  if (!isTvaersInputError(error)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
