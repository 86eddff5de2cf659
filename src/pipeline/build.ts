import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Article, ArticleExtraction, EntityType, EventType, IngestProblem, MergedEvent } from '../types.js';
import { ingest } from '../ingest/index.js';
import { openCache } from './cache.js';
import { createExtractor, defaultWorkers } from './pool.js';
import { isLimitMessage } from './bounded.js';
import { prepareOutDir } from './outdir.js';
import { checkBase, DEFAULT_BASE } from '../graph/iri.js';
import { resolve } from '../resolve/index.js';
import { buildGraph, writeGraph, type GraphFormat } from '../graph/index.js';

export interface BuildOptions {
  outDir: string;
  base?: string;
  format?: GraphFormat;
  /** Worker threads for extraction; default: one per core. Output does not depend on it. */
  workers?: number;
  /** Seconds one article's extraction may take before it is skipped (default 60; 0 = no limit). */
  maxSeconds?: number;
  /** Longest article text extracted, in characters; longer ones are skipped (default 5 000 000; 0 = no limit). */
  maxChars?: number;
  /** Reuse extractions of unchanged articles from `<outDir>/.cache/` (default true). */
  cache?: boolean;
  /** Called after each input is handled, for progress display. */
  onProgress?: (done: number, origin: string) => void;
  onProblem?: (p: IngestProblem) => void;
}

export interface BuildSummary {
  output: string;
  articles: number;
  skipped: IngestProblem[];
  entities: Record<EntityType, number>;
  /** Merged events (one per real-world event), by type. */
  events: Record<EventType, number>;
  /** Event mentions the merged events were built from. */
  eventMentions: number;
  /** Merged events reported by two articles or more. */
  multiSourceEvents: number;
  triples: number;
  warnings: string[];
  /** Articles whose extraction came from the cache rather than being recomputed. */
  cached: number;
}

const FILE_NAMES: Record<GraphFormat, string> = { turtle: 'graph.ttl', nt: 'graph.nt', trig: 'graph.trig' };

/** ingest → extract → resolve → graph → write: builds the corpus under `paths` into one graph file. */
export async function buildCorpus(paths: string[], opts: BuildOptions): Promise<BuildSummary> {
  const format = opts.format ?? 'turtle';
  const extractions: ArticleExtraction[] = [];
  const skipped: IngestProblem[] = [];
  const warnings: string[] = [];
  let done = 0;
  const seen = new Set<string>();
  // Before any work: a bad base or an unwritable output fails now, and temporary files of
  // killed builds go.
  checkBase(opts.base ?? DEFAULT_BASE);
  await prepareOutDir(opts.outDir);
  const extractor = createExtractor(opts.workers ?? defaultWorkers(), { maxSeconds: opts.maxSeconds, maxChars: opts.maxChars });
  const cache = opts.cache === false ? null : openCache(join(opts.outDir, '.cache'));
  const pending: Promise<void>[] = [];
  let cachedCount = 0;
  const extractOne = async (article: Article, at: number): Promise<void> => {
    try {
      let x = await cache?.get(article);
      if (x) cachedCount++;
      else {
        x = await extractor.extract(article);
        // The cache only saves time: failing to write it never loses the article.
        await cache?.put(article, x).catch(() => undefined);
      }
      extractions.push(x);
      warnings.push(...x.warnings.map((w) => `${article.id}: ${w}`));
    } catch (err) {
      const message = (err as Error).message;
      const p = { origin: article.origin, message: isLimitMessage(message) ? message : `extraction failed: ${message}` };
      skipped.push(p);
      opts.onProblem?.(p);
    }
    opts.onProgress?.(at, article.origin);
  };
  try {
    for await (const item of ingest(paths)) {
      done++;
      if (item.kind === 'problem') {
        skipped.push(item.problem);
        opts.onProblem?.(item.problem);
      } else {
        // Two files may share a name in different folders: the later one is known by its path.
        const article = seen.has(item.article.id) ? { ...item.article, id: relative(process.cwd(), item.article.origin) } : item.article;
        if (seen.has(article.id)) {
          const p = { origin: article.origin, message: `duplicate article id ${JSON.stringify(article.id)} (first one kept)` };
          skipped.push(p);
          opts.onProblem?.(p);
          continue;
        }
        seen.add(article.id);
        pending.push(extractOne(article, done));
        // Bound what waits in memory: ingest never runs far ahead of extraction.
        if (pending.length >= extractor.workers * 8) await Promise.all(pending.splice(0));
      }
    }
    await Promise.all(pending);
  } finally {
    await extractor.close();
  }
  // Workers finish in any order; sorting by id makes the output independent of it.
  skipped.sort((a, b) => (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0));
  extractions.sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
  // One resolve step over every extraction: person keys reconciled across articles, event
  // mentions merged into one event per real-world event.
  const resolved = resolve(extractions);
  const quads = buildGraph(resolved.extractions, { base: opts.base, events: resolved.events, onIssue: (m) => warnings.push(m) });
  await mkdir(opts.outDir, { recursive: true });
  const output = join(opts.outDir, FILE_NAMES[format]);
  if (extractions.length) await writeGraph(quads, output, { format, base: opts.base });
  return {
    output,
    articles: extractions.length,
    skipped,
    entities: countEntities(resolved.extractions),
    events: countEvents(resolved.events),
    eventMentions: extractions.reduce((n, x) => n + x.events.length, 0),
    multiSourceEvents: resolved.events.filter((e) => new Set(e.mentions.map((m) => m.article)).size > 1).length,
    triples: new Set(quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.id ?? q.object.value}`)).size,
    warnings,
    cached: cachedCount,
  };
}

function countEntities(xs: ArticleExtraction[]): Record<EntityType, number> {
  const keys = new Map<string, EntityType>();
  for (const x of xs) for (const e of x.entities) keys.set(e.key, e.type);
  const out: Record<EntityType, number> = { Person: 0, Organization: 0, Country: 0, Place: 0 };
  for (const t of keys.values()) out[t]++;
  return out;
}

function countEvents(events: MergedEvent[]): Record<EventType, number> {
  const out: Record<EventType, number> = { Meeting: 0, Accusation: 0, Statement: 0, Demand: 0, Warning: 0, Refusal: 0, Proposal: 0 };
  for (const e of events) out[e.type]++;
  return out;
}
