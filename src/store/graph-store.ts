// SPARQL 1.1 Graph Store HTTP Protocol, indirect graph identification (`?graph=IRI`):
// PUT replaces a named graph (so loading is idempotent), DELETE drops it.
import { displayEndpoint, expectOk, HttpSession, parseEndpoint } from './http.js';

export class GraphStore {
  readonly url: URL;
  readonly display: string;

  constructor(
    url: string | URL,
    readonly session: HttpSession = new HttpSession(),
  ) {
    this.url = typeof url === 'string' ? parseEndpoint(url, 'Graph Store endpoint') : url;
    this.display = displayEndpoint(this.url);
  }

  graphUrl(graph: string): URL {
    const u = new URL(this.url);
    u.searchParams.set('graph', graph);
    return u;
  }

  /**
   * Replaces `graph` with `body`. Turtle is sent as `text/turtle`, which every store reads; N-Triples
   * is valid Turtle, so it is sent the same way.
   */
  async put(graph: string, body: string, contentType = 'text/turtle; charset=utf-8'): Promise<void> {
    const url = this.graphUrl(graph);
    const res = await this.session.request(url, { method: 'PUT', headers: { 'content-type': contentType }, body });
    expectOk(res, url, `PUT <${graph}>`);
  }

  /** Adds `body` to `graph` (Graph Store POST: merge), for loading a large graph in parts. */
  async post(graph: string, body: string, contentType = 'text/turtle; charset=utf-8'): Promise<void> {
    const url = this.graphUrl(graph);
    const res = await this.session.request(url, { method: 'POST', headers: { 'content-type': contentType }, body });
    expectOk(res, url, `POST <${graph}>`);
  }

  /** Drops `graph`; a graph that does not exist (404) is fine. */
  async delete(graph: string): Promise<void> {
    const url = this.graphUrl(graph);
    const res = await this.session.request(url, { method: 'DELETE' });
    expectOk(res, url, `DELETE <${graph}>`, [404]);
  }
}

/**
 * The SPARQL Update endpoint that usually sits beside a Graph Store endpoint, or null:
 * Virtuoso `/sparql-graph-crud-auth` → `/sparql-auth` (`/sparql-graph-crud` → `/sparql`),
 * Fuseki `/{dataset}/data` → `/{dataset}/update`, GraphDB (RDF4J)
 * `/repositories/{id}/rdf-graphs/service` → `/repositories/{id}/statements`.
 */
export function siblingUpdateEndpoint(graphStore: URL): URL | null {
  const u = new URL(graphStore);
  u.search = '';
  const p = u.pathname;
  let path: string | null = null;
  if (/\/sparql-graph-crud-auth\/?$/.test(p)) path = p.replace(/\/sparql-graph-crud-auth\/?$/, '/sparql-auth');
  else if (/\/sparql-graph-crud\/?$/.test(p)) path = p.replace(/\/sparql-graph-crud\/?$/, '/sparql');
  else if (/\/repositories\/[^/]+\/rdf-graphs\/service\/?$/.test(p)) path = p.replace(/\/rdf-graphs\/service\/?$/, '/statements');
  else if (/\/[^/]+\/data\/?$/.test(p)) path = p.replace(/\/data\/?$/, '/update');
  if (path === null) return null;
  u.pathname = path;
  return u;
}

export { displayEndpoint };
