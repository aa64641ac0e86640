/**
 * A small, strict XML reader for GEXF and GraphML files. It runs the same in Node and in browsers,
 * records the line of every element, and reports the first syntax error with its line. It never
 * expands entities declared in a file's DOCTYPE (no external entities, no entity expansion bombs):
 * only the five predefined entities and character references are decoded.
 *
 * Why not a DOMParser: Node has none, and graphology-gexf and graphology-graphml take the browser's
 * global one or `@xmldom/xmldom` in Node. The two differ in how they report errors (an error
 * document in browsers, callbacks in xmldom), only xmldom gives element lines, and `@xmldom/xmldom`
 * is not a dependency of this package. One reader of our own behaves the same everywhere.
 */

/** An XML element: its name, namespace, attributes, element children and direct text. */
export interface XmlElement {
  /** The qualified name, e.g. `viz:color`. */
  name: string;
  /** The name without its prefix, e.g. `color`. */
  local: string;
  /** The namespace URI the element is in (`""` when none). */
  ns: string;
  /** Attributes by qualified name, in file order. */
  attributes: Map<string, string>;
  /** Element children, in file order. */
  children: XmlElement[];
  /** The element's own text (character data and CDATA sections), without its children's text. */
  text: string;
  /** 1-based line where the element starts. */
  line: number;
}

/** A syntax error in an XML text, with the line where it was found. */
export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const NAME = /[^\s<>/=!?"'&]+/y;
const SPACE = /[ \t\n]*/y;
const PREDEFINED = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
]);

