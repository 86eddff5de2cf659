// Loads a newskg build into a triple store with the SPARQL 1.1 Graph Store HTTP Protocol.
//
// Whole build: one named graph. The data goes first into `<graph>-staging`; only when that PUT
// succeeded is the final graph replaced, by a SPARQL Update `MOVE` (atomic on the server) or,
// without an update endpoint, by a PUT of the same data followed by a DELETE of the staging
// graph. A failure before the swap leaves the final graph as it was.
//
// Per article: one graph per article (the names of the TriG output) plus one for the entity
// descriptions; each PUT replaces one graph, so re-building one article replaces only its graph.
// A failure stops the load and says exactly which graphs were loaded.
import { defaultGraph, namedNode, type Store } from 'oxigraph';
import { articleGraphIri, articleIri, DEFAULT_BASE, entitiesGraphIri, eventsGraphIri } from '../graph/iri.js';
import { isSafeIri } from '../graph/literals.js';
import { formatFromFileName, type GraphFormat } from '../graph/writer.js';
import { sparqlPrefixes } from '../graph/vocab.js';
import { loadGraphText } from '../query/load-graph.js';
import { select } from '../query/sparql.js';
import { GraphStore } from './graph-store.js';
import { EndpointError } from './http.js';
import type { SparqlEndpoint } from './sparql-endpoint.js';

export interface GraphPayload {
  graph: string;
  /** Turtle (N-Triples is Turtle too). */
  body: string;
  triples: number;
  kind: 'build' | 'entities' | 'events' | 'article';
  /** The same triples as N-Triples, one per line (computed on demand), for loading in parts. */
  ntriples?: () => string;
}

export interface LoadedBuild {
  file: string;
  format: GraphFormat;
  text: string;
  store: Store;
}

export class LoadInputError extends Error {
  override name = 'LoadInputError';
}

const P = sparqlPrefixes(['nkg', 'dcterms', 'prov']);
const NT = 'application/n-triples';

/** Parses the build file (it is checked locally before anything is sent). */
export function readBuild(file: string, text: string): LoadedBuild {
  const format = formatFromFileName(file);
  if (!format) throw new LoadInputError(`cannot load ${file}: unknown graph format (expected .ttl, .nt or .trig)`);
  return { file, format, text, store: loadGraphText(text, format, file) };
}

const countLines = (nt: string) => {
  let n = 0;
  for (let i = nt.indexOf('\n'); i >= 0; i = nt.indexOf('\n', i + 1)) n++;
  return n;
};

/** The whole build as one graph's payload: Turtle and N-Triples as they are, TriG flattened. */
export function wholePayload(build: LoadedBuild, graph: string): GraphPayload {
  if (build.format === 'nt') return { graph, body: build.text, triples: build.store.size, kind: 'build', ntriples: () => build.text };
  if (build.format === 'turtle') {
    return { graph, body: build.text, triples: build.store.size, kind: 'build', ntriples: () => build.store.dump({ format: NT, from_graph_name: defaultGraph() }) };
  }
  const body = build.store.query('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }', { use_default_graph_as_union: true, results_format: NT }) as string;
  return { graph, body, triples: countLines(body), kind: 'build', ntriples: () => body };
}

/**
 * N-Triples cut into parts of at most `max` triples, or null when the text has blank nodes
 * (a blank node label means one node only within one request).
 */
export function ntriplesParts(nt: string, max: number): string[] | null {
  if (/(^|\s)_:/.test(nt)) return null;
  const parts: string[] = [];
  let start = 0;
  let count = 0;
  for (let i = nt.indexOf('\n'); i >= 0; i = nt.indexOf('\n', i + 1)) {
    if (++count === max) {
      parts.push(nt.slice(start, i + 1));
      start = i + 1;
      count = 0;
    }
  }
  if (start < nt.length && nt.slice(start).trim() !== '') parts.push(nt.slice(start));
  return parts;
}

/** The data base IRI (`…/id/`) read off the article IRIs, checked against the IRI scheme. */
function baseOf(article: string, id: string): string {
  const m = /^(.*)article\/[^/]+$/.exec(article);
  if (!m || articleIri(m[1], id) !== article) {
    throw new LoadInputError(`cannot tell the data base IRI from article <${article}> (not a newskg build?)`);
  }
  return m[1];
}

/**
 * One payload per article plus the shared graphs (entities, then merged events), shared graphs
 * first. From TriG, the file's own graphs; from Turtle or N-Triples, the split the TriG writer
 * makes: an article's graph holds the article, its sentences (`nkg:inArticle`) and its entity and
 * event mentions (`prov:wasDerivedFrom`); of the rest, event nodes (`<base>event/…`) go to the
 * events graph and everything else (entity descriptions) to the entities graph.
 */
