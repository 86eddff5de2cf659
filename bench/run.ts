// `npm run bench`: the NLP floor vs newskg build (one thread, all cores), serialization vs
// N3.js alone, and named-query latency on a graph of at least a million triples, embedded and on
// Virtuoso (bench/virtuoso.ts; skipped, saying so, without virtuoso-t).
// Writes bench/results.json and prints a table. `--full` adds the 10 000-article corpus.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths.js';
import { generateCorpus } from './generate.js';
import { benchVirtuoso } from './virtuoso.js';
import { PAGE_ROWS } from './timing.js';

const full = process.argv.includes('--full') || process.env.BENCH_FULL === '1';
const sizes = full ? [100, 1000, 10000] : [100, 1000];
const work = join(PACKAGE_ROOT, 'bench', '.data');
const child = join(PACKAGE_ROOT, 'dist', 'bench', 'child.js');
const sources = [join(PACKAGE_ROOT, 'corpus'), join(PACKAGE_ROOT, '..', 'shared', 'corpus-seed')].filter(existsSync);

function measure(...args: string[]): Record<string, any> {
  const out = execFileSync(process.execPath, ['--max-old-space-size=4096', child, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop()!);
}

function corpusStats(dir: string): { articles: number; bytes: number; words: number } {
  let bytes = 0;
  let words = 0;
  let articles = 0;
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.txt')) continue;
    const t = readFileSync(join(dir, f), 'utf8');
    articles++;
    bytes += Buffer.byteLength(t);
    words += t.split(/\s+/).filter(Boolean).length;
  }
  return { articles, bytes, words };
}

const rate = (n: number, s: number) => Math.round((n / s) * 100) / 100;
const results: Record<string, any> = {
  machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, parallelism: availableParallelism() },
  date: new Date().toISOString(),
  sizes: [] as any[],
};

mkdirSync(work, { recursive: true });
for (const size of sizes) {
  const dir = join(work, `corpus-${size}`);
  await generateCorpus(dir, size, sources);
  const stats = corpusStats(dir);
  const row = (label: string, m: Record<string, any>) => ({
    mode: label,
    seconds: Math.round(m.seconds * 100) / 100,
    articlesPerSec: rate(stats.articles, m.seconds),
    MBPerSec: rate(stats.bytes / 1e6, m.seconds),
    wordsPerSec: Math.round(stats.words / m.seconds),
    triplesPerSec: m.triples ? Math.round(m.triples / m.seconds) : null,
    peakRssMB: m.maxRssMB,
    stages: m.stages ?? null,
    triples: m.triples ?? null,
    entities: m.entities ?? null,
  });
  process.stderr.write(`bench: ${size} articles (${(stats.bytes / 1e6).toFixed(1)} MB)…\n`);
  const floor = row('a: fr-compromise parse (floor)', measure('floor', dir));
  const single = row('b: newskg build, 1 thread', measure('build', dir, '1'));
  const keep = join(work, `graph-${size}`);
  const parallel = row(`c: newskg build, ${availableParallelism()} threads`, measure('build', dir, 'all', keep));
  // The floor on every core: how far this machine lets the bare parse itself scale (c/b's ceiling).
  const floorThreads = row(`a∥: fr-compromise parse, ${availableParallelism()} threads`, measure('floor-threads', dir, 'all'));
  results.sizes.push({
    articles: stats.articles,
    MB: Math.round(stats.bytes / 1e4) / 100,
    rows: [floor, single, parallel],
    floorThreads,
    ratioBA: Math.round((floor.seconds / single.seconds) * 100) / 100,
    ratioCB: Math.round((single.seconds / parallel.seconds) * 100) / 100,
    ratioFloorThreads: Math.round((floor.seconds / floorThreads.seconds) * 100) / 100,
  });
}

// Linear scaling: time per article of each size against the previous, 10x the articles.
for (let i = 1; i < results.sizes.length; i++) {
  const [prev, cur] = [results.sizes[i - 1], results.sizes[i]];
  cur.scaling = Object.fromEntries(
    ['b', 'c'].map((m, k) => [m, Math.round((cur.rows[k + 1].seconds / prev.rows[k + 1].seconds) * 100) / 100]),
  );
  cur.scalingArticles = Math.round(cur.articles / prev.articles);
}

