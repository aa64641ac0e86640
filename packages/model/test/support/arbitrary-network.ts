/**
 * A fast-check arbitrary of valid, parsed network documents, shared by the property tests of every
 * file format. Each value equals what `parseNetwork` returns for it: defaults are filled in (`weight`,
 * `directed`, `qualityScale`, `clusters`, `organisations`, `ties`), absent optional fields are absent
 * keys, and every cross-reference rule holds (unique ids, existing references, an actor's sector is
 * its organisation's sector, no tie from an actor to itself, quality inside the quality scale).
 *
 * Text is deliberately awkward: Danish letters, quotes, commas, semicolons, line breaks, tabs, XML
 * special characters, leading zeros ("007") and strings that look like numbers or booleans. Attribute
 * keys include `__proto__`, `constructor`, `toString`, core field names, keys with spaces or colons
 * and the empty key; attribute values cover every JSON type. Text never holds characters that XML 1.0
 * cannot carry (C0 controls other than tab, line feed and carriage return, lone surrogates), and
 * numbers are never `-0` (JSON text cannot write it).
 */
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { expect } from "vitest";
import {
  type Actor,
  type Attributes,
  type AttributeValue,
  type Cluster,
  DEFAULT_QUALITY_SCALE,
  isReservedId,
  type Label,
  NETWORK_FORMAT,
  type NetworkDocument,
  type Organisation,
  type Scale,
  type Sector,
  safeRecord,
  TIE_KINDS,
  type Tie,
} from "../../src/index.js";

/** Size limits of {@link arbitraryNetwork}. */
export interface ArbitraryNetworkOptions {
  /** Most actors in a document (default 15). */
  maxActors?: number;
  /** Most ties in a document (default 25). */
  maxTies?: number;
}

const FRAGMENTS = [
  "æ",
  "ø",
  "å",
  "Æ",
  "Ø",
  "Å",
  "Sygehus Thisted",
  "Morsø Kommune",
  '"',
  "'",
  ",",
  ";",
  ":",
  "\n",
  "\r\n",
  "\r",
  "\t",
  " ",
  "  ",
  "007",
  "0",
  "1.5",
  "true",
  "null",
  "<",
  ">",
  "&",
  "&amp;",
  "]]>",
  "-->",
  "\\",
  "{}",
  "[1]",
  "é",
  "ü",
  "🏥",
];

/** Awkward text, possibly empty. */
const text = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ minLength: 1, maxLength: 6 })), { maxLength: 4 })
  .map((parts) => parts.join(""));

/** Non-empty awkward text. */
const nonEmptyText = text.filter((s) => s.length > 0);

/** Strings that look like other JSON types. */
const lookalike = fc.constantFrom("007", "42", "-3.5", "1e3", "0x1F", "true", "false", "null", "NaN", "");

/** An identifier: non-empty, no surrounding spaces, not a reserved name such as `__proto__` (rejected by the schema). */
const id = fc
  .oneof(
    { weight: 3, arbitrary: nonEmptyText },
    fc.constantFrom("007", "a:b", "Skive Kommune", "1", "true", "__proto__x"),
  )
  .filter((s) => s.length > 0 && s.trim() === s && !isReservedId(s));

/** Records with `Object.prototype`, like parsed JSON (fast-check defaults to null-prototype records). */
const plain = { noNullPrototype: true } as const;

const label: fc.Arbitrary<Label> = fc.oneof(
  { weight: 2, arbitrary: nonEmptyText },
  fc.record({ en: nonEmptyText, da: nonEmptyText }, plain),
  fc.record({ en: nonEmptyText }, plain),
  fc.record({ da: nonEmptyText }, plain),
);

const attributeKey = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "toString",
    "hasOwnProperty",
    "valueOf",
    "label",
    "sector",
    "organisation",
    "cluster",
    "kind",
    "id",
    "weight",
    "directed",
    "channel",
    "quality",
    "source",
    "target",
    "type",
    "x:y",
    "with space",
    "007",
    "",
  ),
  text,
);

const number = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(0.1, 2.5, -3.75, 1e21, 5e-7, Number.MAX_SAFE_INTEGER),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
);

/** A record with own-property keys (so `__proto__` stays a key). */
function record<V>(value: fc.Arbitrary<V>, maxKeys: number): fc.Arbitrary<Record<string, V>> {
  return fc
    .uniqueArray(fc.tuple(attributeKey, value), { selector: ([k]) => k, maxLength: maxKeys })
    .map((entries) => safeRecord(entries));
}

const { value: attributeValue } = fc.letrec<{ value: AttributeValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", maxDepth: 3 },
    text,
    lookalike,
    number,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    record(tie("value"), 3),
  ),
}));

const attributes: fc.Arbitrary<Attributes> = record(attributeValue, 5);

/** An optional value: `undefined` stands for an absent key. */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

/** Drops keys whose value is `undefined`, as parsing does for absent optional fields. */
function present<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const pick = (n: number) => fc.nat({ max: 1000 }).map((i) => i % Math.max(n, 1));

const scale: fc.Arbitrary<Scale> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(DEFAULT_QUALITY_SCALE) },
  fc
    .record({
      min: fc.integer({ min: -10, max: 10 }),
      span: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.double({ min: 0.5, max: 100, noNaN: true })),
      label: maybe(nonEmptyText),
    })
    .map(({ min, span, label: l }) => present({ min, max: min + span, label: l })),
);

