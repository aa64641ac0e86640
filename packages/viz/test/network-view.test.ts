// @vitest-environment happy-dom
/**
 * The network view's promises when the view goes before it is drawn, as a notebook cell that is run
 * again at once destroys it: `ready` and `layoutDone` reject, and a rejection nobody waits for is not
 * reported as an unhandled error (vitest fails a run on any unhandled rejection).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseNetwork, toGraph } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { networkView } from "../src/index.js";

// sigma reads WebGL constants when it is loaded; happy-dom has no WebGL (the view is never drawn here).
const webgl = globalThis as { WebGL2RenderingContext?: unknown; WebGLRenderingContext?: unknown };
webgl.WebGL2RenderingContext ??= class {};
webgl.WebGLRenderingContext ??= class {};

const data = join(dirname(fileURLToPath(import.meta.url)), "../../../data");
const graph = toGraph(
  parseNetwork(JSON.parse(readFileSync(join(data, "networks/ms-collaboration.json"), "utf8"))),
);

describe("networkView destroyed before it is drawn", () => {
  it("rejects `ready` for whoever waits, and leaves no unhandled rejection behind", async () => {
    const view = networkView(graph, { invalidation: Promise.resolve() });
    await expect(view.ready).rejects.toThrow("the network view was destroyed before it was drawn");
    // `layoutDone` is left unobserved, as a notebook leaves it; give its rejection time to surface.
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  it("can be destroyed by hand at once", async () => {
    const view = networkView(graph);
    view.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(view.isConnected).toBe(false);
  });
});
