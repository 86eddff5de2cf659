// A read-only SPARQL 1.1 Protocol endpoint over the embedded oxigraph store (node:http).
//
//   GET  /sparql?query=…                                   query via GET
//   POST /sparql  application/x-www-form-urlencoded query=…  query via URL-encoded POST
//   POST /sparql  application/sparql-query                  query via POST directly
//   update=… or application/sparql-update, or an update sent as a query → 403
//
// Results are negotiated from Accept: SELECT/ASK as SPARQL results JSON (default), XML, CSV or
// TSV; CONSTRUCT/DESCRIBE as Turtle (default), N-Triples, RDF/XML or JSON-LD. `/` answers like
// `/sparql`. Every answer carries `Access-Control-Allow-Origin: *` so notebooks in a browser can
// query it. Queries run off the event loop on query threads (query-pool.ts), a few at a time,
// each within a timeout (503 past it); the model's prefixes (nkg:, rdfs:, person:…) need no
// PREFIX line, as with `newskg sparql`, unless turned off.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isSafeIri } from '../graph/literals.js';
import { SparqlQueryError } from '../store/embedded.js';
import { withModelPrefixes } from '../store/prefixes.js';
import { isGraphForm, requestKind } from '../store/query-form.js';
import { QueryBusyError, QueryTimeoutError, type QueryEngine } from './query-pool.js';

export const RESULT_TYPES = [
  'application/sparql-results+json',
  'application/sparql-results+xml',
  'text/csv',
  'text/tab-separated-values',
] as const;
export const GRAPH_TYPES = ['text/turtle', 'application/n-triples', 'application/rdf+xml', 'application/ld+json'] as const;

/** Other names clients use for the same formats. */
const ALIASES: Record<string, string> = {
  'application/json': 'application/sparql-results+json',
  'application/xml': 'application/sparql-results+xml',
  'text/xml': 'application/sparql-results+xml',
  'text/plain': 'application/n-triples',
  'application/x-turtle': 'text/turtle',
  'text/n3': 'text/turtle',
};

interface Range {
  type: string;
  q: number;
  order: number;
}

function parseAccept(accept: string): Range[] {
  const ranges: Range[] = [];
  accept.split(',').forEach((part, order) => {
    const [type, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!type || !type.includes('/')) return;
    let q = 1;
    for (const p of params) {
      const m = /^q=([0-9.]+)$/.exec(p);
      if (m) q = Math.max(0, Math.min(1, Number(m[1]) || 0));
    }
    ranges.push({ type, q, order });
  });
  const specificity = (t: string) => (t === '*/*' ? 0 : t.endsWith('/*') ? 1 : 2);
  return ranges.sort((a, b) => b.q - a.q || specificity(b.type) - specificity(a.type) || a.order - b.order);
}

/**
 * The offer to answer with for an Accept header (first offer when there is none or it says
 * `*∕*`), or null when nothing offered is acceptable (406).
 */
export function negotiate(accept: string | undefined, offers: readonly string[]): string | null {
  if (!accept || accept.trim() === '') return offers[0];
  const ranges = parseAccept(accept);
  const refused = new Set(ranges.filter((r) => r.q === 0).map((r) => ALIASES[r.type] ?? r.type));
  for (const r of ranges) {
    if (r.q === 0) continue;
    if (r.type === '*/*') return offers.find((o) => !refused.has(o)) ?? null;
    if (r.type.endsWith('/*')) {
      const major = r.type.slice(0, -1);
      const hit = offers.find((o) => o.startsWith(major) && !refused.has(o));
      if (hit) return hit;
      continue;
    }
    const wanted = ALIASES[r.type] ?? r.type;
    if (offers.includes(wanted) && !refused.has(wanted)) return wanted;
  }
  return null;
}

export interface ServerOptions {
  /** Largest request body accepted, bytes; default 1 MiB. */
  maxBodyBytes?: number;
  /** Declare the model's prefixes a query uses without declaring them (default true). */
  defaultPrefixes?: boolean;
  /** One line per request (method, status, time). */
  log?: (line: string) => void;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'Accept, Content-Type',
  'access-control-max-age': '86400',
};

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        reject(new HttpProblem(413, `request body larger than ${max} bytes`));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

interface ProtocolRequest {
  query: string;
  defaultGraphs: string[];
  namedGraphs: string[];
}