export function perArticlePayloads(build: LoadedBuild): GraphPayload[] {
  const { store } = build;
  const articles = select(store, `${P}SELECT DISTINCT ?a ?id WHERE { ?a a nkg:Article ; dcterms:identifier ?id } ORDER BY ?id`).rows;
  if (articles.length === 0) throw new LoadInputError(`${build.file} has no nkg:Article: nothing to split per article`);
  const base = baseOf(articles[0].a!, articles[0].id!);
  const entities = entitiesGraphIri(base);
  const events = eventsGraphIri(base);
  const kindOf = (g: string): GraphPayload['kind'] => (g === entities ? 'entities' : g === events ? 'events' : 'article');
  const rank = { entities: 0, events: 1, article: 2, build: 3 };
  const out: GraphPayload[] = [];

  if (build.format === 'trig') {
    // Without the union option, a query's default graph is the file's default graph.
    if (store.query('ASK { ?s ?p ?o }') === true) {
      throw new LoadInputError(`${build.file} has triples outside any named graph; per-article loading needs every triple in a graph`);
    }
    const graphs = select(store, 'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g').rows.map((r) => r.g!);
    for (const g of graphs) {
      const body = store.dump({ format: NT, from_graph_name: namedNode(g) });
      out.push({ graph: g, body, triples: countLines(body), kind: kindOf(g) });
    }
    return out.sort((a, b) => rank[a.kind] - rank[b.kind]);
  }

  const construct = (where: string) => store.query(`${P}CONSTRUCT { ?s ?p ?o } WHERE { ${where} }`, { results_format: NT }) as string;
  const notInArticle = `
    FILTER NOT EXISTS { ?s a nkg:Article }
    FILTER NOT EXISTS { ?s nkg:inArticle|prov:wasDerivedFrom ?article . ?article a nkg:Article }`;
  const eventPrefix = JSON.stringify(`${base}event/`);
  for (const [graph, test] of [
    [entities, `!STRSTARTS(STR(?s), ${eventPrefix})`],
    [events, `STRSTARTS(STR(?s), ${eventPrefix})`],
  ] as const) {
    const body = construct(`?s ?p ?o . ${notInArticle} FILTER(${test})`);
    if (body !== '' || graph === entities) out.push({ graph, body, triples: countLines(body), kind: kindOf(graph) });
  }
  for (const { a, id } of articles) {
    // IRIs from the file go into the query text only once checked.
    if (!isSafeIri(a!)) throw new LoadInputError(`article IRI ${JSON.stringify(a)} cannot be written in SPARQL`);
    const body = construct(`{ VALUES ?s { <${a}> } } UNION { ?s nkg:inArticle <${a}> } UNION { ?s prov:wasDerivedFrom <${a}> } ?s ?p ?o`);
    out.push({ graph: articleGraphIri(base, id!), body, triples: countLines(body), kind: 'article' });
  }
  return out;
}

export type SwapMode = 'auto' | 'move' | 'put';

export interface LoadReport {
  endpoint: string;
  graphs: Array<{ graph: string; triples: number }>;
  triples: number;
  /** How the whole-build load replaced its final graph. */
  swap?: 'move' | 'put';
  ms: number;
}

/** A per-article load that stopped part way: which graphs made it and which did not. */
export class PartialLoadError extends EndpointError {
  override name = 'PartialLoadError';
  constructor(
    message: string,
    endpoint: string,
    status: number | null,
    readonly loaded: string[],
    readonly failed: string,
    readonly notAttempted: string[],
  ) {
    super(message, endpoint, status);
  }
}

export interface WholeOptions {
  /** For MOVE; null when none is known. */
  update: SparqlEndpoint | null;
  swap?: SwapMode;
  /**
   * Largest number of triples per request while staging (default 100 000): the first part is
   * PUT, the others POSTed to the staging graph. Virtuoso 7.2 takes minutes over one 1M-triple
   * PUT but ~2 s per 100k-triple part. Only for the MOVE swap; a PUT swap sends one request.
   */
  partTriples?: number;
  onStep?: (message: string) => void;
}

const MOVE_UNSUPPORTED = new Set([400, 404, 405, 415, 500, 501]);

