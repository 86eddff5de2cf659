import { mkdir, rm } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type {
  Article, ArticleExtraction, Entity, EntityMerge, EntityType, EventType, IngestProblem, MergedEvent, ResolveInput,
} from '../types.js';
import { ingest } from '../ingest/index.js';
import { cacheFile } from './cache.js';
import { keepExtraction, parseExtraction } from './tasks.js';
import { createPool, defaultWorkers, ThreadMemoryError, ThreadTimeoutError, THREAD_HEAP_MB, WRITER_HEAP_MB, type TaskPool } from './pool.js';
import { DEFAULT_MAX_SECONDS, isLimitMessage } from './bounded.js';
import { prepareOutDir, removeIfEmpty } from './outdir.js';
import { releaseMemory } from './memory.js';
import { checkBase, DEFAULT_BASE } from '../graph/iri.js';
import { linkEntities } from '../link/index.js';
import { mergeIndex, mergesFor, plainBlock, resolveInputsWith, toResolveInput, type Block, type BlockClusterer } from '../resolve/index.js';
import {
  entityTypes, eventLookup, writableEvents, mergedEntitiesToQuads, mergeEntities, withLinks, openGraphFile,
  type WritableEvent, type ArticleDates, type GraphFormat, type MergedEntity, type WrittenMentions,
} from '../graph/index.js';

export interface BuildOptions {
  outDir: string;
  base?: string;
  format?: GraphFormat;
  /** Worker threads for extraction; default: one per core. Output does not depend on it. */
  workers?: number;
  /**
   * Seconds one article's extraction, and then the writing of its graph block, may take before it
   * is skipped (default 60; 0 = no limit).
   */
  maxSeconds?: number;
  /** Longest article text extracted, in characters; longer ones are skipped (default 1 000 000; 0 = no limit). */
  maxChars?: number;
  /** Reuse extractions of unchanged articles from `<outDir>/.cache/` (default true). */
  cache?: boolean;
  /** Skip articles that do not read as French text (default true). */
  langCheck?: boolean;
  /** Called after each input is handled, for progress display. */
  onProgress?: (done: number, origin: string) => void;
  onProblem?: (p: IngestProblem) => void;
  /** Called for an input built in spite of something wrong with it (a few bad bytes). */
  onWarning?: (w: IngestProblem) => void;
  /**
   * Full garbage collections between stages (default true). A process that builds many one-article
   * corpora in turn (`newskg eval --articles`) turns them off: each costs a tenth of a second with
   * the lexicons loaded, more than such a build's own work.
   */
  collectGarbage?: boolean;
  /**
   * Each article's work on a thread of its own, with a capped heap and a deadline, even with one
   * worker (default true): an article that exhausts either is skipped, and the calling thread
   * lives on. False with one worker runs everything on the calling thread, unprotected: for a
   * process that builds many one-article corpora of known articles (`newskg eval --articles`).
   */
  isolate?: boolean;
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
  /** Threads the build ran on. */
  workers: number;
  /** Wall-clock seconds of each stage: extraction (ingest included), resolution, graph writing. */
  seconds: { extract: number; resolve: number; write: number };
}

/**
 * Seconds a thread is given past --max-seconds before it is stopped: extraction checks its budget
 * between chunks and stops with a clearer message; the deadline catches a chunk that never ends.
 */
const DEADLINE_GRACE_SECONDS = 5;

/** The deadline of one article's task on a thread, or none. */
const deadlineFor = (maxSeconds: number | undefined): number | undefined =>
  maxSeconds === undefined ? DEFAULT_MAX_SECONDS + DEADLINE_GRACE_SECONDS : maxSeconds > 0 ? maxSeconds + DEADLINE_GRACE_SECONDS : undefined;

/** One line for a task that failed on a thread: over its deadline, out of heap, or its own error. */
function failure(err: unknown, stage: string, maxSeconds: number | undefined): string {
  if (err instanceof ThreadTimeoutError) return `too slow: over --max-seconds ${maxSeconds ?? DEFAULT_MAX_SECONDS} (${stage} stopped after ${err.seconds} s)`;
  const message = (err as Error).message;
  if (err instanceof ThreadMemoryError) return `${stage} ran out of memory (thread heap limit ${err.heapMb} MB): split it into articles`;
  return isLimitMessage(message) ? message : `${stage} failed: ${message}`;
}

