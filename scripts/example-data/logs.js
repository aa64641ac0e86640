// Generates the example event logs in data/logs/: one illustrative log per example network, made by
// walking the network's handoff ties with a fixed seed (generateEventLog in @tvaers/pathways). Run
// after `pnpm build`: `node scripts/example-data/logs.js` writes them; the tests regenerate them in
// memory and compare (packages/pathways/test/generate-example-logs.test.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseNetwork } from "@tvaers/model";
import { eventLogCsv, generateEventLog } from "@tvaers/pathways";

/** The seed of the committed logs: the date of the Klynge Vest meeting, as for the networks. */
export const LOG_SEED = 20220608;

/** The logs, in output order: network, number of events, and how the CSV is written. */
const LOGS = [
  { network: "klynge-vest", events: 3000, csv: {} },
  { network: "midtklyngen", events: 3000, csv: {} },
  // As Danish Excel saves it: `;` separators, local `dd-mm-yyyy hh:mm` times, byte-order mark, CRLF.
  { network: "vestklyngen", events: 4000, csv: { separator: ";", timestamps: "danish", excel: true } },
  { network: "ms-collaboration", events: 2000, csv: {} },
];

const ROOT = new URL("../../", import.meta.url);

/**
 * Every example log as `{ path, text }`, `path` relative to the repository root, made from the
 * committed networks in data/networks/.
 *
 * @returns {{ path: string, text: string }[]}
 */
export function generateLogFiles() {
  return LOGS.map(({ network, events, csv }) => {
    const file = `data/networks/${network}.json`;
    const doc = parseNetwork(JSON.parse(readFileSync(new URL(file, ROOT), "utf8")), { file });
    const log = generateEventLog(doc, { events, seed: LOG_SEED, start: "2024-01-01T00:00:00+01:00" });
    return { path: `data/logs/${network}.csv`, text: [...eventLogCsv(log, csv)].join("") };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { path, text } of generateLogFiles()) {
    writeFileSync(new URL(path, ROOT), text);
    console.log(`wrote ${path}: ${text.trim().split("\n").length - 1} events`);
  }
}
