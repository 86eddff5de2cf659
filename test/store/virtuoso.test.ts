// Integration with a real Virtuoso (Debian package virtuoso-opensource): build the seed articles
// with the CLI, load them with `newskg load` (Digest auth, staging + MOVE), load again
// (idempotent), and check that every named query gives the same rows through
// `newskg query … --endpoint` as on the embedded engine.
// Skipped, saying so, when virtuoso-t or ../shared is absent; NEWSKG_REQUIRE_TOOLS=1 and
// NEWSKG_REQUIRE_SHARED=1 (CI) make their absence a failure.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from 'oxigraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/query/load-graph.js';
import { listNamedQueries, runNamedQuery } from '../../src/query/named-queries.js';
import { resolveEntity } from '../../src/query/resolve-entity.js';
import type { Table } from '../../src/query/sparql.js';
import { HttpSession } from '../../src/store/http.js';
import { bestMatches, resolveEntityRemote, runNamedQueryRemote } from '../../src/store/remote-query.js';
import { SparqlEndpoint } from '../../src/store/sparql-endpoint.js';
import { namedQueryText } from '../../src/query/named-queries.js';
import { SEED, haveShared, haveTool } from '../helpers.js';
import { newskg, oneLine } from './cli.js';
import { diffTables } from './compare.js';
import { freePort, startVirtuoso, VIRTUOSO_BIN, type Virtuoso } from './virtuoso-harness.js';