/** Articles, and runs of merged events, between two memory releases when tasks run on the calling thread. */
const RELEASE_EVERY = 500;
// With threads, the calling thread still parses each extraction's JSON and takes each written
// block, and its heap has no cap: its garbage piled up to 1.3-1.4 GB at 10 000 articles on two
// threads, saw-toothing through the writing stage. A full collection every thousand articles
// (a tenth of a second or so) keeps that build near 1 GB.
const RELEASE_EVERY_THREADED = 1000;
const releaseDue = (pool: TaskPool, n: number): boolean => n % (pool.inThread ? RELEASE_EVERY : RELEASE_EVERY_THREADED) === 0;
// A run of 1 000 events leaves about 7.5 MB on the heap at 10 000 articles: fifty of them were
// 300 MB, most of a one-thread build's peak.
const RELEASE_EVERY_RUNS = 10;

const FILE_NAMES: Record<GraphFormat, string> = { turtle: 'graph.ttl', nt: 'graph.nt', trig: 'graph.trig' };

/** One extracted article while the build runs: its slim view in memory, its extraction on disk. */
interface Extracted {
  article: Pick<Article, 'id' | 'origin'>;
  input: ResolveInput;
  file: string;
  /** The extraction, when it could not be kept on disk. */
  inline?: ArticleExtraction;
}

const byId = (a: Extracted, b: Extracted) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0);

/**
 * ingest → extract → resolve → link → graph → write: builds the corpus under `paths` into one graph
 * file. Memory holds one slim view per article (entities, events), not the graph: extractions
 * wait on disk (the cache, or a spill folder removed at the end) and the graph is written article
 * by article, then event by event, then entity by entity.
 */
export async function buildCorpus(paths: string[], opts: BuildOptions): Promise<BuildSummary> {
  const format = opts.format ?? 'turtle';
  const base = checkBase(opts.base ?? DEFAULT_BASE);
  // Before any work: an unwritable output fails now, and temporary files of killed builds go.
  const createdDir = await prepareOutDir(opts.outDir);
  let wroteGraph = false;
  const limits = { maxSeconds: opts.maxSeconds, maxChars: opts.maxChars };
  const cacheDir = join(opts.outDir, '.cache');
  const spillDir = join(opts.outDir, `.spill.tmp-${process.pid}`);
  const useCache = opts.cache !== false;
  const threads = opts.workers ?? defaultWorkers();
  const release = opts.collectGarbage === false ? () => {} : releaseMemory;
  const inThread = opts.isolate === false && threads <= 1;
  // Threads that extracted hold the lexicons and the tagger: they are let go before resolution,
  // and the graph is written by fresh threads that load only the graph code.
  let pool = createPool(threads, THREAD_HEAP_MB, { onCallingThread: inThread });
  // Fresh threads that load no lexicon: they cluster event mentions, then write the graph.
  // Started now, so that they have loaded their code (a few tenths of a second) while the
  // extraction runs rather than after it.
  const writers = createPool(threads, WRITER_HEAP_MB, { onCallingThread: inThread });
  const skipped: IngestProblem[] = [];
  const warnings: string[] = [];
  const problem = (p: IngestProblem) => {
    skipped.push(p);
    opts.onProblem?.(p);
  };
  const clock = stopwatch();
  try {
    const { extracted, cached, sinceRelease } = await extractAll(paths, pool, { ...opts, limits, useCache, cacheDir, spillDir, problem, warnings, release });
    await pool.close();
    // On the calling thread the last article may have just released (1 000 articles: the 500th
    // and the 1 000th): a second full collection now would find nothing to free.
    if (!pool.inThread || sinceRelease > 0) release();
    const extractSeconds = clock();
    pool = writers;
    const plan = await planGraph(extracted, base, pool, release);
    // The slim views go: what is left is the plan, what writing the graph needs. (Emptied here
    // rather than handed over as a copy, which the running frame could keep reachable.)
    extracted.length = 0;
    release();
    const resolveSeconds = clock();
    await mkdir(opts.outDir, { recursive: true });
    const output = join(opts.outDir, FILE_NAMES[format]);
    let triples = 0;
    let written = 0;
    if (plan.articles.length) {
      const result = await writeGraphFile(output, plan, pool, { format, base, problem, warnings, release, maxSeconds: opts.maxSeconds });
      triples = result.triples;
      written = result.written;
      wroteGraph = true;
    }
    skipped.sort((a, b) => (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0));
    return {
      output,
      articles: written,
      skipped,
      ...plan.counts,
      triples,
      warnings,
      cached,
      workers: pool.workers,
      seconds: { extract: extractSeconds, resolve: resolveSeconds, write: clock() },
    };
  } finally {
    await pool.close();
    if (pool !== writers) await writers.close();
    await rm(spillDir, { recursive: true, force: true });
    // A build that wrote nothing leaves no empty output folder behind (one it did not create stays).
    if (!wroteGraph && createdDir !== undefined) await removeIfEmpty(createdDir);
  }
}

