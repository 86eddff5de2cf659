// A remote SPARQL 1.1 Protocol endpoint (Virtuoso, Fuseki, GraphDB, `newskg serve`…).
//
// Queries are sent as "query via URL-encoded POST" (SPARQL 1.1 Protocol §2.1.2), which every
// server must accept; Virtuoso 7.2 leaves a direct POST (application/sparql-query) unanswered.
// Updates likewise as `update=` (§2.2.1). Query strings already on the endpoint URL (for example
// default-graph-uri) are kept.
import { EndpointError, expectOk, displayEndpoint, HttpSession, parseEndpoint, type HttpResponse } from './http.js';
import { isGraphForm, type QueryForm } from './query-form.js';
import { parseResultsJson, ResultsFormatError, type SparqlResults } from './results.js';

export const RESULTS_JSON = 'application/sparql-results+json';
/** What CONSTRUCT/DESCRIBE ask for: Turtle first, N-Triples (also Turtle) as a fallback. */
export const GRAPH_ACCEPT = 'text/turtle, application/n-triples;q=0.9, text/plain;q=0.5';

export class SparqlEndpoint {
  readonly url: URL;
  readonly display: string;

  constructor(
    url: string | URL,
    readonly session: HttpSession = new HttpSession(),
    /** Sent as default-graph-uri with every query (e.g. Fuseki without a union default graph). */
    readonly defaultGraphs: readonly string[] = [],
  ) {
    this.url = typeof url === 'string' ? parseEndpoint(url, 'SPARQL endpoint') : url;
    this.display = displayEndpoint(this.url);
  }

  /** POSTs `query=` with the given Accept; returns the raw answer after checking the status. */
  async raw(query: string, accept: string): Promise<HttpResponse> {
    const res = await this.session.request(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', accept },
      body: new URLSearchParams([['query', query], ...this.defaultGraphs.map((g) => ['default-graph-uri', g])]).toString(),
    });
    return expectOk(res, this.url, 'query');
  }

  /** SELECT or ASK, as W3C JSON results. */
  async results(query: string): Promise<SparqlResults> {
    const res = await this.raw(query, `${RESULTS_JSON}, application/json;q=0.9`);
    try {
      return parseResultsJson(res.body);
    } catch (err) {
      if (err instanceof ResultsFormatError) {
        throw new EndpointError(`${this.display}: answered ${res.headers.get('content-type') ?? 'no content type'}, not SPARQL JSON results (${err.message})`, this.display, res.status);
      }
      throw err;
    }
  }

  /** CONSTRUCT or DESCRIBE, as Turtle or N-Triples text (N-Triples is Turtle too). */
  async graph(query: string): Promise<{ text: string; mediaType: string }> {
    const res = await this.raw(query, GRAPH_ACCEPT);
    const mediaType = (res.headers.get('content-type') ?? 'text/turtle').split(';')[0].trim().toLowerCase();
    if (/sparql-results|json|xml|html/.test(mediaType)) {
      throw new EndpointError(`${this.display}: answered ${mediaType} to a CONSTRUCT/DESCRIBE, expected Turtle or N-Triples`, this.display, res.status);
    }
    return { text: res.body, mediaType };
  }

  /** Runs a query of a known form. */
  async run(query: string, form: QueryForm): Promise<SparqlResults | { text: string; mediaType: string }> {
    return isGraphForm(form) ? this.graph(query) : this.results(query);
  }

  /** SPARQL Update via `update=`; needs an endpoint that allows updates (and usually credentials). */
  async update(update: string): Promise<void> {
    const res = await this.session.request(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', accept: '*/*' },
      body: new URLSearchParams({ update }).toString(),
    });
    expectOk(res, this.url, 'update');
  }
}
