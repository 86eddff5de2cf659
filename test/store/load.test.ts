// `newskg load` against an in-process Graph Store (node:http) that checks HTTP Digest the way
// RFC 7616 says, independently of src/store/digest.ts, and can be told to fail: staging and
// swap, idempotence, per-article reports, credentials, timeouts. The real-store test is
// virtuoso.test.ts.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { entitiesGraphIri } from '../../src/graph/iri.js';
import { buildGraph } from '../../src/graph/to-quads.js';
import { writeGraph } from '../../src/graph/writer.js';
import { loadGraph } from '../../src/query/load-graph.js';
import { corpus } from '../graph/fixture.js';
import { newskg, oneLine } from './cli.js';

const USER = 'loader';
const PASSWORD = 'pa ss:wörd"1';
const ENV = { MOCK_PW: PASSWORD };
const AUTH = ['--user', USER, '--password-env', 'MOCK_PW'];
const md5 = (s: string) => createHash('md5').update(s, 'utf8').digest('hex');

interface Mock {
  url: string;
  graphs: Map<string, string>;
  requests: Array<{ method: string; path: string; graph: string | null; status: number; bytes: number }>;
  failPut: (graph: string) => number | null;
  hang: boolean;
  scheme: 'digest' | 'basic';
  close: () => Promise<void>;
}

function parseAuthParams(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of header.replace(/^Digest\s+/i, '').matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
    out[m[1]] = (m[2] ?? m[3]).replace(/\\(.)/g, '$1');
  }
  return out;
}

