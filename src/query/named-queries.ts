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
  /** Variables the caller may bind (`VALUES ?x { UNDEF }` in the file: unbound, every row), e.g. `entity` for timeline. */
  optional: string[];
}

export class UnknownQueryError extends Error {
  override name = 'UnknownQueryError';
}

// An empty VALUES block marks a parameter; it is valid SPARQL, so the file also runs on its own.
const PLACEHOLDER = /VALUES\s+\?([A-Za-z_][A-Za-z0-9_]*)\s*\{\s*\}/g;
// `VALUES ?x { UNDEF }` marks an optional parameter: run as is, ?x is unbound (no restriction).
const OPTIONAL_PLACEHOLDER = /VALUES\s+\?([A-Za-z_][A-Za-z0-9_]*)\s*\{\s*UNDEF\s*\}/g;

export function defaultQueriesDir(): string {
  return packagePath('queries');
}

function describe(name: string, file: string, text: string): NamedQuery {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const description = first.startsWith('#') ? first.replace(/^#\s*/, '').trim() : '';
  const params = [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
  const optional = [...new Set([...text.matchAll(OPTIONAL_PLACEHOLDER)].map((m) => m[1]))].filter((p) => !params.includes(p));
  return { name, description, file, params, optional };
}

/** Named queries in `dir`, sorted by name. */
export function listNamedQueries(dir = defaultQueriesDir()): NamedQuery[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.rq'))
    .sort()
    .map((f) => describe(f.slice(0, -3), join(dir, f), readFileSync(join(dir, f), 'utf8')));
}

/**
 * A slice of a named query's results: `limit` rows (events, for queries that page an inner
 * query) after skipping `offset`. Unset, every row.
 */
export interface Page {
  limit?: number;
  offset?: number;
}

/** Runs a named query; `params` maps each declared parameter to the IRIs it is bound to. */
export function runNamedQuery(
  store: Store,
  name: string,
  params: Record<string, readonly string[]> = {},
  dir = defaultQueriesDir(),
  page: Page = {},
): Table {
  return select(store, namedQueryText(name, params, dir, page));
}

/** The query text with required parameters bound, optional ones bound when given, and the page. */
function boundText(query: NamedQuery, params: Record<string, readonly string[]>, page: Page): string {
  for (const p of query.params) {
    if (!params[p] || params[p].length === 0) throw new SparqlError(`query ${query.name} needs a value for ${p}`);
  }
  const text = readFileSync(query.file, 'utf8')
    .replace(PLACEHOLDER, (_m, v: string) => iriValues(v, params[v]))
    .replace(OPTIONAL_PLACEHOLDER, (m, v: string) => (params[v] && params[v].length > 0 ? iriValues(v, params[v]) : m));
  return paged(text, page);
}

// A "#PAGE" line marks where a query takes its LIMIT/OFFSET: in an inner query that orders the
// keys alone, a page costs its own rows instead of every row's before the outer ORDER BY.
const PAGE_MARK = /^[ \t]*#PAGE[ \t]*$/m;

/** `text` with the page's LIMIT/OFFSET at its "#PAGE" line, else at the end. */
export function paged(text: string, page: Page): string {
  const parts: string[] = [];
  for (const [word, n] of [['LIMIT', page.limit], ['OFFSET', page.offset]] as const) {
    if (n === undefined) continue;
    if (!Number.isSafeInteger(n) || n < 0) throw new SparqlError(`${word.toLowerCase()} must be a whole number ≥ 0, got ${n}`);
    parts.push(`${word} ${n}`);
  }
  if (parts.length === 0) return text;
  const clause = parts.join(' ');
  return PAGE_MARK.test(text) ? text.replace(PAGE_MARK, clause) : `${text.trimEnd()}\n${clause}\n`;
}

/**
 * The SPARQL text of a named query with its parameters bound and its page set (as
 * `runNamedQuery` runs it), for engines other than the embedded store, e.g. a remote endpoint.
 */
export function namedQueryText(
  name: string,
  params: Record<string, readonly string[]> = {},
  dir = defaultQueriesDir(),
  page: Page = {},
): string {
  const known = listNamedQueries(dir);
  const query = known.find((q) => q.name === name);
  if (!query) {
    throw new UnknownQueryError(`unknown query ${JSON.stringify(name)} (known: ${known.map((q) => q.name).join(', ')})`);
  }
  return boundText(query, params, page);
}
