import type { CommandRegistry } from "./command.js";
import { analyze } from "./commands/analyze.js";
import { convert } from "./commands/convert.js";
import { diff } from "./commands/diff.js";
import { evaluate } from "./commands/evaluate.js";
import { forums } from "./commands/forums.js";
import { gaps } from "./commands/gaps.js";
import { generate } from "./commands/generate.js";
import { handoffs } from "./commands/handoffs.js";
import { score } from "./commands/score.js";
import { stakeholders } from "./commands/stakeholders.js";
import { summary } from "./commands/summary.js";
import { validate } from "./commands/validate.js";

/** Every verb of `tvaers`, in the order `tvaers --help` lists them. A new verb is one more line here. */
export const COMMANDS: CommandRegistry = [
  validate,
  summary,
  convert,
  analyze,
  stakeholders,
  evaluate,
  score,
  handoffs,
  gaps,
  generate,
  forums,
  diff,
];
