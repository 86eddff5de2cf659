// Named-query latency on Virtuoso, for `npm run bench` (called at the end of bench/run.ts) or on
// its own: `node dist/bench/virtuoso.js GRAPH.ttl` prints one JSON line.
//
// Starts a throw-away Virtuoso on 127.0.0.1 (bench/virtuoso-server.ts, shared with the tests),
// loads the graph with `newskg load` (the compiled CLI: Graph Store Protocol, Digest auth,
// staging + MOVE), then runs every named query 20 times through the function behind
// `newskg query … --endpoint` and records median, p95 and row count. Virtuoso is stopped and its
// database directory removed whatever happens. Without virtuoso-t the section is skipped.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../src/paths.js';
import { listNamedQueries } from '../src/query/named-queries.js';
import { HttpSession } from '../src/store/http.js';
import { resolveEntityRemote, runNamedQueryRemote } from '../src/store/remote-query.js';
import { SparqlEndpoint } from '../src/store/sparql-endpoint.js';
import { haveVirtuoso, startVirtuoso, VIRTUOSO_BIN } from './virtuoso-server.js';
import { PAGE_ROWS, timeRuns, type NamedQueryTiming } from './timing.js';

export type VirtuosoBench =
  | { skipped: string }
  | { startupSeconds: number; loadSeconds: number; loadOutput: string; triples: number | null; queries: Record<string, NamedQueryTiming> };

const PASSWORD_VAR = 'NEWSKG_BENCH_VIRTUOSO_PASSWORD';

function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const main = join(PACKAGE_ROOT, 'dist', 'src', 'cli', 'main.js');
  return new Promise((resolve) => {
    execFile(process.execPath, ['--max-old-space-size=4096', main, ...args], { env: { ...process.env, ...env }, maxBuffer: 1 << 26 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Loads `graphFile` into a fresh Virtuoso and times every named query there. */
export async function benchVirtuoso(graphFile: string, log: (m: string) => void = () => {}): Promise<VirtuosoBench> {
  if (!haveVirtuoso()) return { skipped: `${VIRTUOSO_BIN} is not installed (Debian package virtuoso-opensource)` };
  const v = await startVirtuoso();
  try {
    log(`bench: Virtuoso up in ${v.startupSeconds.toFixed(1)} s on ${v.base}; loading ${graphFile}…`);
    const t0 = performance.now();
    const load = await cli(['load', '--endpoint', v.graphCrudAuth, '--graph', graphFile, '--user', 'dba', '--password-env', PASSWORD_VAR], {
      [PASSWORD_VAR]: 'dba',
    });
    const loadSeconds = (performance.now() - t0) / 1000;
    if (load.code !== 0) throw new Error(`newskg load failed (exit ${load.code}): ${load.stderr.trim()}`);
    const triples = Number(/Loaded (\d+) triples/.exec(load.stdout)?.[1] ?? NaN);

    const remote = new SparqlEndpoint(v.sparql, new HttpSession({ timeoutMs: 600_000 }));
    // `about` is bound like the embedded measurement (bench/child.ts): the first entity matching "Russie".
    const about = (await resolveEntityRemote(remote, 'Russie')).map((m) => m.iri).slice(0, 1);
    const queries: Record<string, NamedQueryTiming> = {};
    for (const q of listNamedQueries()) {
      const params: Record<string, string[]> = {};
      for (const p of q.params) params[p] = about;
      if (q.params.length && !about.length) continue;
      log(`bench: Virtuoso ${q.name}…`);
      const all = await timeRuns(async () => (await runNamedQueryRemote(remote, q.name, params)).rows.length);
      const page = await timeRuns(async () => (await runNamedQueryRemote(remote, q.name, params, { limit: PAGE_ROWS })).rows.length);
      queries[q.name] = { ...all, page };
    }
    return { startupSeconds: v.startupSeconds, loadSeconds, loadOutput: load.stdout.split('\n').find((l) => l.startsWith('Loaded')) ?? '', triples: Number.isNaN(triples) ? null : triples, queries };
  } finally {
    await v.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: node dist/bench/virtuoso.js GRAPH.ttl\n');
    process.exit(2);
  }
  const result = await benchVirtuoso(file, (m) => process.stderr.write(`${m}\n`));
  process.stdout.write(JSON.stringify(result) + '\n');
}
