/**
 * The checks of a stakeholder document that its schema cannot make: every id used once, every value
 * on its attribute's scale, a provenance only for a value that is there, and, when a network is
 * given, every actor link naming an actor of that network. They run on whatever could be read, so a
 * document that also fails its schema still gets every one of these problems in the same round.
 */
import { formatPath, type Locate, type Problem, type Scale, ScaleSchema } from "@tvaers/model";
import { DEFAULT_SCALES, formatScale, type Scales, STAKEHOLDER_ATTRIBUTES } from "./scales.js";

/** The network a document's actor links refer to: its actor ids and, for messages, its name. */
export interface LinkedNetwork {
  actors: readonly { id: string }[];
  name?: string;
}

/** Options of {@link checkStakeholders}. */
export interface CheckOptions {
  /** The network whose actors `actors` links name; without it links are not checked. */
  network?: LinkedNetwork;
  /** The file name shown in problems. */
  file?: string;
  /** Maps a JSON path to a file and line (the CSV reader knows each stakeholder's row). */
  locate?: Locate;
}

/** Makes problems at JSON paths, with the file and line the options give. */
type Report = (path: (string | number)[], field: string, message: string) => Problem;

function reporter(options: CheckOptions): Report {
  return (path, field, message) => ({
    ...(options.file === undefined ? {} : { file: options.file }),
    path: formatPath(path),
    field,
    message,
    ...options.locate?.(path),
  });
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** The scales a loose document declares: each valid declared scale, else the default. */
function looseScales(doc: Loose): Scales {
  const out: Record<string, Scale> = { ...DEFAULT_SCALES };
  const declared = isObject(doc.scales) ? doc.scales : {};
  for (const attribute of STAKEHOLDER_ATTRIBUTES) {
    const parsed = ScaleSchema.safeParse(declared[attribute]);
    if (parsed.success) out[attribute] = parsed.data;
  }
  return out as Scales;
}

/** Problems with the values and provenance of one stakeholder. */
function checkValues(item: Loose, index: number, scales: Scales, report: Report): Problem[] {
  const problems: Problem[] = [];
  const provenance = isObject(item.provenance) ? item.provenance : {};
  for (const attribute of STAKEHOLDER_ATTRIBUTES) {
    const value = item[attribute];
    const scale = scales[attribute];
    if (typeof value === "number" && Number.isFinite(value) && (value < scale.min || value > scale.max)) {
      problems.push(
        report(
          ["stakeholders", index, attribute],
          attribute,
          `${attribute} ${value} is outside the scale ${formatScale(scale)}`,
        ),
      );
    }
    if (provenance[attribute] !== undefined && (value === undefined || value === null)) {
      problems.push(
        report(
          ["stakeholders", index, "provenance", attribute],
          attribute,
          `the provenance of ${attribute} is given, but ${attribute} has no value`,
        ),
      );
    }
  }
  return problems;
}

/** Problems with the actor links of one stakeholder. */
function checkLinks(
  item: Loose,
  index: number,
  network: LinkedNetwork,
  actors: ReadonlySet<string>,
  report: Report,
): Problem[] {
  if (!Array.isArray(item.actors)) return [];
  const where = network.name === undefined ? "the network" : `the network "${network.name}"`;
  return item.actors.flatMap((actor, k): Problem[] =>
    typeof actor === "string" && !actors.has(actor)
      ? [
          report(
            ["stakeholders", index, "actors", k],
            "actors",
            `actor "${actor}" is not an actor in ${where}`,
          ),
        ]
      : [],
  );
}

/**
 * Checks a stakeholder document, read as loosely as possible (it may have failed its schema):
 * duplicate ids, values outside their scale, provenance without a value and, with `network`, actor
 * links to actors the network does not have. Returns the problems with JSON paths (and the file and
 * line the options give).
 */
export function checkStakeholders(value: unknown, options: CheckOptions = {}): Problem[] {
  if (!isObject(value) || !Array.isArray(value.stakeholders)) return [];
  const scales = looseScales(value);
  const report = reporter(options);
  const actors = new Set(options.network?.actors.map((a) => a.id));
  const firstIndex = new Map<string, number>();
  const problems: Problem[] = [];
  value.stakeholders.forEach((item: unknown, index) => {
    if (!isObject(item)) return;
    if (typeof item.id === "string") {
      const first = firstIndex.get(item.id);
      if (first === undefined) firstIndex.set(item.id, index);
      else {
        problems.push(
          report(
            ["stakeholders", index, "id"],
            "id",
            `id "${item.id}" is used twice (also by stakeholders[${first}])`,
          ),
        );
      }
    }
    problems.push(...checkValues(item, index, scales, report));
    if (options.network !== undefined) {
      problems.push(...checkLinks(item, index, options.network, actors, report));
    }
  });
  return problems;
}