const ready = haveTool(VIRTUOSO_BIN) && haveShared();
const PASSWORD_VAR = 'NEWSKG_TEST_VIRTUOSO_PASSWORD';
const ENV = { [PASSWORD_VAR]: 'dba' };
const GRAPH = 'https://w3id.org/newskg/id/build';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe.skipIf(!ready)('Virtuoso: newskg load and --endpoint queries', () => {
  let v: Virtuoso;
  let dir: string;
  let ttl: string;
  let store: Store;
  let remote: SparqlEndpoint;
  let first: Awaited<ReturnType<typeof newskg>>;
  const timings: string[] = [];

  const auth = ['--user', 'dba', '--password-env', PASSWORD_VAR];
  const load = (...extra: string[]) => newskg(['load', '--endpoint', v.graphCrudAuth, '--graph', ttl, ...auth, ...extra], { env: ENV });
  const count = async (graph: string) => {
    const r = await remote.results(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`);
    return Number(r.results!.bindings[0].n.value);
  };
  const remoteTable = async (args: string[]): Promise<Table> => {
    const run = await newskg(['query', ...args, '--endpoint', v.sparql, '-f', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as Table['rows'];
    return { columns: rows.length ? Object.keys(rows[0]) : [], rows };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newskg-virtuoso-test-'));
    const [server, build] = await Promise.all([startVirtuoso(), newskg(['build', SEED, '-o', join(dir, 'seed')])]);
    v = server;
    expect(build.code, build.stderr).toBe(0);
    ttl = join(dir, 'seed', 'graph.ttl');
    store = await loadGraph(ttl);
    remote = new SparqlEndpoint(v.sparql, new HttpSession({ timeoutMs: 30_000 }));
    timings.push(`virtuoso startup ${v.startupSeconds.toFixed(1)} s`);
    // Loaded here so that every test (also one picked alone with -t) finds the build in the store.
    first = await load();
  }, 180_000);

  afterAll(async () => {
    await v?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (timings.length) console.log(`[virtuoso] ${timings.join('; ')}`);
  }, 180_000);

  it('loads the build through staging and MOVE, and a second load leaves the same triples', async () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Loaded ${store.size} triples into <${GRAPH}>`);
    expect(first.stdout).toContain('swapped by MOVE');
    expect(await count(GRAPH)).toBe(store.size);
    expect(await count(`${GRAPH}-staging`)).toBe(0);

    const second = await load('-q');
    expect(second.code).toBe(0);
    expect(await count(GRAPH)).toBe(store.size);

    const byPut = await load('-q', '--swap', 'put');
    expect(byPut.code).toBe(0);
    expect(byPut.stdout).toContain('swapped by PUT');
    expect(await count(GRAPH)).toBe(store.size);
    expect(await count(`${GRAPH}-staging`)).toBe(0);
    const ms = (r: { stdout: string }) => /in (\d+) ms/.exec(r.stdout)?.[1];
    timings.push(`load ${store.size} triples: ${ms(first)} ms, again ${ms(second)} ms, PUT swap ${ms(byPut)} ms (CLI wall ${Math.round(first.ms)} ms)`);
  }, 120_000);

  it('every named query gives the same rows on Virtuoso as embedded', async () => {
    const queries = listNamedQueries().filter((q) => q.params.length === 0);
    expect(queries.length).toBeGreaterThanOrEqual(7);
    let nonEmpty = 0;
    for (const q of queries) {
      // In process, through the function `newskg query --endpoint` calls (the CLI is checked below).
      const embedded = runNamedQuery(store, q.name);
      const virtuoso = await runNamedQueryRemote(remote, q.name);
      expect(diffTables(embedded, virtuoso, readFileSync(q.file, 'utf8')), q.name).toBeNull();
      if (embedded.rows.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(5);
    for (const name of ['accusations', 'meetings']) {
      const q = queries.find((x) => x.name === name)!;
      expect(diffTables(runNamedQuery(store, name), await remoteTable([name]), readFileSync(q.file, 'utf8')), `CLI ${name}`).toBeNull();
    }
    // Pages: LIMIT/OFFSET inside the inner query of statements and timeline, at the end elsewhere.
    for (const name of ['statements', 'timeline', 'accusations']) {
      const page = { limit: 4, offset: 2 };
      const embedded = runNamedQuery(store, name, {}, undefined, page);
      expect(embedded.rows, name).toEqual(runNamedQuery(store, name).rows.slice(2, 6));
      const text = namedQueryText(name, {}, undefined, page);
      expect(diffTables(embedded, await runNamedQueryRemote(remote, name, {}, page), text), `page of ${name}`).toBeNull();
    }
    const cliPage = await remoteTable(['timeline', '--limit', '3', '--offset', '1']);
    expect(cliPage.rows).toEqual(runNamedQuery(store, 'timeline').rows.slice(1, 4));
  }, 120_000);

  it('about <entity> resolves the entity remotely and gives the same rows', async () => {
    for (const text of ['lavrov', "l'Otan", 'BLINKEN', 'Ukraine']) {
      const matches = resolveEntity(store, text);
      expect(matches.length, text).toBeGreaterThan(0);
      const best = bestMatches(matches).map((m) => m.iri);
      expect(bestMatches(await resolveEntityRemote(remote, text)).map((m) => m.iri), text).toEqual(best);
      const embedded = runNamedQuery(store, 'about', { entity: best });
      expect(embedded.rows.length, text).toBeGreaterThan(0);
      const query = namedQueryText('about', { entity: best });
      expect(diffTables(embedded, await runNamedQueryRemote(remote, 'about', { entity: best }), query), text).toBeNull();
      if (text === "l'Otan") expect(diffTables(embedded, await remoteTable(['about', text]), query), `CLI ${text}`).toBeNull();
    }
    // User text never reaches the SPARQL text: a would-be injection is just a name that matches nothing.
    const none = await newskg(['query', 'about', 'zzzz"} . ?x ?y ?z #', '--endpoint', v.sparql]);
    expect(none.code).toBe(2);
    expect(oneLine(none.stderr)).toBe(true);
    expect(none.stderr).toContain('no entity matches');
  }, 120_000);

  it('median named-query latency, embedded vs Virtuoso (recorded)', async () => {
    const parts: string[] = [];
    for (const q of listNamedQueries().filter((x) => x.params.length === 0)) {
      const text = readFileSync(q.file, 'utf8');
      const emb: number[] = [];
      const vir: number[] = [];
      for (let i = 0; i < 7; i++) {
        let t = performance.now();
        runNamedQuery(store, q.name);
        emb.push(performance.now() - t);
        t = performance.now();
        await remote.results(text);
        vir.push(performance.now() - t);
      }
      parts.push(`${q.name} ${median(emb).toFixed(1)}/${median(vir).toFixed(1)}`);
    }
    timings.push(`median ms embedded/virtuoso: ${parts.join(', ')}`);
    expect(parts.length).toBeGreaterThan(0);
  }, 120_000);

  it('per-article load: one graph per article plus entities, same triples, same answers', async () => {
    const run = await load('--per-article');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const graphs = [...run.stdout.matchAll(/^loaded <([^>]+)> \((\d+) triples\)$/gm)];
    const shared = graphs.filter(([, g]) => /\/graph\/(entities|events)$/.test(g));
    expect(graphs.length - shared.length).toBe(5); // one per seed article
    expect(graphs[0][1]).toBe('https://w3id.org/newskg/id/graph/entities'); // shared graphs first
    let total = 0;
    for (const [, g, n] of graphs) {
      expect(await count(g), g).toBe(Number(n));
      total += Number(n);
    }
    expect(total).toBe(store.size);
    // With the whole-build graph gone, the article graphs alone answer like the build.
    const session = new HttpSession({ credentials: { user: 'dba', password: 'dba' } });
    const del = await session.request(new URL(`${v.graphCrudAuth}?graph=${encodeURIComponent(GRAPH)}`), { method: 'DELETE' });
    expect(del.status).toBeLessThan(300);
    expect(await count(GRAPH)).toBe(0);
    const q = listNamedQueries().find((x) => x.name === 'accusations')!;
    expect(diffTables(runNamedQuery(store, q.name), await remoteTable([q.name]), readFileSync(q.file, 'utf8'))).toBeNull();
    // Loading the articles again changes nothing.
    const again = await load('--per-article', '-q');
    expect(again.code).toBe(0);
    for (const [, g, n] of graphs) expect(await count(g)).toBe(Number(n));
  }, 120_000);

  it('wrong credentials: exit 2, one line naming the endpoint and the status, no password', async () => {
    const secret = 'not-the-password-1234';
    const before = await count(GRAPH);
    const run = await newskg(['load', '--endpoint', v.graphCrudAuth, '--graph', ttl, '--user', 'dba', '--password-env', 'WRONG_PW'], { env: { WRONG_PW: secret } });
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr), run.stderr).toBe(true);
    expect(run.stderr).toContain(v.graphCrudAuth);
    expect(run.stderr).toContain('401');
    expect(run.stdout + run.stderr).not.toContain(secret);
    // Nothing was changed by the refused load.
    expect(await count(GRAPH)).toBe(before);
  }, 180_000);

  it('endpoint down: exit 2, one line naming the endpoint', async () => {
    const port = await freePort();
    const endpoint = `http://127.0.0.1:${port}/sparql-graph-crud-auth`;
    const run = await newskg(['load', '--endpoint', endpoint, '--graph', ttl, ...auth], { env: ENV });
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr), run.stderr).toBe(true);
    expect(run.stderr).toContain(endpoint);
    expect(run.stderr).toContain('connection refused');
    const q = await newskg(['query', 'accusations', '--endpoint', `http://127.0.0.1:${port}/sparql`]);
    expect(q.code).toBe(2);
    expect(oneLine(q.stderr)).toBe(true);
  }, 180_000);

  it('invalid SPARQL on Virtuoso: exit 2, one line with the server\'s reason', async () => {
    const run = await newskg(['sparql', '--endpoint', v.sparql, 'SELEC * WHERE { ?s ?p ?o }']);
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr), run.stderr).toBe(true);
    expect(run.stderr).toContain('400');
  }, 180_000);
});
