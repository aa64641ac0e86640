// Builds and serves the notebooks: used by `pnpm start` (scripts/serve-notebooks.js), the browser
// tests and the load benchmark, so all three see exactly the same site.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const notebooks = fileURLToPath(new URL("..", import.meta.url));

/** Where the built notebooks are. */
export const NOTEBOOKS_DIST = join(notebooks, "dist");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".map": "application/json; charset=utf-8",
};

/** Builds every notebook in notebooks/ into notebooks/dist with the notebooks' Vite configuration. */
export async function buildNotebooks() {
  const { build } = await import("vite");
  await build({ configFile: join(notebooks, "vite.config.js"), root: notebooks });
}

/** The file under `root` that a request path names, or undefined when it would leave `root`. */
function fileFor(root, urlPath) {
  let path = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  if (path.endsWith("/")) path += "index.html";
  const file = normalize(join(root, path));
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

/**
 * Serves the built notebooks from `root` on 127.0.0.1 (and localhost). `port` 0 picks a free port;
 * otherwise the first free port from `port` on is used. Resolves to `{ url, port, close }`.
 */
export async function serveNotebooks({ port = 4173, root = NOTEBOOKS_DIST } = {}) {
  const server = createServer(async (request, response) => {
    let file = fileFor(root, request.url ?? "/");
    try {
      if (file && (await stat(file)).isDirectory()) file = join(file, "index.html");
      if (!file || !(await stat(file)).isFile()) throw new Error("not a file");
    } catch {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      response.end("Not found");
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    });
    createReadStream(file).pipe(response);
  });
  const listen = (p) =>
    new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(p, "127.0.0.1", () => {
        server.off("error", reject);
        resolve(server.address().port);
      });
    });
  let bound;
  for (let p = port; bound === undefined; p++) {
    try {
      bound = await listen(p);
    } catch (error) {
      if (error?.code !== "EADDRINUSE" || port === 0 || p > port + 50) throw error;
    }
  }
  return {
    url: `http://localhost:${bound}/`,
    port: bound,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
