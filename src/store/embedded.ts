// Runs any SPARQL query on the embedded oxigraph store and returns serialized results, for the
// `sparql` command and the `serve` endpoint. The default graph is the union of all graphs, as in
// src/query/sparql.ts, so queries behave the same on Turtle and TriG builds.
import { namedNode, type Store } from 'oxigraph';

/** A query the engine rejected (`syntax`) or could not run; `message` is one line. */
export class SparqlQueryError extends Error {
  override name = 'SparqlQueryError';
  constructor(
    message: string,
    readonly kind: 'syntax' | 'evaluation',
  ) {
    super(message);
  }
}

export interface EmbeddedQueryOptions {
  /** Dataset override (SPARQL Protocol default-graph-uri): union of these named graphs. */
  defaultGraphs?: string[];
  /** Named graphs visible to GRAPH (SPARQL Protocol named-graph-uri); default all. */
  namedGraphs?: string[];
  /** Lines the caller put before the user's query (error positions are given in the user's lines). */
  lineOffset?: number;
}

/** Turns oxigraph's multi-line parser message into one line pointing into the query. */
export function syntaxMessage(query: string, raw: string, lineOffset = 0): string {
  const flat = raw.replace(/\s+/g, ' ').trim();
  const at = /^error at (\d+):(\d+): (.*)$/.exec(flat);
  if (!at) return `invalid SPARQL: ${flat.length > 200 ? `${flat.slice(0, 199)}…` : flat}`;
  const rawLine = Number(at[1]);
  const line = rawLine - lineOffset;
  const column = Number(at[2]);
  const text = query.split(/\r\n|\r|\n/)[rawLine - 1] ?? '';
  const chars = Array.from(text);
  const pos = Math.min(Math.max(column - 1, 0), chars.length);
  if (/Prefix not found/.test(at[3])) {
    const before = chars.slice(0, pos).join('');
    const pname = /([\p{L}\p{N}_.-]*):[^\s:]*$/u.exec(before);
    if (pname) return `invalid SPARQL at line ${line}, column ${column}: undeclared prefix "${pname[1]}:" (add a PREFIX line)`;
  }
  const near = chars.slice(Math.max(0, pos - 20), pos + 20).join('').trim();
  let why = at[3];
  if (why.length > 120) why = `${why.slice(0, 119)}…`;
  return `invalid SPARQL at line ${line}, column ${column}${near ? ` (near ${JSON.stringify(near)})` : ''}: ${why}`;
}

function options(opts: EmbeddedQueryOptions, resultsFormat: string) {
  const o: Parameters<Store['query']>[1] & object = { results_format: resultsFormat };
  if (opts.defaultGraphs?.length) o.default_graph = opts.defaultGraphs.map((g) => namedNode(g));
  else o.use_default_graph_as_union = true;
  if (opts.namedGraphs?.length) o.named_graphs = opts.namedGraphs.map((g) => namedNode(g));
  return o;
}

/**
 * Runs `query` and serializes its result as `mediaType` (a SPARQL results type for SELECT/ASK,
 * an RDF type for CONSTRUCT/DESCRIBE). Failures throw SparqlQueryError.
 */
export function queryEmbedded(store: Store, query: string, mediaType: string, opts: EmbeddedQueryOptions = {}): string {
  let out: unknown;
  try {
    out = store.query(query, options(opts, mediaType));
  } catch (err) {
    const msg = String((err as Error)?.message ?? err);
    if (/^error at \d+:\d+/.test(msg)) throw new SparqlQueryError(syntaxMessage(query, msg, opts.lineOffset ?? 0), 'syntax');
    throw new SparqlQueryError(`SPARQL query failed: ${msg.split('\n')[0]}`, 'evaluation');
  }
  if (typeof out === 'string') return out;
  if (typeof out === 'boolean') return String(out);
  throw new Error('unexpected query result from oxigraph');
}
