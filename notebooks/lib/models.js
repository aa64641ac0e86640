/**
 * Collaboration models and criteria for the notebooks: the model documents in data/models and the
 * criteria documents in data/criteria (bundled as assets and fetched from the notebook's own
 * server), and the names a reader sees for the parts of a relevance score (stakeholders, criteria,
 * the inputs of a tornado).
 */
import { labelText, parseJsonText } from "@tvaers/model";
import { parseCriteria, parseModel } from "@tvaers/stakeholders";

const modelUrls = import.meta.glob("../../data/models/*.json", {
  query: "?url",
  import: "default",
  eager: true,
});
const criteriaUrls = import.meta.glob("../../data/criteria/*.json", {
  query: "?url",
  import: "default",
  eager: true,
});

/** File name and address of each entry of a glob, by file name. */
const files = (urls) =>
  Object.entries(urls)
    .map(([path, url]) => ({ file: path.split("/").pop(), url }))
    .sort((a, b) => a.file.localeCompare(b.file));

/** The criteria documents: file name and address. */
export const CRITERIA_FILES = files(criteriaUrls);

const fetched = new Map();

/** Fetches and parses one file with `parse` (once per page). */
function load(url, file, parse) {
  if (!fetched.has(url)) {
    fetched.set(
      url,
      fetch(url).then(async (response) => {
        if (!response.ok) throw new Error(`${file}: the server answered ${response.status}`);
        return parse(parseJsonText(await response.text(), file), { file });
      }),
    );
  }
  return fetched.get(url);
}

/** Every model of data/models, validated, in file order. */
export function loadModels() {
  return Promise.all(files(modelUrls).map(({ file, url }) => load(url, file, parseModel)));
}

/** The criteria document `file` of data/criteria, validated. */
export function loadCriteria(file) {
  const entry = CRITERIA_FILES.find((c) => c.file === file);
  if (entry === undefined) throw new Error(`there is no criteria file ${file}`);
  return load(entry.url, file, parseCriteria);
}

/**
 * Names for the parts of a score in `locale`: stakeholders (from the stakeholder document), criteria
 * and models; ids they do not know are shown as they are.
 */
export function scoreNames({ stakeholders, criteria, models }, locale) {
  const lookup = (items) => {
    const names = new Map(items.map((item) => [item.id, labelText(item.label, locale) || item.id]));
    return (id) => names.get(id) ?? id;
  };
  return {
    stakeholder: lookup(stakeholders),
    criterion: lookup(criteria),
    model: lookup(models),
  };
}

/**
 * The rows of a tornado diagram for one model of `tornado` (@tvaers/stakeholders): each bar named in
 * words (`texts.stakeholderWeight(name)`, `texts.criterionWeight(stakeholder, criterion)`,
 * `texts.impact(stakeholder, criterion)`), with the model's score at the lowered and raised input.
 */
export function tornadoRows(modelTornado, names, texts) {
  return modelTornado.bars.map((bar) => ({
    label:
      bar.parameter === "stakeholder-weight"
        ? texts.stakeholderWeight(names.stakeholder(bar.stakeholder))
        : bar.parameter === "criterion-weight"
          ? texts.criterionWeight(names.stakeholder(bar.stakeholder), names.criterion(bar.criterion))
          : texts.impact(names.stakeholder(bar.stakeholder), names.criterion(bar.criterion)),
    low: bar.low.score,
    high: bar.high.score,
  }));
}
