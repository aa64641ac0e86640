// Writes the example data (run after `pnpm build`: `node scripts/example-data/build.js`).
// Deterministic: the same seed and structures always give the same bytes.
import { writeFileSync } from "node:fs";
import { generateFiles } from "./generate.js";

const root = new URL("../../", import.meta.url);
for (const { path, text } of generateFiles()) {
  writeFileSync(new URL(path, root), text);
  const doc = JSON.parse(text);
  console.log(`wrote ${path}: ${doc.actors.length} actors, ${doc.ties.length} ties`);
}
