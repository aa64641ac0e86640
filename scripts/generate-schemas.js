// Writes the JSON Schema files in data/schema/ from the zod schemas (run: `pnpm schemas`).
// Tests fail when a committed file is stale.
import { writeFileSync } from "node:fs";
import { networkJsonSchema } from "@tvaers/model";
import { modelJsonSchema, stakeholdersJsonSchema } from "@tvaers/stakeholders";

const SCHEMAS = {
  "network.schema.json": networkJsonSchema,
  "stakeholders.schema.json": stakeholdersJsonSchema,
  "model.schema.json": modelJsonSchema,
};

for (const [name, schema] of Object.entries(SCHEMAS)) {
  const target = new URL(`../data/schema/${name}`, import.meta.url);
  writeFileSync(target, `${JSON.stringify(schema(), null, 2)}\n`);
  console.log(`wrote ${target.pathname}`);
}
