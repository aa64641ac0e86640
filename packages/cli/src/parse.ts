import { type ParseArgsConfig, parseArgs } from "node:util";
import type { Command, CommandInput } from "./command.js";
import { UsageError } from "./usage-error.js";

type ParseOptions = NonNullable<ParseArgsConfig["options"]>;

/** Whether the arguments ask for help (`-h` or `--help` before any `--`). */
export function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf("--");
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === "-h" || a === "--help");
}

/** Rewrites a `parseArgs` error in plain words; other errors pass through. */
function usageErrorFrom(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS_")) return error;
  const message = (error as Error).message;
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(message)?.[1];
  if (option === undefined) return new UsageError(message);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return new UsageError(`unknown option ${option}`);
  if (/argument missing/.test(message)) return new UsageError(`option ${option} needs a value`);
  if (/does not take an argument/.test(message)) return new UsageError(`option ${option} takes no value`);
  return new UsageError(message);
}

/**
 * Parses a verb's arguments with `node:util` `parseArgs` (strict): checks options, choices and the
 * number of positional arguments, and fills defaults. Throws {@link UsageError} in plain words.
 */
export function parseCommandLine(command: Command, args: readonly string[]): CommandInput {
  const options: ParseOptions = {};
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] = {
      type: spec.type,
      ...(spec.short !== undefined && { short: spec.short }),
      ...(spec.type === "boolean" && { default: false }),
      ...(spec.choices?.[0] !== undefined && { default: spec.choices[0] }),
    };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageErrorFrom(error);
  }
  for (const [name, spec] of Object.entries(command.options)) {
    const value = parsed.values[name];
    if (spec.choices !== undefined && typeof value === "string" && !spec.choices.includes(value)) {
      throw new UsageError(`--${name} must be one of ${spec.choices.join(", ")} (not "${value}")`);
    }
  }
  const { positionals } = parsed;
  const missing = command.arguments[positionals.length];
  if (missing !== undefined) throw new UsageError(`missing argument ${missing}`);
  if (!command.variadic && positionals.length > command.arguments.length) {
    const extra = positionals.slice(command.arguments.length).join(" ");
    throw new UsageError(`too many arguments (did not expect ${extra})`);
  }
  return { positionals, options: parsed.values as CommandInput["options"] };
}
