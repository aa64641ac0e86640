// Writes data/schema/stakeholders.schema.json from the zod schema of @tvaers/stakeholders
// (run: `pnpm build && node scripts/generate-stakeholder-schema.js`); a test fails when it is stale.
import { writeFileSync } from "node:fs";
import { stakeholdersJsonSchema } from "@tvaers/stakeholders";

const target = new URL("../data/schema/stakeholders.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(stakeholdersJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
