// `newskg serve`, started as users start it, on a free port, queried over HTTP like a SPARQL
// client or a notebook would; then `newskg sparql/query --endpoint` against it, and a clean stop.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import type { Store } from 'oxigraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/to-quads.js';
import { writeGraph } from '../../src/graph/writer.js';
import { loadGraph } from '../../src/query/load-graph.js';
import { runNamedQuery } from '../../src/query/named-queries.js';
import { CLI, ROOT } from '../helpers.js';
import { corpus } from '../graph/fixture.js';
import { newskg, oneLine } from './cli.js';

const SELECT = 'PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?e WHERE { ?e a nkg:Accusation } ORDER BY ?e';
const CONSTRUCT = 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e rdfs:label ?l }';

/** `newskg serve` on a free port with `extra` options; resolves with the URL it prints. */
async function startServe(graph: string, extra: string[], onStderr: (d: string) => void = () => {}): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--graph', graph, '--port', '0', ...extra], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
    onStderr(d.toString());
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve printed no URL: ${out} ${stderr}`));
    }, 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/sparql)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
  return { child, url };
}

const postQueryTo = (url: string, query: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/sparql-query' }, body: query });

/** A promise's outcome, and the order in which outcomes arrived. */
function track<T>(p: Promise<T>, order: string[], name: string): { promise: Promise<T>; settled: () => boolean } {
  let done = false;
  const promise = p.finally(() => {
    done = true;
    order.push(name);
  });
  return { promise, settled: () => done };
}

describe('newskg serve: a read-only SPARQL 1.1 Protocol endpoint', () => {
  let dir: string;
  let graph: string;
  let store: Store;
  let server: ChildProcess;
  let url: string;
  let stderr = '';
  let accusations: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newskg-serve-'));
    graph = join(dir, 'graph.ttl');
    await writeGraph(buildGraph(corpus()), graph, { format: 'turtle' });
    store = await loadGraph(graph);
    accusations = (store.query(SELECT) as Map<string, { value: string }>[]).map((b) => b.get('e')!.value);
    expect(accusations.length).toBeGreaterThan(0);
    ({ child: server, url } = await startServe(graph, [], (d) => (stderr += d)));
  }, 180_000);

  afterAll(() => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (query: string, accept?: string) => fetch(`${url}?query=${encodeURIComponent(query)}`, { headers: accept ? { accept } : {} });
  const postForm = (body: Record<string, string>, accept?: string) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...(accept ? { accept } : {}) }, body: new URLSearchParams(body).toString() });
  const postQuery = (query: string, accept?: string) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/sparql-query', ...(accept ? { accept } : {}) }, body: query });

  it('prints the URL it listens on, on 127.0.0.1', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sparql$/);
  });

  it('GET ?query= answers SPARQL results JSON by default, with CORS', async () => {
    const res = await get(SELECT);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/sparql-results\+json/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const json = (await res.json()) as { head: { vars: string[] }; results: { bindings: Array<{ e: { value: string } }> } };
    expect(json.head.vars).toEqual(['e']);
    expect(json.results.bindings.map((b) => b.e.value)).toEqual(accusations);
  });

  it('POST form and POST application/sparql-query give the same answer', async () => {
    const a = await (await postForm({ query: SELECT })).text();
    const b = await (await postQuery(SELECT)).text();
    const c = await (await get(SELECT)).text();
    expect(a).toBe(c);
    expect(b).toBe(c);
  });

  it('negotiates XML, CSV and TSV for SELECT', async () => {
    const xml = await get(SELECT, 'application/sparql-results+xml');
    expect(xml.headers.get('content-type')).toMatch(/^application\/sparql-results\+xml/);
    const xmlText = await xml.text();
    expect(xmlText).toContain('<sparql xmlns="http://www.w3.org/2005/sparql-results#">');
    expect(xmlText).toContain(`<uri>${accusations[0]}</uri>`);

    const csv = await postForm({ query: SELECT }, 'text/csv');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await csv.text()).toBe(`e\r\n${accusations.join('\r\n')}\r\n`);

    const tsv = await postQuery(SELECT, 'text/tab-separated-values');
    expect(tsv.headers.get('content-type')).toMatch(/^text\/tab-separated-values/);
    expect(await tsv.text()).toBe(`?e\n${accusations.map((a) => `<${a}>`).join('\n')}\n`);
  });

  it('ASK answers a boolean', async () => {
    const res = await get('ASK { ?s ?p ?o }');
    expect(await res.json()).toEqual({ head: {}, boolean: true });
  });

  it('CONSTRUCT and DESCRIBE answer Turtle by default and N-Triples on request', async () => {
    const labels = store.query('SELECT ?e ?l WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }', { use_default_graph_as_union: true }) as unknown[];
    const ttl = await get(CONSTRUCT);
    expect(ttl.status).toBe(200);
    expect(ttl.headers.get('content-type')).toMatch(/^text\/turtle/);
    expect(new Parser({ format: 'Turtle' }).parse(await ttl.text())).toHaveLength(labels.length);

    const nt = await postQuery(CONSTRUCT, 'application/n-triples');
    expect(nt.headers.get('content-type')).toMatch(/^application\/n-triples/);
    const lines = (await nt.text()).trim().split('\n');
    expect(lines).toHaveLength(labels.length);
    expect(lines.every((l) => /^<[^>]+> <http:\/\/www\.w3\.org\/2000\/01\/rdf-schema#label> ".*"(@[a-z-]+)? \.$/.test(l))).toBe(true);

    const describe = await postForm({ query: `DESCRIBE <${accusations[0]}>` }, 'text/turtle');
    expect(describe.status).toBe(200);
    expect(await describe.text()).toContain('Accusation');
  });

  it('refuses updates with 403, whichever way they come', async () => {
    const before = store.size;
    const insert = 'INSERT DATA { <urn:a> <urn:b> <urn:c> }';
    expect((await postForm({ update: insert })).status).toBe(403);
    expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/sparql-update' }, body: insert })).status).toBe(403);
    expect((await fetch(`${url}?update=${encodeURIComponent(insert)}`)).status).toBe(403);
    const asQuery = await postForm({ query: insert });
    expect(asQuery.status).toBe(403);
    expect(await asQuery.text()).toMatch(/read-only/);
    // Nothing changed.
    const count = (await (await get('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')).json()) as { results: { bindings: Array<{ n: { value: string } }> } };
    expect(Number(count.results.bindings[0].n.value)).toBe(before);
  });

  it('answers a bad query with 400 and a message, an unknown Accept with 406, a bad method with 405', async () => {
    const bad = await get('SELECT ?x WHERE { ?x ?y }');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('access-control-allow-origin')).toBe('*');
    expect(await bad.text()).toMatch(/^invalid SPARQL at line 1, column \d+/);
    expect((await get(SELECT, 'image/png')).status).toBe(406);
    expect((await fetch(url, { method: 'PUT', body: 'x' })).status).toBe(405);
    expect((await fetch(url)).status).toBe(400);
    expect((await fetch(url.replace('/sparql', '/nope'))).status).toBe(404);
    expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: SELECT })).status).toBe(415);
  });

  // Wrong: "undeclared prefix nkg:" (400) to the very queries `newskg sparql` accepts.
  it("offers the model's prefixes, as newskg sparql does: a query need not declare nkg:", async () => {
    const bare = 'SELECT ?e WHERE { ?e a nkg:Accusation } ORDER BY ?e';
    const res = await get(bare);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.text()).toBe(await (await get(SELECT)).text());
    // Errors point into the user's own lines, not the declarations put before them.
    const bad = await postQuery('SELECT ?e\nWHERE { ?e a nkg:Accusation');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/^invalid SPARQL at line 2, /);
    // A prefix the query declares itself is its own.
    const own = (await (await get('PREFIX nkg: <urn:elsewhere#> ASK { ?e a nkg:Accusation }')).json()) as { boolean: boolean };
    expect(own.boolean).toBe(false);
  });

  it('answers a CORS preflight', async () => {
    const res = await fetch(url, { method: 'OPTIONS', headers: { origin: 'http://localhost:8888', 'access-control-request-method': 'POST' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/content-type/i);
  });

  it('is a remote endpoint for newskg sparql and newskg query --endpoint', async () => {
    const remote = await newskg(['sparql', '--endpoint', url, '-f', 'csv', SELECT]);
    expect(remote.stderr).toBe('');
    expect(remote.stdout).toBe(`e\r\n${accusations.join('\r\n')}\r\n`);
    const embedded = await newskg(['sparql', '--graph', graph, '-f', 'csv', SELECT]);
    expect(embedded.stdout).toBe(remote.stdout);

    const named = await newskg(['query', 'accusations', '--endpoint', url, '-f', 'json']);
    expect(named.code).toBe(0);
    expect(JSON.parse(named.stdout)).toEqual(runNamedQuery(store, 'accusations').rows);

    const about = await newskg(['query', 'about', 'lavrov', '--endpoint', url, '-f', 'json']);
    const local = await newskg(['query', 'about', 'lavrov', '--graph', graph, '-f', 'json']);
    expect(about.code).toBe(0);
    expect(about.stdout).toBe(local.stdout);

    // default-graph-uri is passed on: a graph that does not exist makes an empty default graph.
    const elsewhere = await newskg(['sparql', '--endpoint', url, '--default-graph', 'urn:newskg:none', 'ASK { ?s ?p ?o }']);
    expect(elsewhere.stdout).toBe('false\n');

    const bad = await newskg(['sparql', '--endpoint', url, 'SELECT ?x WHERE { ?x ?y }']);
    expect(bad.code).toBe(2);
    expect(oneLine(bad.stderr), bad.stderr).toBe(true);
    expect(bad.stderr).toContain('HTTP 400');
  }, 180_000);

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('timeout'), 10_000))]);
    expect(code).toBe(0);
    expect(stderr).toContain('stopping');
    await expect(fetch(url)).rejects.toThrow();
  }, 15_000);
});

// Queries run on threads, not on the event loop: a slow one holds its thread only, is stopped at
// --timeout (503, the thread replaced), and at most --max-queries run at once.
describe('newskg serve under a slow query', () => {
  let dir: string;
  const servers: ChildProcess[] = [];
  let free: string;
  let strict: string;
  // 300 triples: the three-way cartesian product below counts 27 million rows, seconds of work.
  const SLOW = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
  const FAST = 'ASK { <urn:newskg:test:s1> ?p ?o }';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newskg-serve-slow-'));
    const graph = join(dir, 'graph.nt');
    writeFileSync(graph, Array.from({ length: 300 }, (_, i) => `<urn:newskg:test:s${i}> <urn:newskg:test:p> "${i}" .\n`).join(''));
    const a = await startServe(graph, []);
    servers.push(a.child);
    free = a.url;
    const b = await startServe(graph, ['--timeout', '1', '--max-queries', '1', '--no-default-prefixes']);
    servers.push(b.child);
    strict = b.url;
  }, 120_000);

  afterAll(() => {
    for (const s of servers) if (s.exitCode === null) s.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  // Wrong: the engine ran on the event loop, so one cartesian COUNT held every other request.
  it('answers a fast query while a slow one is still running', async () => {
    const order: string[] = [];
    const slow = track(postQueryTo(free, SLOW), order, 'slow');
    slow.promise.catch(() => undefined);
    const fast = await track(postQueryTo(free, FAST), order, 'fast').promise;
    expect(fast.status).toBe(200);
    expect(await fast.json()).toEqual({ head: {}, boolean: true });
    expect(slow.settled()).toBe(false);
    expect(order).toEqual(['fast']);
  });

  it('stops a query at --timeout with 503 and the reason, runs at most --max-queries at once, and goes on', async () => {
    const order: string[] = [];
    const slow = track(postQueryTo(strict, SLOW), order, 'slow');
    // One query at a time: this one waits for the slow one's thread.
    const waiting = track(postQueryTo(strict, FAST), order, 'waiting');
    const res = await slow.promise;
    expect(res.status).toBe(503);
    expect(await res.text()).toBe('query timed out: still running after --timeout 1 s, stopped\n');
    const after = await waiting.promise;
    expect([200, 503]).toContain(after.status);
    expect(order).toEqual(['slow', 'waiting']);
    // The stopped thread was replaced.
    const next = await postQueryTo(strict, FAST);
    expect(next.status).toBe(200);
    expect(await next.json()).toEqual({ head: {}, boolean: true });
  });

  it('with --no-default-prefixes, a query must declare its prefixes', async () => {
    const res = await postQueryTo(strict, 'SELECT ?e WHERE { ?e a nkg:Accusation }');
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/undeclared prefix "nkg:"/);
  });
});
