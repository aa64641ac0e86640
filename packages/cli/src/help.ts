import type { Command, CommandRegistry } from "./command.js";
import { formatTable } from "./format/table.js";

/** Indents every line of a text block. */
const indent = (text: string, by = "  ") =>
  text
    .split("\n")
    .map((line) => (line === "" ? line : by + line))
    .join("\n");

/** A borderless two-column list (`name  description`). */
const list = (rows: string[][]) => indent(formatTable(rows));

/** The usage line of a verb, e.g. `tvaers convert <in> <out> [options]`. */
export function usageLine(command: Command): string {
  const args = command.arguments.join(" ");
  return `tvaers ${command.name}${args === "" ? "" : ` ${args}`} [options]`;
}

/** The text of `tvaers <verb> --help`: usage, description, options and examples. */
export function commandHelp(command: Command): string {
  const options = Object.entries(command.options).map(([name, spec]) => {
    const flag = `${spec.short === undefined ? "" : `-${spec.short}, `}--${name}`;
    const value = spec.type === "string" ? ` <${spec.choices?.join("|") ?? "value"}>` : "";
    const fallback = spec.choices?.[0] === undefined ? "" : ` (default: ${spec.choices[0]})`;
    return [flag + value, spec.description + fallback];
  });
  options.push(["-h, --help", "show this help"]);
  return [
    `Usage: ${usageLine(command)}`,
    "",
    command.description,
    "",
    "Options:",
    list(options),
    "",
    "Examples:",
    indent(command.examples.join("\n")),
    "",
  ].join("\n");
}

/** The text of `tvaers --help`: the verbs, the global options and an example of each verb. */
export function topLevelHelp(commands: CommandRegistry): string {
  const examples = commands.flatMap((c) => c.examples.slice(0, 1));
  return [
    "tvaers: analyse collaboration across sectors in health care",
    "",
    "Usage: tvaers <command> [options]",
    "",
    "Commands:",
    list(commands.map((c) => [c.name, c.summary])),
    "",
    "Options:",
    list([
      ["-h, --help", "show this help"],
      ["--version", "print the version"],
    ]),
    "",
    "Examples:",
    indent(examples.join("\n")),
    "",
    'Run "tvaers <command> --help" for the options and examples of a command.',
    "",
  ].join("\n");
}
