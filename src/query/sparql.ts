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

interface JsonResults {
  head: { vars: string[] };
  results: { bindings: Array<Record<string, { value: string }>> };
}

/**
 * Runs a SELECT. The default graph is the union of all graphs, so the same query works on Turtle
 * (one graph) and TriG (a graph per article plus one for entities).
 */
export function select(store: Store, query: string): Table {
  let raw: unknown;
  try {
    raw = store.query(query, { results_format: 'application/sparql-results+json', use_default_graph_as_union: true });
  } catch (err) {
    throw new SparqlError(`SPARQL query failed: ${String((err as Error)?.message ?? err).split('\n')[0]}`);
  }
  if (typeof raw !== 'string') throw new SparqlError('only SELECT queries are supported here');
  const json = JSON.parse(raw) as JsonResults;
  const columns = json.head.vars;
  const rows = json.results.bindings.map((b) => {
    const row: Row = {};
    for (const c of columns) row[c] = b[c]?.value ?? null;
    return row;
  });
  return { columns, rows };
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
