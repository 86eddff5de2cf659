// SPARQL 1.1 query results, as the W3C JSON format models them, from any engine (oxigraph,
// Virtuoso, Fuseki, GraphDB), and their serializations: JSON, CSV and TSV per the W3C
// "SPARQL 1.1 Query Results CSV and TSV Formats", and plain rows for tables.
import { defaultPrefixes } from '../graph/writer.js';
import type { Row, Table } from '../query/sparql.js';

export interface RdfTerm {
  type: 'uri' | 'literal' | 'bnode' | 'triple';
  value: string;
  datatype?: string;
  'xml:lang'?: string;
}

export type Binding = Record<string, RdfTerm>;

/** Either a SELECT table (`results`) or an ASK answer (`boolean`). */
export interface SparqlResults {
  head: { vars: string[] };
  results?: { bindings: Binding[] };
  boolean?: boolean;
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

export class ResultsFormatError extends Error {
  override name = 'ResultsFormatError';
}

/**
 * Parses W3C SPARQL results JSON into the canonical shape: `typed-literal` (SPARQL 1.0 era,
 * still sent by Virtuoso) becomes `literal`, extra head/results keys (`link`, `distinct`,
 * `ordered`) are dropped, a missing `vars` is an empty list.
 */
export function parseResultsJson(text: string): SparqlResults {
  let raw: {
    head?: { vars?: unknown };
    results?: { bindings?: unknown };
    boolean?: unknown;
  };
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ResultsFormatError(`not SPARQL results JSON: ${(err as Error).message}`);
  }
  if (!raw || typeof raw !== 'object') throw new ResultsFormatError('not SPARQL results JSON: not an object');
  const vars = Array.isArray(raw.head?.vars) ? (raw.head!.vars as unknown[]).map(String) : [];
  if (typeof raw.boolean === 'boolean') return { head: { vars: [] }, boolean: raw.boolean };
  if (!raw.results || !Array.isArray(raw.results.bindings)) throw new ResultsFormatError('not SPARQL results JSON: no results.bindings');
  const bindings = (raw.results.bindings as Array<Record<string, Record<string, unknown>>>).map((b) => {
    const out: Binding = {};
    for (const [k, t] of Object.entries(b ?? {})) {
      if (!t || typeof t !== 'object') continue;
      const type = t.type === 'typed-literal' ? 'literal' : (t.type as RdfTerm['type']);
      const term: RdfTerm = { type, value: String(t.value ?? '') };
      if (type === 'literal') {
        const lang = t['xml:lang'];
        if (typeof lang === 'string' && lang !== '') term['xml:lang'] = lang;
        else if (typeof t.datatype === 'string' && t.datatype !== '') term.datatype = t.datatype;
      }
      out[k] = term;
    }
    return out;
  });
  return { head: { vars }, results: { bindings } };
}

/** W3C JSON text, one binding per line: readable, and diff-friendly. */
export function formatResultsJson(r: SparqlResults): string {
  if (typeof r.boolean === 'boolean') return `${JSON.stringify({ head: {}, boolean: r.boolean })}\n`;
  const bindings = r.results?.bindings ?? [];
  const lines = bindings.map((b) => `    ${JSON.stringify(b)}`);
  return `{\n  "head": ${JSON.stringify({ vars: r.head.vars })},\n  "results": {\n    "bindings": [${lines.length ? `\n${lines.join(',\n')}\n    ` : ''}]\n  }\n}\n`;
}

/** W3C CSV: variable names, then lexical values only; RFC 4180 quoting; CRLF. ASK: true/false. */
export function formatResultsCsv(r: SparqlResults): string {
  if (typeof r.boolean === 'boolean') return `${r.boolean}\r\n`;
  const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const value = (t: RdfTerm | undefined) => (t === undefined ? '' : t.type === 'bnode' ? `_:${t.value}` : t.value);
  const lines = [r.head.vars.map(field).join(',')];
  for (const b of r.results?.bindings ?? []) lines.push(r.head.vars.map((v) => field(value(b[v]))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

const SHORT_FORMS: Record<string, RegExp> = {
  [`${XSD}integer`]: /^[+-]?\d+$/,
  [`${XSD}decimal`]: /^[+-]?\d*\.\d+$/,
  [`${XSD}double`]: /^[+-]?(\d+\.\d*|\.?\d+)[eE][+-]?\d+$/,
  [`${XSD}boolean`]: /^(true|false)$/,
};

function escapeString(s: string): string {
  return s.replace(/[\\"\t\n\r\b\f]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f' })[c]!);
}

/** A term in SPARQL/Turtle syntax, as TSV wants it. */
export function termToSparql(t: RdfTerm): string {
  switch (t.type) {
    case 'uri':
      return `<${t.value.replace(/[>\\\u0000-\u0020]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}>`;
    case 'bnode':
      return `_:${t.value}`;
    case 'literal': {
      const lex = `"${escapeString(t.value)}"`;
      if (t['xml:lang']) return `${lex}@${t['xml:lang']}`;
      // Turtle's short forms, which the TSV format allows for these types.
      const short = t.datatype ? SHORT_FORMS[t.datatype] : undefined;
      if (short && short.test(t.value)) return t.value;
      if (t.datatype && t.datatype !== `${XSD}string` && t.datatype !== RDF_LANG_STRING) return `${lex}^^<${t.datatype}>`;
      return lex;
    }
    default:
      return `"${escapeString(t.value)}"`;
  }
}

/** W3C TSV: `?var` header, terms in SPARQL syntax, LF line ends. ASK: true/false. */
export function formatResultsTsv(r: SparqlResults): string {
  if (typeof r.boolean === 'boolean') return `${r.boolean}\n`;
  const lines = [r.head.vars.map((v) => `?${v}`).join('\t')];
  for (const b of r.results?.bindings ?? []) lines.push(r.head.vars.map((v) => (b[v] ? termToSparql(b[v]) : '')).join('\t'));
  return `${lines.join('\n')}\n`;
}

/** Plain values per column, as src/query's tables hold them (unbound → null). */
export function resultsToTable(r: SparqlResults): Table {
  const columns = r.head.vars;
  const rows = (r.results?.bindings ?? []).map((b) => {
    const row: Row = {};
    for (const c of columns) row[c] = b[c]?.value ?? null;
    return row;
  });
  return { columns, rows };
}

const PREFIXES = Object.entries(defaultPrefixes()).sort((a, b) => b[1].length - a[1].length);

/** `person:serguei-lavrov` when a known namespace fits and the rest is a plain local name. */
export function compactIri(iri: string, prefixes: Array<[string, string]> = PREFIXES): string {
  for (const [p, ns] of prefixes) {
    if (iri.startsWith(ns)) {
      const local = iri.slice(ns.length);
      if (/^[\p{L}\p{N}_]([\p{L}\p{N}_.-]*[\p{L}\p{N}_-])?$/u.test(local) || local === '') return `${p}:${local}`;
    }
  }
  return `<${iri}>`;
}

/** Cells for people: IRIs compacted, literals by value, blank nodes as `_:x`. */
export function resultsToDisplayTable(r: SparqlResults): Table {
  const columns = r.head.vars;
  const rows = (r.results?.bindings ?? []).map((b) => {
    const row: Row = {};
    for (const c of columns) {
      const t = b[c];
      row[c] = t === undefined ? null : t.type === 'uri' ? compactIri(t.value) : t.type === 'bnode' ? `_:${t.value}` : t.value;
    }
    return row;
  });
  return { columns, rows };
}
