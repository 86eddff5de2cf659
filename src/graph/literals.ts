// Literal construction that is always safe to serialize.
import { DataFactory } from 'n3';
import type { Literal } from 'n3';
import { xsd } from './vocab.js';

// Lone surrogates, and the noncharacters U+FFFE and U+FFFF: n3 writes the latter as `\uFFFF`
// escapes in N-Triples, which rapper (raptor2) rejects as illegal code points.
const NOT_TEXT = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;

/**
 * Lone surrogates cannot be encoded in UTF-8 nor escaped in Turtle, and U+FFFE/U+FFFF are not
 * text; each becomes U+FFFD, which keeps the length (offsets stay valid).
 */
export function wellFormed(text: string): string {
  return text.replace(NOT_TEXT, '\ufffd');
}

export function str(value: string): Literal {
  return DataFactory.literal(wellFormed(value));
}

export function fr(value: string): Literal {
  return DataFactory.literal(wellFormed(value), 'fr');
}

export function int(value: number): Literal {
  return DataFactory.literal(String(value), xsd('integer'));
}

/** A coordinate in degrees as xsd:decimal, to GeoNames' precision (five places, about a metre). */
export function degrees(value: number): Literal {
  return DataFactory.literal(value.toFixed(5), xsd('decimal'));
}

/** Typed ISO date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), or null when the text is not one. */
export function isoDate(value: string): Literal | null {
  const v = value.trim();
  if (/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(v)) return DataFactory.literal(v, xsd('date'));
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(v)) return DataFactory.literal(v, xsd('gYearMonth'));
  if (/^\d{4}$/.test(v)) return DataFactory.literal(v, xsd('gYear'));
  return null;
}

// RFC 3987 character classes. Strict parsers (oxigraph, rapper) reject IRIs outside them, e.g.
// a noncharacter or private-use character in a path, a bad `%` escape or a second `#`.
const UCSCHAR =
  '\\u00a0-\\ud7ff\\uf900-\\ufdcf\\ufdf0-\\uffef\\u{10000}-\\u{1fffd}\\u{20000}-\\u{2fffd}\\u{30000}-\\u{3fffd}' +
  '\\u{40000}-\\u{4fffd}\\u{50000}-\\u{5fffd}\\u{60000}-\\u{6fffd}\\u{70000}-\\u{7fffd}\\u{80000}-\\u{8fffd}' +
  '\\u{90000}-\\u{9fffd}\\u{a0000}-\\u{afffd}\\u{b0000}-\\u{bfffd}\\u{c0000}-\\u{cfffd}\\u{d0000}-\\u{dfffd}\\u{e1000}-\\u{efffd}';
const IPRIVATE = '\\ue000-\\uf8ff\\u{f0000}-\\u{ffffd}\\u{100000}-\\u{10fffd}';
const PCT = '%[0-9A-Fa-f]{2}';
const UNRESERVED = `A-Za-z0-9\\-._~${UCSCHAR}`;
const SUB_DELIMS = "!$&'()*+,;=";
const IPCHAR = `(?:[${UNRESERVED}${SUB_DELIMS}:@]|${PCT})`;
const AUTHORITY = `(?:(?:[${UNRESERVED}${SUB_DELIMS}:]|${PCT})*@)?(?:\\[[0-9A-Fa-f:.]+\\]|(?:[${UNRESERVED}${SUB_DELIMS}]|${PCT})*)(?::[0-9]*)?`;
const IRI = new RegExp(
  `^[A-Za-z][A-Za-z0-9+.-]*:(?://${AUTHORITY}(?:/${IPCHAR}*)*|(?!//)(?:${IPCHAR}|/)*)` +
    `(?:\\?(?:${IPCHAR}|[${IPRIVATE}/?])*)?(?:#(?:${IPCHAR}|[/?])*)?$`,
  'u',
);

/**
 * An absolute IRI (RFC 3987) that Turtle, N-Triples and SPARQL can all carry between angle
 * brackets, and that strict parsers accept.
 */
export function isSafeIri(value: string): boolean {
  return wellFormed(value) === value && IRI.test(value);
}