async function startMock(): Promise<Mock> {
  const nonces = new Set<string>();
  const realm = 'mock store';
  const mock: Mock = { url: '', graphs: new Map(), requests: [], failPut: () => null, hang: false, scheme: 'digest', close: async () => {} };

  const authorized = (method: string, url: string, header: string | undefined): boolean => {
    if (!header) return false;
    if (mock.scheme === 'basic') return header === `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
    const p = parseAuthParams(header);
    if (!nonces.has(p.nonce) || p.username !== USER || p.realm !== realm || p.uri !== url || p.qop !== 'auth') return false;
    const ha1 = md5(`${USER}:${realm}:${PASSWORD}`);
    const ha2 = md5(`${method}:${url}`);
    return p.response === md5(`${ha1}:${p.nonce}:${p.nc}:${p.cnonce}:auth:${ha2}`);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url!, 'http://x');
      const graph = url.searchParams.get('graph');
      const answer = (status: number, text = '') => {
        mock.requests.push({ method: req.method!, path: url.pathname, graph, status, bytes: body.length });
        res.writeHead(status, { 'content-type': 'text/plain' });
        res.end(text);
      };
      if (mock.hang) return; // never answers
      if (!authorized(req.method!, req.url!, req.headers.authorization)) {
        const nonce = randomBytes(8).toString('hex');
        nonces.add(nonce);
        const challenge = mock.scheme === 'basic' ? `Basic realm="${realm}"` : `Digest realm="${realm}", nonce="${nonce}", qop="auth", algorithm=MD5, opaque="o"`;
        res.setHeader('www-authenticate', challenge);
        return answer(401, 'Unauthorized');
      }
      if (url.pathname === '/ds/update') {
        const m = /^MOVE GRAPH <([^>]+)> TO GRAPH <([^>]+)>$/.exec(new URLSearchParams(body).get('update') ?? '');
        if (!m) return answer(400, 'unsupported update');
        if (!mock.graphs.has(m[1])) return answer(404, 'no source graph');
        mock.graphs.set(m[2], mock.graphs.get(m[1])!);
        mock.graphs.delete(m[1]);
        return answer(200);
      }
      if (!graph) return answer(400, 'graph= needed');
      if (req.method === 'PUT') {
        const fail = mock.failPut(graph);
        if (fail) return answer(fail, '<html><body><h1>Internal error</h1><p>disk full</p></body></html>');
        const created = !mock.graphs.has(graph);
        mock.graphs.set(graph, body);
        return answer(created ? 201 : 204);
      }
      if (req.method === 'POST') {
        const created = !mock.graphs.has(graph);
        mock.graphs.set(graph, (mock.graphs.get(graph) ?? '') + body);
        return answer(created ? 201 : 200);
      }
      if (req.method === 'DELETE') {
        const had = mock.graphs.delete(graph);
        return answer(had ? 204 : 404);
      }
      return answer(405);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  mock.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  mock.close = () =>
    new Promise((r) => {
      server.close(() => r());
      server.closeAllConnections();
    });
  return mock;
}

describe('newskg load (Graph Store protocol, mock store)', () => {
  let dir: string;
  let ttl: string;
  let trig: string;
  let size: number;
  let mock: Mock;
  const BUILD = 'https://w3id.org/newskg/id/build';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newskg-load-'));
    ttl = join(dir, 'graph.ttl');
    trig = join(dir, 'graph.trig');
    const quads = buildGraph(corpus());
    await writeGraph(quads, ttl, { format: 'turtle' });
    await writeGraph(quads, trig, { format: 'trig' });
    size = (await loadGraph(ttl)).size;
    mock = await startMock();
  });
  afterAll(async () => {
    await mock.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    mock.graphs.clear();
    mock.requests.length = 0;
    mock.failPut = () => null;
    mock.hang = false;
    mock.scheme = 'digest';
  });

  it('whole build: staging PUT, then MOVE on the sibling update endpoint; one Digest handshake; idempotent', async () => {
    const run = await newskg(['load', '--endpoint', `${mock.url}/ds/data`, '--graph', ttl, ...AUTH], { env: ENV });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`Loaded ${size} triples into <${BUILD}> at ${mock.url}/ds/data in \\d+ ms \\(staged, swapped by MOVE\\)`));
    expect([...mock.graphs.keys()]).toEqual([BUILD]);
    const seen = mock.requests.map((r) => `${r.method} ${r.path} ${r.graph ?? ''} ${r.status}`);
    expect(seen).toEqual([
      `DELETE /ds/data ${BUILD}-staging 401`,
      `DELETE /ds/data ${BUILD}-staging 404`,
      `PUT /ds/data ${BUILD}-staging 201`,
      `POST /ds/update  200`,
    ]);
    const first = mock.graphs.get(BUILD);

    const again = await newskg(['load', '--endpoint', `${mock.url}/ds/data`, '--graph', ttl, ...AUTH, '-q'], { env: ENV });
    expect(again.code).toBe(0);
    expect(mock.graphs.get(BUILD)).toBe(first);
    expect([...mock.graphs.keys()]).toEqual([BUILD]);
  }, 180_000);

  it('a large build is staged in parts (PUT, then POSTs), then moved in one step', async () => {
    const run = await newskg(['load', '--endpoint', `${mock.url}/ds/data`, '--graph', ttl, '--part-triples', '100', ...AUTH], { env: ENV });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const parts = Math.ceil(size / 100);
    expect(run.stdout).toContain(`part ${parts} of ${parts}`);
    const staging = mock.requests.filter((r) => r.graph === `${BUILD}-staging` && r.status < 300 && r.method !== 'DELETE');
    expect(staging.map((r) => r.method)).toEqual(['PUT', ...Array(parts - 1).fill('POST')]);
    expect([...mock.graphs.keys()]).toEqual([BUILD]);
    const lines = mock.graphs.get(BUILD)!.trim().split('\n');
    expect(lines).toHaveLength(size);
    expect(new Set(lines).size).toBe(size);
  }, 180_000);

  it('whole build without an update endpoint: PUT to the final graph, then DELETE staging', async () => {
    const run = await newskg(['load', '--endpoint', `${mock.url}/store`, '--graph', trig, '--graph-iri', 'urn:newskg:test', ...AUTH], { env: ENV });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('swapped by PUT');
    expect([...mock.graphs.keys()]).toEqual(['urn:newskg:test']);
    // The TriG build was flattened to the same triples as the Turtle one.
    expect(run.stdout).toContain(`Loaded ${size} triples`);
  }, 180_000);

  it('a failure after staging leaves the final graph as it was and removes staging', async () => {
    mock.graphs.set('urn:g', 'OLD');
    mock.failPut = (g) => (g === 'urn:g' ? 500 : null);
    const run = await newskg(['load', '--endpoint', `${mock.url}/store`, '--graph', ttl, '--graph-iri', 'urn:g', ...AUTH], { env: ENV });
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr), run.stderr).toBe(true);
    expect(run.stderr).toContain(`${mock.url}/store`);
    expect(run.stderr).toContain('HTTP 500');
    expect(run.stderr).toContain('disk full');
    expect(run.stderr).toContain('<urn:g> was not replaced');
    expect([...mock.graphs]).toEqual([['urn:g', 'OLD']]);
  }, 180_000);

  it('per article: one graph each plus entities; a failure says exactly which graphs were loaded', async () => {
    const ok = await newskg(['load', '--endpoint', `${mock.url}/ds/data`, '--graph', ttl, '--per-article', ...AUTH], { env: ENV });
    expect(ok.code).toBe(0);
    const loaded = [...ok.stdout.matchAll(/^loaded <([^>]+)>/gm)].map((m) => m[1]);
    expect(loaded[0]).toBe(entitiesGraphIri('https://w3id.org/newskg/id/'));
    expect(loaded.filter((g) => /\/graph\/[^/]+\.txt$/.test(g))).toHaveLength(corpus().length);
    expect([...mock.graphs.keys()].sort()).toEqual([...loaded].sort());
    // No staging graphs in this mode: each PUT replaces one graph; only the first one met the
    // Digest challenge, the others carried credentials up front.
    expect(mock.requests.filter((r) => r.method === 'PUT' && r.status < 300).length).toBe(loaded.length);
    expect(mock.requests.filter((r) => r.status === 401).length).toBe(1);

    mock.graphs.clear();
    const victim = loaded[2];
    mock.failPut = (g) => (g === victim ? 503 : null);
    const bad = await newskg(['load', '--endpoint', `${mock.url}/ds/data`, '--graph', ttl, '--per-article', ...AUTH], { env: ENV });
    expect(bad.code).toBe(2);
    expect(oneLine(bad.stderr), bad.stderr).toBe(true);
    expect(bad.stderr).toContain('HTTP 503');
    expect(bad.stderr).toContain(`2 of ${loaded.length} graphs were loaded`);
    expect(bad.stderr).toContain(`<${victim}>`);
    expect(bad.stdout.trim().split('\n').map((l) => /^loaded <([^>]+)>/.exec(l)?.[1])).toEqual(loaded.slice(0, 2));
    expect([...mock.graphs.keys()].sort()).toEqual(loaded.slice(0, 2).sort());
  }, 180_000);

  it('wrong password: exit 2, one line with endpoint and 401, password never printed', async () => {
    const run = await newskg(['load', '--endpoint', `${mock.url}/ds/data`, '--graph', ttl, '--user', USER, '--password-env', 'BAD'], { env: { BAD: 'hunter2-secret' } });
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr), run.stderr).toBe(true);
    expect(run.stderr).toContain(`${mock.url}/ds/data`);
    expect(run.stderr).toContain('HTTP 401');
    expect(run.stdout + run.stderr).not.toContain('hunter2');
    expect(mock.graphs.size).toBe(0);
    // Gives up after the refused answer to the challenge, without hammering the server.
    expect(mock.requests.length).toBeLessThanOrEqual(3);
  }, 180_000);

  it('Basic auth when the server asks for it', async () => {
    mock.scheme = 'basic';
    const run = await newskg(['load', '--endpoint', `${mock.url}/store`, '--graph', ttl, ...AUTH], { env: ENV });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(mock.graphs.has(BUILD)).toBe(true);
  }, 180_000);

  it('missing credentials, unset variable, bad options: exit 2 with one line', async () => {
    const noCreds = await newskg(['load', '--endpoint', `${mock.url}/store`, '--graph', ttl]);
    expect(noCreds.code).toBe(2);
    expect(noCreds.stderr).toContain('HTTP 401');
    const unset = await newskg(['load', '--endpoint', `${mock.url}/store`, '--graph', ttl, '--user', USER, '--password-env', 'NEWSKG_SURELY_UNSET_VAR']);
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('NEWSKG_SURELY_UNSET_VAR');
    const literal = await newskg(['load', '--endpoint', `${mock.url}/store`, '--graph', ttl, '--user', USER, '--password-env', 'my secret!']);
    expect(literal.code).toBe(2);
    expect(literal.stderr).not.toContain('my secret!');
    const inUrl = await newskg(['load', '--endpoint', `http://u:topsecret@127.0.0.1:1/x`, '--graph', ttl]);
    expect(inUrl.code).toBe(2);
    expect(inUrl.stderr).not.toContain('topsecret');
    for (const r of [noCreds, unset, literal, inUrl]) expect(oneLine(r.stderr), r.stderr).toBe(true);
    expect(mock.graphs.size).toBe(0);
  }, 180_000);

  it('a server that does not answer: timeout, exit 2, one line', async () => {
    mock.hang = true;
    const run = await newskg(['load', '--endpoint', `${mock.url}/store`, '--graph', ttl, '--timeout', '800', ...AUTH], { env: ENV });
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr), run.stderr).toBe(true);
    expect(run.stderr).toContain(`${mock.url}/store`);
    expect(run.stderr).toContain('800 ms');
  }, 180_000);
});
