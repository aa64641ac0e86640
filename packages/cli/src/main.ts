import { isTvaersInputError } from "@tvaers/model";
import type { CommandRegistry, Io } from "./command.js";
import { EXIT } from "./exit-codes.js";
import { countProblems, formatProblemTable } from "./format/problems.js";
import { commandHelp, topLevelHelp } from "./help.js";
import { parseCommandLine, wantsHelp } from "./parse.js";
import { COMMANDS } from "./registry.js";
import { UsageError } from "./usage-error.js";
import { version } from "./version.js";

const PROCESS_IO: Io = { stdout: process.stdout, stderr: process.stderr };

/** Finds the verb and runs it; anything thrown is reported by {@link main}. */
async function dispatch(argv: readonly string[], io: Io, commands: CommandRegistry): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(topLevelHelp(commands));
    return EXIT.usage;
  }
  if (first === "-h" || first === "--help") {
    io.stdout.write(topLevelHelp(commands));
    return EXIT.ok;
  }
  if (first === "--version") {
    io.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  if (first.startsWith("-")) throw new UsageError(`unknown option ${first}`);
  const command = commands.find((c) => c.name === first);
  if (command === undefined) throw new UsageError(`unknown command "${first}"`);
  if (wantsHelp(rest)) {
    io.stdout.write(commandHelp(command));
    return EXIT.ok;
  }
  return command.run(parseCommandLine(command, rest), io);
}

/**
 * Runs the `tvaers` command line and returns its exit code: 0 done, 1 invalid input (every problem
 * is listed as a table), 2 a command line that cannot be run (with a hint to `--help`), 70 an
 * internal error (a short message; the stack trace only when `TVAERS_DEBUG=1`). Never throws.
 *
 * @param argv The arguments after the program name, e.g. `["summary", "klynge-vest.json"]`.
 * @param io Where to write (default: the process's stdout and stderr).
 * @param commands The verbs to offer (default: every built-in verb).
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2));
 */
export async function main(
  argv: readonly string[],
  io: Io = PROCESS_IO,
  commands: CommandRegistry = COMMANDS,
): Promise<number> {
  const first = argv[0];
  const verb = commands.some((c) => c.name === first) ? ` ${first}` : "";
  try {
    return await dispatch(argv, io, commands);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`tvaers${verb}: ${error.message}\nRun "tvaers${verb} --help" for usage.\n`);
      return EXIT.usage;
    }
    if (isTvaersInputError(error)) {
      const { problems } = error;
      io.stderr.write(`tvaers${verb}: ${countProblems(problems)} in the input\n\n`);
      io.stderr.write(`${formatProblemTable(problems)}\n`);
      return EXIT.invalidInput;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(`tvaers${verb}: internal error: ${detail}\n`);
    if (process.env.TVAERS_DEBUG === "1" && error instanceof Error && error.stack !== undefined) {
      io.stderr.write(`${error.stack}\n`);
    } else {
      io.stderr.write("This is a bug in tvaers. Run again with TVAERS_DEBUG=1 to see where it happened.\n");
    }
    return EXIT.internal;
  }
}
