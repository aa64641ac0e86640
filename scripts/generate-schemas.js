// Writes the JSON Schema files in data/schema/ from the zod schemas (run: `pnpm schemas`).
import { writeFileSync } from "node:fs";
import { networkJsonSchema } from "@tvaers/model";

const target = new URL("../data/schema/network.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(networkJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
