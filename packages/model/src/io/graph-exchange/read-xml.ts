/**
 * Opening an XML file as a GEXF or GraphML document: syntax errors and files of another kind become
 * plain-language {@link TvaersInputError}s with the file and line, and a few helpers walk the tree.
 */
import { TvaersInputError } from "../../errors/input-error.js";
import type { Problem } from "../../errors/problem.js";
import { parseXml, type XmlElement, XmlSyntaxError } from "./xml-parse.js";

/** Options of the GEXF and GraphML readers. */
export interface GraphFileReadOptions {
  /** The file name shown in problems and warnings. */
  file?: string;
  /**
   * Called with each warning: something the reader filled in rather than refused, such as actors
   * without a sector in a file made by another tool.
   */
  onWarning?: (warning: Problem) => void;
}

/** A graph exchange format and the name of its root element. */
export interface XmlFormat {
  /** The format's name in messages, e.g. `GEXF`. */
  name: string;
  /** The root element's local name, e.g. `gexf`. */
  root: string;
}

const KNOWN_ROOTS: Record<string, string> = { gexf: "GEXF", graphml: "GraphML", log: "XES event log" };

/** Parses `text` as XML and checks that its root element is the format's. */
export function readXml(text: string, format: XmlFormat, file: string | undefined): XmlElement {
  const withFile = file === undefined ? {} : { file };
  const fail = (message: string, line?: number): never => {
    throw new TvaersInputError([{ ...withFile, ...(line !== undefined && { line }), message }]);
  };
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (start === "") fail("the file is empty");
  if (!start.startsWith("<")) {
    fail(`this is not a ${format.name} file: ${format.name} is XML text that starts with "<"`);
  }
  let root: XmlElement | undefined;
  try {
    root = parseXml(text);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    fail(`the XML is broken here: ${error.message}`, error.line);
  }
  if (root!.local !== format.root) {
    const other = Object.hasOwn(KNOWN_ROOTS, root!.local) ? KNOWN_ROOTS[root!.local] : undefined;
    fail(
      other !== undefined
        ? `this is a ${other} file, not ${format.name}`
        : `this is not a ${format.name} file: its root element is <${root!.name}>, not <${format.root}>`,
      root!.line,
    );
  }
  return root!;
}

/** The child elements of `parent` with a local name, in the parent's namespace (so `viz:color` is not `color`). */
export function childrenNamed(parent: XmlElement, local: string): XmlElement[] {
  return parent.children.filter((c) => c.local === local && c.ns === parent.ns);
}

/** The first child element of `parent` with a local name, in the parent's namespace. */
export function childNamed(parent: XmlElement, local: string): XmlElement | undefined {
  return parent.children.find((c) => c.local === local && c.ns === parent.ns);
}