interface ExtractContext extends BuildOptions {
  limits: { maxSeconds?: number; maxChars?: number };
  useCache: boolean;
  cacheDir: string;
  spillDir: string;
  problem: (p: IngestProblem) => void;
  warnings: string[];
  release: () => void;
}

async function extractAll(
  paths: string[],
  pool: TaskPool,
  ctx: ExtractContext,
): Promise<{ extracted: Extracted[]; cached: number; sinceRelease: number }> {
  const extracted: Extracted[] = [];
  const seen = new Set<string>();
  const shared = sharedEntities();
  const pending = new Set<Promise<void>>();
  let cached = 0;
  let done = 0;
  // Inputs handled since the last memory release on the calling thread.
  let sinceRelease = 0;
  const extractOne = async (article: Article, at: number): Promise<void> => {
    const file = ctx.useCache ? cacheFile(ctx.cacheDir, article) : join(ctx.spillDir, `${at}.json`);
    try {
      const task = { kind: 'extract' as const, article, limits: ctx.limits, file, reuse: ctx.useCache };
      const limit = { seconds: deadlineFor(ctx.limits.maxSeconds) };
      let r = await pool.run(task, limit);
      // Read and written here, while the thread goes on with the next article; kept in memory if
      // it cannot be written. A cache entry that does not parse is extracted afresh.
      let x = r.cached ? parseExtraction(r.json) : (JSON.parse(r.json) as ArticleExtraction);
      if (!x) {
        r = await pool.run({ ...task, reuse: false }, limit);
        x = JSON.parse(r.json) as ArticleExtraction;
      }
      if (r.cached) cached++;
      const input = toResolveInput(x);
      const inline = !r.cached && !(await keepExtraction(file, r.json)) ? x : undefined;
      input.entities = input.entities.map(shared);
      extracted.push({ article: { id: article.id, origin: article.origin }, input, file, inline });
      ctx.warnings.push(...x.warnings.map((w) => `${article.id}: ${w}`));
    } catch (err) {
      ctx.problem({ origin: article.origin, message: failure(err, 'extraction', ctx.limits.maxSeconds) });
    }
    ctx.onProgress?.(at, article.origin);
    sinceRelease++;
    // The calling thread has no capped heap to bound the garbage extraction leaves there.
    if (releaseDue(pool, at)) {
      ctx.release();
      sinceRelease = 0;
    }
  };
  for await (const item of ingest(paths, { langCheck: ctx.langCheck })) {
    if (item.kind === 'warning') {
      ctx.warnings.push(`${item.warning.origin}: ${item.warning.message}`);
      ctx.onWarning?.(item.warning);
      continue;
    }
    done++;
    if (item.kind === 'problem') {
      ctx.problem(item.problem);
      continue;
    }
    // Two files may share a name in different folders: the later one is known by its path.
    const article = seen.has(item.article.id) ? { ...item.article, id: distinctId(item.article.origin, seen) } : item.article;
    if (seen.has(article.id)) {
      ctx.problem({ origin: article.origin, message: `duplicate article id ${JSON.stringify(article.id)} (first one kept)` });
      continue;
    }
    seen.add(article.id);
    const task = extractOne(article, done).finally(() => pending.delete(task));
    pending.add(task);
    // Bound what waits in memory: ingest never runs far ahead of extraction. A sliding window,
    // not batches: the next files are read while the threads extract, and a thread finds the
    // next article waiting instead of idling while a whole batch drains and the next is read.
    while (pending.size >= pool.workers * 8) await Promise.race(pending);
  }
  await Promise.all(pending);
  return { extracted, cached, sinceRelease };
}

/**
 * The id of an article whose own id is taken: the shortest tail of its origin's absolute path
 * that no other article has ("b/x.txt" after "x.txt", "lot.jsonl#L7" for a repeated JSONL id).
 * It depends on the input, not on the folder the build runs from, so IRIs do not either; the
 * origin itself when every tail is taken (reported as a duplicate).
 */
function distinctId(origin: string, seen: Set<string>): string {
  const parts = resolve(origin).split(sep).filter(Boolean);
  for (let n = 1; n <= parts.length; n++) {
    const id = parts.slice(-n).join('/');
    if (!seen.has(id)) return id;
  }
  return origin;
}

/**
 * One object per distinct entity description: thousands of articles describe the same country or
 * organization alike, and each thread sends its own copy.
 */