/** Staging PUT, then swap. Throws EndpointError naming what happened to the final graph. */
export async function loadWhole(gsp: GraphStore, payload: GraphPayload, opts: WholeOptions): Promise<LoadReport> {
  const t0 = performance.now();
  const staging = `${payload.graph}-staging`;
  const step = opts.onStep ?? (() => {});
  const mode = opts.swap ?? 'auto';
  if (!isSafeIri(payload.graph)) throw new LoadInputError(`graph IRI ${JSON.stringify(payload.graph)} cannot be written in SPARQL`);
  if (mode === 'move' && !opts.update) {
    throw new EndpointError(`${gsp.display}: --swap move needs an update endpoint (--update-endpoint URL)`, gsp.display);
  }
  // Drops leftovers of an interrupted load; with an -auth endpoint it also settles the Digest
  // handshake on a body-less request, so the data is sent once.
  await gsp.delete(staging);
  const max = opts.partTriples ?? 100_000;
  const parts = opts.update && mode !== 'put' && payload.triples > max && payload.ntriples ? ntriplesParts(payload.ntriples(), max) : null;
  try {
    if (parts && parts.length > 1) {
      for (const [i, part] of parts.entries()) {
        step(`staging <${staging}>, part ${i + 1} of ${parts.length}`);
        await (i === 0 ? gsp.put(staging, part) : gsp.post(staging, part));
      }
    } else {
      step(`staging <${staging}>`);
      await gsp.put(staging, payload.body);
    }
  } catch (err) {
    // A half-filled staging graph is no use to anyone; the final graph was not touched.
    await gsp.delete(staging).catch(() => {});
    if (err instanceof EndpointError) throw new EndpointError(`${err.message} (while staging; <${payload.graph}> was not touched)`, err.endpoint, err.status);
    throw err;
  }
  let swap: 'move' | 'put' = 'put';
  try {
    if (opts.update && mode !== 'put') {
      try {
        step(`MOVE <${staging}> TO <${payload.graph}> via ${opts.update.display}`);
        await opts.update.update(`MOVE GRAPH <${staging}> TO GRAPH <${payload.graph}>`);
        swap = 'move';
      } catch (err) {
        if (mode === 'move' || !(err instanceof EndpointError) || err.status === null || !MOVE_UNSUPPORTED.has(err.status)) throw err;
        step(`MOVE refused (${err.message}); replacing <${payload.graph}> by PUT`);
      }
    }
    if (swap === 'put') {
      await gsp.put(payload.graph, payload.body);
      await gsp.delete(staging);
    }
  } catch (err) {
    await gsp.delete(staging).catch(() => {});
    if (err instanceof EndpointError) {
      throw new EndpointError(`${err.message} (staging succeeded; <${payload.graph}> was not replaced)`, err.endpoint, err.status);
    }
    throw err;
  }
  return {
    endpoint: gsp.display,
    graphs: [{ graph: payload.graph, triples: payload.triples }],
    triples: payload.triples,
    swap,
    ms: performance.now() - t0,
  };
}

/** PUTs each graph in order; on failure throws PartialLoadError listing what was loaded. */
export async function loadPerArticle(gsp: GraphStore, payloads: GraphPayload[], onLoaded?: (p: GraphPayload) => void): Promise<LoadReport> {
  const t0 = performance.now();
  const loaded: GraphPayload[] = [];
  for (const [i, p] of payloads.entries()) {
    try {
      await gsp.put(p.graph, p.body);
    } catch (err) {
      if (!(err instanceof EndpointError)) throw err;
      const rest = payloads.slice(i + 1).map((x) => x.graph);
      const msg = `${err.message}; ${loaded.length} of ${payloads.length} graphs were loaded before it${loaded.length ? ' (listed above)' : ''}, <${p.graph}> and ${rest.length} after it were not`;
      throw new PartialLoadError(msg, err.endpoint, err.status, loaded.map((x) => x.graph), p.graph, rest);
    }
    loaded.push(p);
    onLoaded?.(p);
  }
  return {
    endpoint: gsp.display,
    graphs: loaded.map((p) => ({ graph: p.graph, triples: p.triples })),
    triples: loaded.reduce((n, p) => n + p.triples, 0),
    ms: performance.now() - t0,
  };
}

/** Default whole-build graph: `<base>build`, base read from the data (or newskg's default). */
export function defaultBuildGraph(build: LoadedBuild): string {
  const rows = select(build.store, `${P}SELECT ?a ?id WHERE { ?a a nkg:Article ; dcterms:identifier ?id } ORDER BY ?id LIMIT 1`).rows;
  const base = rows.length ? baseOf(rows[0].a!, rows[0].id!) : DEFAULT_BASE;
  return `${base}build`;
}
