import { fileURLToPath } from "node:url";
import { type CommandRegistry, main } from "../../src/index.js";

/** The path of a fixture file in `packages/cli/test/fixtures`. */
export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Runs `main` with captured output streams. */
export async function run(argv: string[], commands?: CommandRegistry) {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  };
  const code = await main(argv, io, commands);
  return { code, stdout, stderr };
}