function sharedEntities(): (e: Entity) => Entity {
  const known = new Map<string, Entity>();
  return (e) => {
    const k = JSON.stringify([e.key, e.type, e.label, e.aliases]);
    const first = known.get(k);
    if (first) return first;
    known.set(k, e);
    return e;
  };
}

interface WriteContext {
  maxSeconds?: number;
  format: GraphFormat;
  base: string;
  problem: (p: IngestProblem) => void;
  warnings: string[];
  release: () => void;
}

/** What writing the graph needs once resolution is done; no slim view of any article. */
interface GraphPlan {
  articles: Array<{ article: Pick<Article, 'id' | 'origin'>; file: string; inline?: ArticleExtraction; merges: EntityMerge[] }>;
  events: MergedEvent[];
  /** Event index → merged event IRI, by article id. */
  eventOf: Map<string, Map<number, string>>;
  types: Map<string, EntityType>;
  /** Entities merged across articles (one per IRI). */
  entities: MergedEntity[];
  counts: Pick<BuildSummary, 'entities' | 'events' | 'eventMentions' | 'multiSourceEvents'>;
}

/**
 * One resolve step over every article (sorted by id): person keys reconciled across articles,
 * event mentions merged into one event per real-world event.
 */
async function planGraph(extracted: Extracted[], base: string, pool: TaskPool, release: () => void): Promise<GraphPlan> {
  // Workers finish in any order; sorting by id makes the output independent of it.
  extracted.sort(byId);
  let side: Pick<GraphPlan, 'articles' | 'types' | 'entities'> | undefined;
  // What needs the reconciled entities but not the events is done while the threads cluster,
  // in steps: between two, this thread hands the clustering threads their next blocks.
  const meanwhile = async (reconciled: ResolveInput[], entityMerges: EntityMerge[]) => {
    const merges = mergeIndex(entityMerges);
    const articles = extracted.map((x) => ({
      article: x.article,
      file: x.file,
      inline: x.inline,
      merges: mergesFor(x.input.entities.map((e) => e.key), merges),
    }));
    await nextTurn();
    const types = entityTypes(reconciled);
    const merged = mergeEntities(entitiesOf(reconciled), base);
    await nextTurn();
    const links = linkEntities(reconciled);
    side = { articles, types, entities: withLinks(merged, links) };
  };
  const resolved = await resolveInputsWith(extracted.map((e) => e.input), clusterOn(pool, release), { consume: true, meanwhile });
  const { articles, types, entities } = side!;
  return {
    articles,
    events: resolved.events,
    eventOf: eventLookup(resolved.events, base),
    types,
    entities,
    counts: {
      entities: countEntities(types),
      events: countEvents(resolved.events),
      eventMentions: resolved.inputs.reduce((n, x) => n + x.events.length, 0),
      multiSourceEvents: resolved.events.filter((e) => new Set(e.mentions.map((m) => m.article)).size > 1).length,
    },
  };
}

/** Resolves after the messages waiting on this thread (threads' answers) have been handled. */
const nextTurn = () => new Promise<void>((done) => setImmediate(done));

/** Event mentions per clustering task (blocks are not split: one may be larger). */
const CLUSTER_BATCH = 4000;

/** Clusters blocks on the pool's threads, a batch of blocks per task; results in block order. */
function clusterOn(pool: TaskPool, release: () => void): BlockClusterer {
  return async (blocks, signatures) => {
    // What reconciliation and preparation left behind goes before the copies are made.
    release();
    const batches: Array<{ blocks: Block[]; size: number }> = [];
    let batch = { blocks: [] as Block[], size: 0 };
    for (const b of blocks) {
      batch.blocks.push(b);
      batch.size += b.items.length;
      if (batch.size >= CLUSTER_BATCH) {
        batches.push(batch);
        batch = { blocks: [], size: 0 };
      }
    }
    if (batch.blocks.length > 0) batches.push(batch);
    // Largest first, each to the first free thread: one large block (the meetings of a busy
    // week, say) must not leave the other threads waiting. Two copies per thread at a time.
    const order = batches.map((_, i) => i).sort((p, q) => batches[q].size - batches[p].size || p - q);
    const results: number[][][][] = [];
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < order.length) {
        const i = order[next++];
        const bs = batches[i].blocks;
        results[i] = await pool.run({ kind: 'cluster', blocks: pool.inThread ? bs : bs.map(plainBlock), signatures });
      }
    };
    // Two lanes a thread: the next batch waits on the thread (see pool.ts), which goes on to it
    // without waiting for this thread, busy meanwhile with the entities.
    await Promise.all(Array.from({ length: pool.inThread ? 1 : pool.workers * 2 }, lane));
    return results.flat();
  };
}