/** Parses an XML text into its root element, or throws {@link XmlSyntaxError}. */
export function parseXml(input: string): XmlElement {
  const src = (input.startsWith("\uFEFF") ? input.slice(1) : input).replace(/\r\n?/g, "\n");
  const lineStarts = [0];
  for (let i = src.indexOf("\n"); i !== -1; i = src.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const fail = (message: string, offset: number): never => {
    throw new XmlSyntaxError(message, lineAt(Math.min(offset, src.length)));
  };
  const declared = new Set<string>();
  let pos = 0;

  const skipSpace = () => {
    SPACE.lastIndex = pos;
    SPACE.exec(src);
    pos = SPACE.lastIndex;
  };
  const readName = (what: string): string => {
    NAME.lastIndex = pos;
    const m = NAME.exec(src);
    if (!m) fail(`expected ${what}`, pos);
    pos = NAME.lastIndex;
    return m![0];
  };
  const skipPast = (end: string, what: string) => {
    const at = src.indexOf(end, pos);
    if (at === -1) fail(`${what} is never closed`, pos);
    pos = at + end.length;
  };
  const decode = (raw: string, offset: number): string => {
    if (!raw.includes("&")) return raw;
    return raw.replace(/&([^\s&;<]*)(;?)/g, (_m, name: string, semi: string, at: number) => {
      const where = offset + at;
      if (name === "" || semi === "") fail('a "&" must start a reference such as &amp;', where);
      if (name.startsWith("#")) {
        const code = /^#x[0-9a-fA-F]+$/.test(name)
          ? Number.parseInt(name.slice(2), 16)
          : /^#[0-9]+$/.test(name)
            ? Number.parseInt(name.slice(1), 10)
            : Number.NaN;
        if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) {
          fail(`&${name}; is not a valid character`, where);
        }
        return String.fromCodePoint(code);
      }
      const known = PREDEFINED.get(name);
      if (known !== undefined) return known;
      return fail(
        declared.has(name)
          ? `the file uses the entity &${name}; declared in its DOCTYPE; for safety, entities declared in a file are never expanded`
          : `&${name}; is not a known entity`,
        where,
      );
    });
  };
  const misc = () => {
    for (;;) {
      skipSpace();
      if (src.startsWith("<?", pos)) skipPast("?>", "a processing instruction (<?)");
      else if (src.startsWith("<!--", pos)) skipPast("-->", "a comment (<!--)");
      else return;
    }
  };
  const doctype = () => {
    const start = pos;
    pos += "<!DOCTYPE".length;
    let quote = "";
    let subset = -1;
    for (; pos < src.length; pos++) {
      const c = src[pos]!;
      if (quote !== "") {
        if (c === quote) quote = "";
      } else if (c === '"' || c === "'") quote = c;
      else if (src.startsWith("<!--", pos)) {
        skipPast("-->", "a comment (<!--)");
        pos -= 1;
      } else if (c === "[") subset = pos;
      else if (c === "]" && subset !== -1) {
        for (const m of src.slice(subset, pos).matchAll(/<!ENTITY\s+(?:%\s+)?([^\s"'>]+)/g))
          declared.add(m[1]!);
        subset = -1;
      } else if (c === ">" && subset === -1) {
        pos += 1;
        return;
      }
    }
    fail("the DOCTYPE declaration is never closed", start);
  };
  const attributes = (el: XmlElement) => {
    for (;;) {
      skipSpace();
      const c = src[pos];
      if (c === ">" || c === "/" || c === undefined) return;
      const name = readName("an attribute name");
      skipSpace();
      if (src[pos] !== "=") fail(`attribute ${name} has no value (expected =)`, pos);
      pos += 1;
      skipSpace();
      const quote = src[pos];
      if (quote !== '"' && quote !== "'") fail(`the value of attribute ${name} must be in quotes`, pos);
      const end = src.indexOf(quote!, pos + 1);
      if (end === -1) fail(`the value of attribute ${name} is never closed`, pos);
      const raw = src.slice(pos + 1, end);
      const lt = raw.indexOf("<");
      if (lt !== -1) fail(`the value of attribute ${name} contains "<"`, pos + 1 + lt);
      if (el.attributes.has(name)) fail(`attribute ${name} appears twice in <${el.name}>`, pos);
      el.attributes.set(name, decode(raw.replace(/[\t\n]/g, " "), pos + 1));
      pos = end + 1;
    }
  };
  const resolve = (el: XmlElement, scope: Map<string, string>): Map<string, string> => {
    let own = scope;
    for (const [name, value] of el.attributes) {
      if (name !== "xmlns" && !name.startsWith("xmlns:")) continue;
      if (own === scope) own = new Map(scope);
      own.set(name === "xmlns" ? "" : name.slice(6), value);
    }
    const colon = el.name.indexOf(":");
    el.local = colon === -1 ? el.name : el.name.slice(colon + 1);
    el.ns = own.get(colon === -1 ? "" : el.name.slice(0, colon)) ?? "";
    return own;
  };

  misc();
  if (src.startsWith("<!DOCTYPE", pos)) {
    doctype();
    misc();
  }
  if (pos >= src.length) fail("the file has no XML content", pos);
  if (src[pos] !== "<" || src[pos + 1] === "!" || src[pos + 1] === "/") fail("expected an XML element", pos);
  const stack: { el: XmlElement; scope: Map<string, string> }[] = [];
  let root: XmlElement | undefined;
  while (root === undefined || stack.length > 0) {
    if (pos >= src.length) {
      const open = stack[stack.length - 1]!.el;
      fail(`the element <${open.name}> that starts on line ${open.line} is never closed`, src.length);
    }
    const top = stack[stack.length - 1];
    if (src[pos] !== "<") {
      const next = src.indexOf("<", pos);
      const end = next === -1 ? src.length : next;
      if (top) top.el.text += decode(src.slice(pos, end), pos);
      pos = end;
    } else if (src.startsWith("</", pos)) {
      const start = pos;
      pos += 2;
      const name = readName("an element name");
      skipSpace();
      if (src[pos] !== ">") fail(`the end tag </${name}> is not closed with ">"`, pos);
      pos += 1;
      if (!top || top.el.name !== name) {
        fail(
          top
            ? `expected </${top.el.name}> (opened on line ${top.el.line}) but found </${name}>`
            : `unexpected </${name}>`,
          start,
        );
      }
      stack.pop();
    } else if (src.startsWith("<!--", pos)) skipPast("-->", "a comment (<!--)");
    else if (src.startsWith("<![CDATA[", pos)) {
      const start = pos + 9;
      skipPast("]]>", "a CDATA section");
      if (top) top.el.text += src.slice(start, pos - 3);
    } else if (src.startsWith("<?", pos)) skipPast("?>", "a processing instruction (<?)");
    else if (src.startsWith("<!", pos)) fail("unexpected <! inside an element", pos);
    else {
      const line = lineAt(pos);
      pos += 1;
      const el: XmlElement = {
        name: readName("an element name"),
        local: "",
        ns: "",
        attributes: new Map(),
        children: [],
        text: "",
        line,
      };
      attributes(el);
      const scope = resolve(el, top?.scope ?? new Map([["xml", "http://www.w3.org/XML/1998/namespace"]]));
      const selfClosing = src.startsWith("/>", pos);
      if (!selfClosing && src[pos] !== ">") fail(`the tag <${el.name}> is not closed with ">"`, pos);
      pos += selfClosing ? 2 : 1;
      if (top) top.el.children.push(el);
      else root = el;
      if (!selfClosing) stack.push({ el, scope });
    }
  }
  misc();
  if (pos < src.length) fail("there is more content after the end of the root element", pos);
  return root;
}
