// One measurement in its own process, so that peak RSS belongs to that measurement alone.
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { Writer, Parser } from 'n3';
import { buildCorpus } from '../src/pipeline/build.js';
import { writeGraph } from '../src/graph/index.js';
import { loadGraph, listNamedQueries, runNamedQuery, resolveEntity } from '../src/query/index.js';
import { defaultWorkers } from '../src/pipeline/pool.js';
import { PAGE_ROWS, timeRuns, type NamedQueryTiming } from './timing.js';

const [mode, dir, extra] = process.argv.slice(2);

function filesOf(d: string): string[] {
  return readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => join(d, f));
}

function textsOf(d: string): string[] {
  return filesOf(d).map((f) => readFileSync(f, 'utf8'));
}

/**
 * The floor's work split over `n` threads (article i to thread i mod n), timed from a common
 * start once every thread has loaded fr-compromise: what this machine gives the bare parse on
 * all its cores, the ceiling of the build's own speed-up (c/b).
 */
async function floorOnThreads(d: string, n: number): Promise<number> {
  const files = filesOf(d);
  const script = new URL('./floor-thread.js', import.meta.url);
  const workers = Array.from({ length: n }, (_, k) => new Worker(script, { workerData: { files: files.filter((_, i) => i % n === k) } }));
  const next = (w: Worker) =>
    new Promise<{ seconds?: number }>((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
    });
  await Promise.all(workers.map(next));
  const t0 = performance.now();
  const done = workers.map(next);
  for (const w of workers) w.postMessage('go');
  await Promise.all(done);
  const seconds = (performance.now() - t0) / 1000;
  await Promise.all(workers.map((w) => w.terminate()));
  return seconds;
}

async function main(): Promise<Record<string, unknown>> {
  // Imported here, not at the top: fr-compromise on the main thread would count in the peak RSS
  // of the build rows (b, c), whose own threads load what they need.
  if (mode === 'floor') return { seconds: (await import('./floor.js')).parseSeconds(textsOf(dir)) };
  if (mode === 'floor-threads') {
    const threads = extra === 'all' ? defaultWorkers() : Number(extra);
    return { seconds: await floorOnThreads(dir, threads), threads };
  }
  if (mode === 'build') {
    const keep = process.argv[5];
    const out = keep ?? mkdtempSync(join(tmpdir(), 'newskg-bench-'));
    const workers = extra === 'all' ? defaultWorkers() : Number(extra);
    const t0 = performance.now();
    const s = await buildCorpus([dir], { outDir: out, workers, cache: false });
    const seconds = (performance.now() - t0) / 1000;
    if (!keep) rmSync(out, { recursive: true, force: true });
    return {
      seconds, workers, triples: s.triples, articles: s.articles, entities: Object.values(s.entities).reduce((a, b) => a + b, 0), stages: s.seconds,
    };
  }
  if (mode === 'serialize') {
    // The graph file of a build, parsed back: our writer vs N3.js alone on the same triples.
    const quads = new Parser().parse(readFileSync(dir, 'utf8'));
    const out = mkdtempSync(join(tmpdir(), 'newskg-ser-'));
    let t0 = performance.now();
    await writeGraph(quads, join(out, 'g.ttl'), { format: 'turtle' });
    const ours = (performance.now() - t0) / 1000;
    t0 = performance.now();
    const w = new Writer({ format: 'Turtle' });
    for (const q of quads) w.addQuad(q);
    await new Promise<string>((res, rej) => w.end((e, r) => (e ? rej(e) : res(r))));
    const floor = (performance.now() - t0) / 1000;
    rmSync(out, { recursive: true, force: true });
    return { triples: quads.length, ours, floor };
  }
  if (mode === 'queries') {
    const t0 = performance.now();
    const store = await loadGraph(dir);
    const load = (performance.now() - t0) / 1000;
    const results: Record<string, NamedQueryTiming> = {};
    const about = resolveEntity(store, 'Russie').map((m) => m.iri).slice(0, 1);
    for (const q of listNamedQueries()) {
      const params: Record<string, string[]> = {};
      for (const p of q.params) params[p] = about;
      if (q.params.length && !about.length) continue;
      const all = await timeRuns(() => runNamedQuery(store, q.name, params).rows.length);
      const page = await timeRuns(() => runNamedQuery(store, q.name, params, undefined, { limit: PAGE_ROWS }).rows.length);
      results[q.name] = { ...all, page };
    }
    return { load, triples: store.size, queries: results };
  }
  throw new Error(`unknown mode ${mode}`);
}

const result = await main();
result.maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(JSON.stringify(result) + '\n');
