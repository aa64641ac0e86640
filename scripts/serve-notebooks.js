// `pnpm start`: builds the notebooks (Observable Notebook Kit 2, bundled by Vite, fully offline) into
// notebooks/dist and serves them on http://localhost:<port>, the first free port from 4173 (or from
// PORT). `node scripts/serve-notebooks.js --build-only` only builds.
import { buildNotebooks, serveNotebooks } from "../notebooks/vite/serve.js";

console.log("Building the notebooks …");
await buildNotebooks();
if (!process.argv.includes("--build-only")) {
  const { url } = await serveNotebooks({ port: Number(process.env.PORT ?? 4173) });
  console.log(`\nThe tvaers notebooks are served at ${url}`);
  console.log("Open that address in a browser. They run offline; press Ctrl+C to stop.");
}