async function protocolRequest(req: IncomingMessage, url: URL, maxBody: number): Promise<ProtocolRequest> {
  const fromUrl = url.searchParams;
  const readOnly = () => new HttpProblem(403, 'this endpoint is read-only: SPARQL Update is refused');
  let params = fromUrl;
  let query: string | null;
  if (req.method === 'GET') {
    if (fromUrl.has('update')) throw readOnly();
    query = fromUrl.get('query');
  } else {
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type === 'application/sparql-update') throw readOnly();
    if (type === 'application/x-www-form-urlencoded') {
      const form = new URLSearchParams(await readBody(req, maxBody));
      if (form.has('update') || fromUrl.has('update')) throw readOnly();
      query = form.get('query');
      params = new URLSearchParams([...fromUrl, ...form]);
    } else if (type === 'application/sparql-query') {
      query = await readBody(req, maxBody);
    } else {
      throw new HttpProblem(415, `unsupported Content-Type ${JSON.stringify(type || '(none)')}: use application/sparql-query or application/x-www-form-urlencoded`);
    }
  }
  if (query === null || query.trim() === '') throw new HttpProblem(400, 'missing query: pass query=… (GET or form POST) or POST application/sparql-query');
  const graphs = (name: string) => {
    const values = params.getAll(name);
    for (const v of values) if (!isSafeIri(v)) throw new HttpProblem(400, `${name} is not an absolute IRI: ${JSON.stringify(v)}`);
    return values;
  };
  return { query, defaultGraphs: graphs('default-graph-uri'), namedGraphs: graphs('named-graph-uri') };
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, { ...CORS, 'content-type': type, 'content-length': String(bytes.length), vary: 'Accept', ...headers });
  res.end(bytes);
}

/** An http.Server answering SPARQL queries with `engine`; call listen() on it. */
export function createSparqlServer(engine: QueryEngine, opts: ServerOptions = {}): Server {
  const maxBody = opts.maxBodyBytes ?? 1024 * 1024;
  const prefixed = opts.defaultPrefixes === false ? (query: string) => ({ text: query, addedLines: 0 }) : (query: string) => withModelPrefixes(query);
  return createServer(async (req, res) => {
    const t0 = performance.now();
    let status = 500;
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname !== '/sparql' && url.pathname !== '/') throw new HttpProblem(404, `no such resource: the SPARQL endpoint is /sparql`);
      if (req.method === 'OPTIONS') {
        status = 204;
        res.writeHead(204, CORS);
        res.end();
        return;
      }
      if (req.method !== 'GET' && req.method !== 'POST') throw new HttpProblem(405, `method ${req.method} not allowed`, { allow: 'GET, POST, OPTIONS' });
      const pr = await protocolRequest(req, url, maxBody);
      const kind = requestKind(pr.query);
      if (kind === 'update') throw new HttpProblem(403, 'this endpoint is read-only: SPARQL Update is refused');
      const offers = isGraphForm(kind) ? GRAPH_TYPES : RESULT_TYPES;
      const type = negotiate(req.headers.accept, offers);
      if (!type) throw new HttpProblem(406, `cannot answer this query as ${req.headers.accept}; available: ${offers.join(', ')}`);
      // The default graph is the union of all graphs unless default-graph-uri names some.
      const graphs = pr.defaultGraphs.length ? pr.defaultGraphs : undefined;
      const { text, addedLines } = prefixed(pr.query);
      let body: string;
      try {
        body = await engine.run({
          query: text,
          mediaType: type,
          defaultGraphs: graphs,
          namedGraphs: pr.namedGraphs.length ? pr.namedGraphs : undefined,
          lineOffset: addedLines,
        });
      } catch (err) {
        if (err instanceof SparqlQueryError) throw new HttpProblem(err.kind === 'syntax' ? 400 : 500, err.message);
        if (err instanceof QueryTimeoutError) throw new HttpProblem(503, err.message);
        if (err instanceof QueryBusyError) throw new HttpProblem(503, err.message, { 'retry-after': '1' });
        throw err;
      }
      status = 200;
      send(res, 200, `${type}; charset=utf-8`, body);
    } catch (err) {
      const p = err instanceof HttpProblem ? err : new HttpProblem(500, `internal error: ${String((err as Error)?.message ?? err).split('\n')[0]}`);
      status = p.status;
      if (!res.headersSent) send(res, p.status, 'text/plain; charset=utf-8', `${p.message}\n`, p.headers);
      else res.destroy();
    } finally {
      opts.log?.(`${req.method} ${req.url?.split('?')[0]} ${status} ${(performance.now() - t0).toFixed(1)} ms`);
    }
  });
}

export interface RunningServer {
  server: Server;
  /** e.g. http://127.0.0.1:7878/sparql */
  url: string;
  close: () => Promise<void>;
}

/** Listens on host:port (port 0 picks a free one) and resolves once listening. */
export function listen(server: Server, host: string, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const addr = server.address() as AddressInfo;
      const h = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
      resolve({
        server,
        url: `http://${h}:${addr.port}/sparql`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
