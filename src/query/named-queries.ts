// The SPARQL files in queries/: listed by name with the description from their first `#` line,
// and run with parameters bound through VALUES from already-resolved IRIs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from 'oxigraph';
import { packagePath } from '../graph/package-files.js';
import { iriValues, select, SparqlError, type Table } from './sparql.js';

export interface NamedQuery {
  name: string;
  description: string;
  file: string;
  /** Variables the caller must bind (an empty `VALUES ?x { }` in the file), e.g. `entity` for about. */
  params: string[];
}

export class UnknownQueryError extends Error {
  override name = 'UnknownQueryError';
}

// An empty VALUES block marks a parameter; it is valid SPARQL, so the file also runs on its own.
const PLACEHOLDER = /VALUES\s+\?([A-Za-z_][A-Za-z0-9_]*)\s*\{\s*\}/g;

export function defaultQueriesDir(): string {
  return packagePath('queries');
}

function describe(name: string, file: string, text: string): NamedQuery {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const description = first.startsWith('#') ? first.replace(/^#\s*/, '').trim() : '';
  const params = [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
  return { name, description, file, params };
}

/** Named queries in `dir`, sorted by name. */
export function listNamedQueries(dir = defaultQueriesDir()): NamedQuery[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.rq'))
    .sort()
    .map((f) => describe(f.slice(0, -3), join(dir, f), readFileSync(join(dir, f), 'utf8')));
}

/** Runs a named query; `params` maps each declared parameter to the IRIs it is bound to. */
export function runNamedQuery(
  store: Store,
  name: string,
  params: Record<string, readonly string[]> = {},
  dir = defaultQueriesDir(),
): Table {
  const known = listNamedQueries(dir);
  const query = known.find((q) => q.name === name);
  if (!query) {
    throw new UnknownQueryError(`unknown query ${JSON.stringify(name)} (known: ${known.map((q) => q.name).join(', ')})`);
  }
  for (const p of query.params) {
    if (!params[p] || params[p].length === 0) throw new SparqlError(`query ${name} needs a value for ${p}`);
  }
  const text = readFileSync(query.file, 'utf8').replace(PLACEHOLDER, (_m, v: string) => iriValues(v, params[v]));
  return select(store, text);
}

/**
 * The SPARQL text of a named query with its parameters bound (as `runNamedQuery` runs it), for
 * engines other than the embedded store, e.g. a remote endpoint.
 */
export function namedQueryText(name: string, params: Record<string, readonly string[]> = {}, dir = defaultQueriesDir()): string {
  const known = listNamedQueries(dir);
  const query = known.find((q) => q.name === name);
  if (!query) {
    throw new UnknownQueryError(`unknown query ${JSON.stringify(name)} (known: ${known.map((q) => q.name).join(', ')})`);
  }
  for (const p of query.params) {
    if (!params[p] || params[p].length === 0) throw new SparqlError(`query ${name} needs a value for ${p}`);
  }
  return readFileSync(query.file, 'utf8').replace(PLACEHOLDER, (_m, v: string) => iriValues(v, params[v]));
}
