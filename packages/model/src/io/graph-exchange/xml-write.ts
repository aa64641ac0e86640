/**
 * Writing XML text: escaping that survives a round trip through any conforming XML reader, tag
 * helpers, and a check for characters XML 1.0 cannot carry at all.
 */
import { TvaersInputError } from "../../errors/input-error.js";
import { formatPath, type Problem } from "../../errors/problem.js";

const TEXT_SPECIALS = /[&<>\r]/g;
const ATTRIBUTE_SPECIALS = /[&<>"'\r\n\t]/g;
const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\r": "&#13;",
  "\n": "&#10;",
  "\t": "&#9;",
};
const escapeOne = (c: string) => ESCAPES[c] ?? c;

/** Escapes element text. Carriage returns become `&#13;`, since readers turn a literal one into a line feed. */
function escapeText(text: string): string {
  return text.replace(TEXT_SPECIALS, escapeOne);
}

/** Escapes an attribute value. Tabs and line breaks become references, since readers turn literal ones into spaces. */
function escapeAttribute(value: string): string {
  return value.replace(ATTRIBUTE_SPECIALS, escapeOne);
}

/** Attributes of a tag, in order; entries whose value is `undefined` are left out. */
export type XmlAttributes = readonly (readonly [name: string, value: string | undefined])[];

function attributeText(attributes: XmlAttributes): string {
  return attributes
    .filter((a): a is readonly [string, string] => a[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join("");
}

/** A start tag such as `<node id="a">`, or an empty-element tag `<node id="a"/>` when `empty`. */
export function startTag(name: string, attributes: XmlAttributes = [], empty = false): string {
  return `<${name}${attributeText(attributes)}${empty ? "/>" : ">"}`;
}

/** An element holding only text, such as `<data key="n0">Thisted</data>`. */
export function textElement(name: string, attributes: XmlAttributes, text: string): string {
  return `${startTag(name, attributes)}${escapeText(text)}</${name}>`;
}

/** Characters XML 1.0 cannot hold, even escaped: most control characters, lone surrogates, U+FFFE and U+FFFF. */
const UNWRITABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding these control characters is the purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Throws a {@link TvaersInputError} naming every text (value or attribute name) in `value` that holds
 * a character XML 1.0 cannot carry, so that writing never produces a file other tools reject.
 */
export function assertWritableAsXml(value: unknown, format: string): void {
  const problems: Problem[] = [];
  const visit = (v: unknown, path: (string | number)[]) => {
    const check = (text: string, where: (string | number)[], what: string) => {
      const m = UNWRITABLE.exec(text);
      if (!m) return;
      const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
      const last = where[where.length - 1];
      problems.push({
        path: formatPath(where),
        ...(typeof last === "string" && { field: last }),
        message: `${what} contains the character U+${code}, which ${format} files cannot hold; remove it`,
      });
    };
    if (typeof v === "string") check(v, path, "the text");
    else if (Array.isArray(v)) {
      for (const [i, item] of v.entries()) visit(item, [...path, i]);
    } else if (v !== null && typeof v === "object") {
      for (const key of Object.keys(v)) {
        check(key, [...path, key], "the name");
        visit((v as Record<string, unknown>)[key], [...path, key]);
      }
    }
  };
  visit(value, []);
  if (problems.length > 0)
    throw new TvaersInputError(problems, `this network cannot be written as ${format}`);
}