/** Merged events per block a thread serializes. */
const EVENTS_PER_BLOCK = 1000;

/**
 * Articles in id order, then the merged events in runs of EVENTS_PER_BLOCK, each block
 * serialized on a pool thread and written in order; then the entities. An article whose block
 * cannot be written is skipped (its events lose that mention).
 */
async function writeGraphFile(
  output: string,
  plan: GraphPlan,
  pool: TaskPool,
  ctx: WriteContext,
): Promise<{ triples: number; written: number }> {
  const { format, base } = ctx;
  const file = await openGraphFile(output, { format, base });
  // A few blocks ahead on the threads, written in order: memory holds a window, not the graph.
  const ahead = pool.workers * 4;
  try {
    let triples = 0;
    const mentions: WrittenMentions = new Map();
    const dates: ArticleDates = new Map();
    let written = 0;
    const renderArticle = (x: GraphPlan['articles'][number]) =>
      pool.run(
        {
          kind: 'render',
          source: x.inline ? { extraction: x.inline } : { file: x.file },
          merges: x.merges,
          eventOf: [...(plan.eventOf.get(x.article.id) ?? new Map<number, string>())],
          base,
          format,
        },
        { seconds: deadlineFor(ctx.maxSeconds) },
      );
    await inOrder(plan.articles, ahead, renderArticle, async (x, result) => {
      try {
        const block = await result;
        await file.writeText(block.text);
        triples += block.triples;
        mentions.set(x.article.id, new Map(block.mentions));
        if (block.date !== null) dates.set(x.article.id, block.date);
        ctx.warnings.push(...block.issues);
        written++;
        if (releaseDue(pool, written)) ctx.release();
      } catch (err) {
        ctx.problem({ origin: x.article.origin, message: failure(err, 'graph writing', ctx.maxSeconds) });
      }
    });
    const runs = chunks(writableEvents(plan.events, mentions, plan.types, base, dates), EVENTS_PER_BLOCK);
    const renderEvents = (events: WritableEvent[]) => pool.run({ kind: 'render-events', events, base, format });
    let blocks = 0;
    await inOrder(runs, ahead, renderEvents, async (_, result) => {
      const block = await result;
      await file.writeText(block.text);
      triples += block.triples;
      if (++blocks % RELEASE_EVERY_RUNS === 0) ctx.release();
    });
    mentions.clear();
    dates.clear();
    triples += await file.writeQuads(mergedEntitiesToQuads(plan.entities, base));
    await file.commit();
    return { triples, written };
  } catch (err) {
    await file.abort();
    throw err;
  }
}

/**
 * Starts `start` on each item, at most `ahead` of them at a time, and hands each result to `take`
 * in the items' order: threads work ahead while the file is written in a fixed order.
 */
async function inOrder<I, R>(
  items: Iterable<I>,
  ahead: number,
  start: (item: I) => Promise<R>,
  take: (item: I, result: Promise<R>) => Promise<void>,
): Promise<void> {
  const inflight: Array<{ item: I; result: Promise<R> }> = [];
  const it = items[Symbol.iterator]();
  let done = false;
  const fill = () => {
    while (!done && inflight.length < ahead) {
      const n = it.next();
      if (n.done) done = true;
      else {
        const result = start(n.value);
        // Taken in order below; a failure is handled there, never left unhandled meanwhile.
        result.catch(() => undefined);
        inflight.push({ item: n.value, result });
      }
    }
  };
  for (fill(); inflight.length > 0; fill()) {
    const { item, result } = inflight.shift()!;
    await take(item, result);
  }
}

function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let run: T[] = [];
  for (const x of items) {
    run.push(x);
    if (run.length === size) {
      yield run;
      run = [];
    }
  }
  if (run.length > 0) yield run;
}

function* entitiesOf(inputs: ResolveInput[]): Generator<Entity> {
  for (const x of inputs) yield* x.entities;
}

/** Seconds since the previous call (or since it was made). */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const s = (now - last) / 1000;
    last = now;
    return s;
  };
}

function countEntities(types: Map<string, EntityType>): Record<EntityType, number> {
  const out: Record<EntityType, number> = { Person: 0, Organization: 0, Country: 0, Place: 0 };
  for (const t of types.values()) out[t]++;
  return out;
}

function countEvents(events: MergedEvent[]): Record<EventType, number> {
  const out: Record<EventType, number> = { Meeting: 0, Accusation: 0, Statement: 0, Demand: 0, Warning: 0, Refusal: 0, Proposal: 0 };
  for (const e of events) out[e.type]++;
  return out;
}
