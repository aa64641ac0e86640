// Writes data/schema/model.schema.json from the zod schema of collaboration models
// (run after `pnpm build`: `node scripts/generate-model-schema.js`).
import { writeFileSync } from "node:fs";
import { modelJsonSchema } from "@tvaers/stakeholders";

const target = new URL("../data/schema/model.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(modelJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