// Queries on the smallest built graph that holds at least a million triples.
const queryIndex = results.sizes.findIndex((s: any) => (s.rows[2].triples as number) >= 1_000_000);
const largest = results.sizes[queryIndex >= 0 ? queryIndex : results.sizes.length - 1];
const lastSize = sizes[queryIndex >= 0 ? queryIndex : sizes.length - 1];
let graphFile = join(work, `graph-${lastSize}`, 'graph.ttl');
let triples = largest.rows[2].triples as number;
if (triples < 1_000_000) {
  // Scale the query corpus until the graph holds at least a million triples.
  const perArticle = triples / largest.articles;
  const count = Math.ceil((1_000_000 / perArticle) * 1.1);
  const dir = join(work, `corpus-${count}`);
  process.stderr.write(`bench: ${count} articles for a ≥1M-triple query graph…\n`);
  await generateCorpus(dir, count, sources);
  const m = measure('build', dir, 'all', join(work, `graph-${count}`));
  graphFile = join(work, `graph-${count}`, 'graph.ttl');
  triples = m.triples;
}
process.stderr.write('bench: serialization and queries…\n');
results.serialization = measure('serialize', graphFile);
results.queries = measure('queries', graphFile);
results.queries.graphMB = Math.round(statSync(graphFile).size / 1e5) / 10;
// The same named queries on Virtuoso (loaded with newskg load, asked as newskg query --endpoint does).
process.stderr.write('bench: Virtuoso…\n');
try {
  results.virtuoso = await benchVirtuoso(graphFile, (m) => process.stderr.write(`${m}\n`));
} catch (err) {
  results.virtuoso = { skipped: `failed: ${String((err as Error)?.message ?? err).split('\n')[0]}` };
}

writeFileSync(join(PACKAGE_ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');

const pad = (s: unknown, n: number) => String(s).padEnd(n);
const lines: string[] = [];
lines.push(`machine: ${results.machine.cpus} cores (${results.machine.model}), ${results.machine.memoryGB} GiB, Node ${results.machine.node}`);
for (const s of results.sizes) {
  const scale = s.scaling ? `   ${s.scalingArticles}x the articles: b ${s.scaling.b}x, c ${s.scaling.c}x the time` : '';
  lines.push('', `${s.articles} articles, ${s.MB} MB   b/a = ${s.ratioBA}   c/b = ${s.ratioCB} (the bare parse: a/a∥ = ${s.ratioFloorThreads})${scale}`);
  lines.push(`${pad('mode', 34)}${pad('s', 9)}${pad('art/s', 9)}${pad('MB/s', 8)}${pad('words/s', 10)}${pad('triples/s', 11)}peak RSS MB`);
  for (const r of [...s.rows, s.floorThreads]) lines.push(`${pad(r.mode, 34)}${pad(r.seconds, 9)}${pad(r.articlesPerSec, 9)}${pad(r.MBPerSec, 8)}${pad(r.wordsPerSec, 10)}${pad(r.triplesPerSec ?? '-', 11)}${r.peakRssMB}`);
}
const ser = results.serialization;
lines.push('', `serialization of ${ser.triples} triples: newskg ${ser.ours.toFixed(2)} s, N3.js alone ${ser.floor.toFixed(2)} s`);
lines.push(`queries on ${results.queries.triples} triples (load ${results.queries.load.toFixed(1)} s), 20 runs each:`);
const vq = results.virtuoso?.queries as Record<string, any> | undefined;
if (vq) {
  lines.push(`Virtuoso: started in ${results.virtuoso.startupSeconds.toFixed(1)} s, newskg load ${results.virtuoso.loadSeconds.toFixed(1)} s (${results.virtuoso.triples} triples)`);
} else {
  lines.push(`Virtuoso: skipped (${results.virtuoso?.skipped ?? 'not run'})`);
}
const ms = (x: number) => `${x.toFixed(1)} ms`;
const parts: Array<[string, (t: any) => any]> = [['whole result', (t) => t], [`first page (--limit ${PAGE_ROWS})`, (t) => t?.page]];
for (const [part, pick] of parts) {
  lines.push(`  ${part}:`);
  lines.push(`  ${pad('query', 14)}${pad('embedded median', 17)}${pad('p95', 10)}${pad('rows', 8)}${vq ? `${pad('Virtuoso median', 17)}${pad('p95', 10)}rows` : ''}`);
  for (const [name, whole] of Object.entries<any>(results.queries.queries)) {
    const q = pick(whole);
    const v = pick(vq?.[name]);
    lines.push(`  ${pad(name, 14)}${pad(ms(q.median), 17)}${pad(ms(q.p95), 10)}${pad(q.rows, 8)}${v ? `${pad(ms(v.median), 17)}${pad(ms(v.p95), 10)}${v.rows}` : ''}`);
  }
}
process.stdout.write(lines.join('\n') + '\n');
