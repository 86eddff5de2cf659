// Literal construction that is always safe to serialize.
import { DataFactory } from 'n3';
import type { Literal } from 'n3';
import { xsd } from './vocab.js';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Lone surrogates cannot be encoded in UTF-8 nor escaped in Turtle; U+FFFD keeps the length. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
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

/** Typed ISO date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), or null when the text is not one. */
export function isoDate(value: string): Literal | null {
  const v = value.trim();
  if (/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(v)) return DataFactory.literal(v, xsd('date'));
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(v)) return DataFactory.literal(v, xsd('gYearMonth'));
  if (/^\d{4}$/.test(v)) return DataFactory.literal(v, xsd('gYear'));
  return null;
}

/** An absolute IRI that Turtle, N-Triples and SPARQL can all carry between angle brackets. */
export function isSafeIri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:[^\u0000-\u0020<>"{}|\\^`\u007f-\u009f]*$/i.test(value) && wellFormed(value) === value;
}