const source = fc.oneof(
  nonEmptyText,
  fc
    .record({ title: nonEmptyText, url: maybe(text), note: maybe(text) })
    .map((s) => present(s) as { title: string; url?: string; note?: string }),
);

/**
 * Valid, parsed network documents with 0 to `maxActors` actors and 0 to `maxTies` ties, including
 * several ties between the same pair of actors.
 *
 * @example
 * fc.assert(fc.property(arbitraryNetwork(), (doc) => expect(parseGexf(toGexf(doc))).toStrictEqual(doc)));
 */
export function arbitraryNetwork(options: ArbitraryNetworkOptions = {}): fc.Arbitrary<NetworkDocument> {
  const maxActors = options.maxActors ?? 15;
  const maxTies = options.maxTies ?? 25;
  const skeleton = fc.record({
    name: nonEmptyText,
    description: maybe(text),
    sources: maybe(fc.array(source, { maxLength: 3 })),
    qualityScale: scale,
    sectors: fc.uniqueArray(fc.record({ id, label, description: maybe(text) }), {
      selector: (s) => s.id,
      minLength: 1,
      maxLength: 4,
    }),
    clusters: fc.uniqueArray(fc.record({ id, label, region: maybe(text), description: maybe(text) }), {
      selector: (c) => c.id,
      maxLength: 3,
    }),
    organisations: fc.uniqueArray(
      fc.record({ id, label, sector: pick(4), cluster: maybe(pick(3)), description: maybe(text) }),
      { selector: (o) => o.id, maxLength: 4 },
    ),
    actors: fc.uniqueArray(
      fc.record({
        id,
        label,
        sector: pick(4),
        organisation: maybe(pick(4)),
        cluster: maybe(pick(3)),
        kind: maybe(id),
        attributes: maybe(attributes),
      }),
      { selector: (a) => a.id, maxLength: maxActors },
    ),
    tieIds: fc.uniqueArray(id, { minLength: maxTies, maxLength: maxTies }),
    ties: fc.array(
      fc.record({
        withId: fc.boolean(),
        samePairAsPrevious: fc.boolean(),
        source: pick(maxActors),
        target: pick(maxActors),
        kind: fc.constantFrom(...TIE_KINDS),
        weight: fc.oneof(fc.constant(1), fc.nat({ max: 500 }), fc.double({ min: 0, max: 1e6, noNaN: true })),
        directed: fc.boolean(),
        channel: maybe(nonEmptyText),
        quality: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
        attributes: maybe(attributes),
      }),
      { maxLength: maxTies },
    ),
    withEmptyOptionals: fc.boolean(),
  });

  return skeleton.map((s): NetworkDocument => {
    const sectors: Sector[] = s.sectors.map((x) => present(x));
    const clusters: Cluster[] = s.clusters.map((x) => present(x));
    const organisations: Organisation[] = s.organisations.map((o) =>
      present({
        id: o.id,
        label: o.label,
        sector: sectors[o.sector % sectors.length]!.id,
        cluster:
          o.cluster === undefined || clusters.length === 0
            ? undefined
            : clusters[o.cluster % clusters.length]!.id,
        description: o.description,
      }),
    );
    const actors: Actor[] = s.actors.map((a) => {
      const organisation =
        a.organisation === undefined || organisations.length === 0
          ? undefined
          : organisations[a.organisation % organisations.length];
      return present({
        id: a.id,
        label: a.label,
        sector: organisation?.sector ?? sectors[a.sector % sectors.length]!.id,
        organisation: organisation?.id,
        cluster:
          a.cluster === undefined || clusters.length === 0
            ? undefined
            : clusters[a.cluster % clusters.length]!.id,
        kind: a.kind,
        attributes: a.attributes,
      });
    });
    const n = actors.length;
    const { min, max } = s.qualityScale;
    const ties: Tie[] = [];
    if (n >= 2) {
      s.ties.forEach((t, i) => {
        const previous = ties[ties.length - 1];
        const source = t.samePairAsPrevious && previous ? previous.source : actors[t.source % n]!.id;
        const sourceIndex = actors.findIndex((a) => a.id === source);
        const target =
          t.samePairAsPrevious && previous
            ? previous.target
            : actors[(sourceIndex + 1 + (t.target % (n - 1))) % n]!.id;
        const quality =
          t.quality === undefined ? undefined : Math.min(max, Math.max(min, min + t.quality * (max - min)));
        ties.push(
          present({
            id: t.withId ? s.tieIds[i] : undefined,
            source,
            target,
            kind: t.kind,
            weight: t.weight,
            directed: t.directed,
            channel: t.channel,
            quality,
            attributes: t.attributes,
          }),
        );
      });
    }
    return present({
      format: NETWORK_FORMAT,
      name: s.name,
      description: s.description,
      sources: s.sources,
      qualityScale: s.qualityScale,
      sectors: n === 0 && s.withEmptyOptionals ? [] : sectors,
      clusters,
      organisations: n === 0 && s.withEmptyOptionals ? [] : organisations,
      actors,
      ties,
    });
  });
}

/**
 * Asserts that two documents are deeply and strictly equal: same own keys (an absent key differs from
 * one set to `undefined`), same values and prototypes. Use it instead of vitest's `toStrictEqual`,
 * which compares `a.constructor` and so fails on an attribute named `constructor`.
 */
export function expectSameDocument(actual: unknown, expected: NetworkDocument): void {
  expect(actual).toEqual(expected);
  expect(isDeepStrictEqual(actual, expected)).toBe(true);
}
