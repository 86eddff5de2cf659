// SPARQL SELECT over an oxigraph store, returning plain strings in the query's column order.
import type { Store } from 'oxigraph';
import { isSafeIri } from '../graph/literals.js';

export type Row = Record<string, string | null>;

export interface Table {
  columns: string[];
  rows: Row[];
}

export class SparqlError extends Error {
  override name = 'SparqlError';
}

/**
 * Runs a SELECT. The default graph is the union of all graphs, so the same query works on Turtle
 * (one graph) and TriG (a graph per article plus one for entities).
 *
 * Results are read as SPARQL TSV rather than JSON: the cells are the same lexical values, and on a
 * large result (thousands of rows) oxigraph writes TSV two to three times faster than JSON, which
 * is most of a named query's time.
 */
export function select(store: Store, query: string): Table {
  let raw: unknown;
  try {
    raw = store.query(query, { results_format: 'text/tab-separated-values', use_default_graph_as_union: true });
  } catch (err) {
    throw new SparqlError(`SPARQL query failed: ${String((err as Error)?.message ?? err).split('\n')[0]}`);
  }
  if (typeof raw !== 'string') throw new SparqlError('only SELECT queries are supported here');
  return parseTsvResults(raw);
}

/**
 * Parses SPARQL 1.1 TSV results (as oxigraph writes them) into lexical values: IRIs without
 * `<>`, literals without quotes, language tag or datatype, blank nodes without `_:`, unbound as
 * null. Tabs and newlines inside literals are always escaped, so rows and cells split safely.
 */
export function parseTsvResults(text: string): Table {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const header = lines[0] ?? '';
  const columns = header === '' ? [] : header.split('\t').map((v) => v.replace(/^[?$]/, ''));
  const rows: Row[] = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i].split('\t');
    const row: Row = {};
    for (let c = 0; c < columns.length; c++) row[columns[c]] = tsvValue(cells[c] ?? '');
    rows.push(row);
  }
  return { columns, rows };
}

const ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\' };

function unescapeLiteral(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (m, e: string) => {
    if (e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
    const r = ESCAPES[e];
    if (r === undefined) throw new SparqlError(`unexpected escape ${m} in SPARQL TSV results`);
    return r;
  });
}

/** One TSV cell (an RDF term in Turtle syntax) to its lexical value. */
function tsvValue(cell: string): string | null {
  if (cell === '') return null;
  const c = cell.charCodeAt(0);
  if (c === 0x3c /* < */) return cell.slice(1, -1);
  if (c === 0x22 /* " */) return unescapeLiteral(cell.slice(1, cell.lastIndexOf('"')));
  if (c === 0x5f /* _ */ && cell.startsWith('_:')) return cell.slice(2);
  return cell; // numbers and booleans, written bare
}

/**
 * `VALUES ?var { <iri> … }` for binding IRIs into a query. IRIs are checked, never escaped, so a
 * value that could break out of `<…>` is rejected rather than spliced.
 */
export function iriValues(variable: string, iris: readonly string[]): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) throw new SparqlError(`invalid SPARQL variable name ${JSON.stringify(variable)}`);
  for (const iri of iris) {
    if (!isSafeIri(iri)) throw new SparqlError(`refusing to bind unsafe IRI ${JSON.stringify(iri)}`);
  }
  return `VALUES ?${variable} { ${iris.map((i) => `<${i}>`).join(' ')} }`;
}
