/** Where a command writes: anything with a `write(text)` method, such as `process.stdout`. */
export interface Output {
  write(text: string): unknown;
}

/** The two output streams a command writes to. */
export interface Io {
  stdout: Output;
  stderr: Output;
}

/** One option of a command, turned into a `node:util` `parseArgs` option and a help line. */
export interface OptionSpec {
  /** `boolean` for a flag (default false), `string` for an option that takes a value. */
  type: "boolean" | "string";
  /** A one-letter alias, e.g. `f` for `-f`. */
  short?: string;
  /** What the option does, for `--help`. */
  description: string;
  /** For a string option: the allowed values; the first is the default. */
  choices?: readonly string[];
}

/** The parsed command line a command runs with. */
export interface CommandInput {
  /** The positional arguments, in order. */
  positionals: string[];
  /** Option values by long name: flags are `true`/`false`; a string option with choices always has a value. */
  options: Readonly<Record<string, string | boolean | undefined>>;
}

/**
 * A verb of the `tvaers` command. Adding a verb means writing one object of this shape in
 * `src/commands/<name>.ts` and listing it in `src/registry.ts`; parsing, `--help` and exit codes
 * come from the dispatcher.
 */
export interface Command {
  /** The verb, e.g. `summary`. */
  name: string;
  /** One line for the command list in `tvaers --help`. */
  summary: string;
  /** A paragraph for `tvaers <verb> --help`. */
  description: string;
  /** The positional arguments, e.g. `["<in>", "<out>"]`; all are required. */
  arguments: readonly string[];
  /** Whether the last argument may repeat (`<file…>`). */
  variadic?: boolean;
  /** Options by long name (`--help` is added by the dispatcher). */
  options: Readonly<Record<string, OptionSpec>>;
  /** Real command lines, shown under "Examples". */
  examples: readonly string[];
  /**
   * Does the work and returns the exit code (0 ok, 1 invalid input). Throws `TvaersInputError`
   * for bad input and `UsageError` for a bad command line; the dispatcher reports both.
   */
  run(input: CommandInput, io: Io): Promise<number>;
}

/** The verbs `tvaers` knows, in the order `tvaers --help` lists them. */
export type CommandRegistry = readonly Command[];
