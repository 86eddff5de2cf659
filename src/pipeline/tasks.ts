// The jobs a build hands to its threads, as plain data in and out so that they cross a
// worker boundary: extracting one article (its extraction goes to a file, the slim view that
// resolution reads comes back), clustering blocks of event mentions, and, once resolution is done,
// writing one article's graph block or a run of merged events.
import { readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { releaseMemory } from './memory.js';
import type { Article, ArticleExtraction, EntityMerge } from '../types.js';
import { extractBounded, type ExtractLimits } from './bounded.js';
import { applyEntityMerges, clusterBlock, type Block } from '../resolve/index.js';
import {
  articleQuads, writableEventQuads, serializeBlock, serializeBlocks, type WritableEvent, type GraphFormat, type SerializedBlock, type WrittenMention,
} from '../graph/index.js';

export interface ExtractTask {
  kind: 'extract';
  article: Article;
  limits: ExtractLimits;
  /** Where the extraction is kept until the graph is written (a cache entry, or a build's spill file). */
  file: string;
  /** Use `file` when it already holds this article's extraction (the cache). */
  reuse: boolean;
}

export interface ExtractResult {
  /**
   * The extraction as JSON. The calling thread reads its slim view from it (toResolveInput) and,
   * unless `cached`, keeps it in `file` (keepExtraction): the extracting thread, which the build
   * waits on, makes no file-system calls of its own, and one string crosses the thread boundary
   * far cheaper than the structured clone of an object tree.
   */
  json: string;
  cached: boolean;
}

export interface RenderTask {
  kind: 'render';
  source: { file: string } | { extraction: ArticleExtraction };
  /** The entity merges that concern this article. */
  merges: EntityMerge[];
  /** Event index → merged event IRI. */
  eventOf: Array<[number, string]>;
  base: string;
  format: GraphFormat;
}

export interface RenderResult {
  text: string;
  triples: number;
  /** Event index → event mention written. */
  mentions: Array<[number, WrittenMention]>;
  /** The article's date as written (`dcterms:date`), or null. */
  date: string | null;
  /** Items left out of the graph, one line each, prefixed with the article id. */
  issues: string[];
}

export interface RenderEventsTask {
  kind: 'render-events';
  events: WritableEvent[];
  base: string;
  format: GraphFormat;
}

/** Blocks of event mentions to cluster (resolution's costly part; blocks are independent). */
export interface ClusterTask {
  kind: 'cluster';
  blocks: Block[];
  signatures: number;
}

export type Task = ExtractTask | RenderTask | RenderEventsTask | ClusterTask;
export type TaskResult<T extends Task> = T extends ExtractTask
  ? ExtractResult
  : T extends RenderTask
    ? RenderResult
    : T extends ClusterTask
      ? number[][][]
      : SerializedBlock;

export function runTask<T extends Task>(task: T): TaskResult<T> {
  switch (task.kind) {
    case 'extract':
      return extract(task) as TaskResult<T>;
    case 'render':
      return render(task) as TaskResult<T>;
    case 'cluster':
      return cluster(task) as TaskResult<T>;
    case 'render-events':
      return renderEvents(task) as TaskResult<T>;
  }
}

function extract(task: ExtractTask): ExtractResult {
  if (task.reuse) {
    // Read, not parsed: the calling thread parses it (parseExtraction) and asks again without
    // the cache if it does not.
    const json = readText(task.file);
    if (json !== null) return { json, cached: true };
  }
  return { json: JSON.stringify(extractBounded(task.article, task.limits)), cached: false };
}

function render(task: RenderTask): RenderResult {
  const stored = 'file' in task.source ? readExtraction(task.source.file) : task.source.extraction;
  if (!stored) throw new Error('its extraction could not be read back');
  const x = applyEntityMerges(stored, task.merges);
  const issues: string[] = [];
  const { quads, mentions, date } = articleQuads(x, task.base, new Map(task.eventOf), (m) => issues.push(m));
  const block = serializeBlock(quads, task.format, task.base);
  return { ...block, mentions: [...(mentions.get(x.article.id) ?? new Map())], date, issues };
}

function cluster(task: ClusterTask): number[][][] {
  const out = task.blocks.map((b) => clusterBlock(b, task.signatures));
  // A large block leaves millions of pairs behind: collected now, not while the graph is written.
  if (!isMainThread) releaseMemory();
  return out;
}

/** A run of merged events, in the order given, as one text block. */
function renderEvents(task: RenderEventsTask): SerializedBlock {
  return serializeBlocks(task.events.map((r) => writableEventQuads(r, task.base)), task.format, task.base);
}

function readExtraction(file: string): ArticleExtraction | null {
  const json = readText(file);
  return json === null ? null : parseExtraction(json);
}

/** An extraction's JSON parsed, or null where it does not parse (a torn or edited cache entry). */
export function parseExtraction(json: string): ArticleExtraction | null {
  try {
    return JSON.parse(json) as ArticleExtraction;
  } catch {
    return null;
  }
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Keeps an extraction task's JSON in its file, atomically (temp file, then rename); false when it
 * could not be written at all (the caller then keeps the extraction in memory).
 */
export async function keepExtraction(file: string, json: string): Promise<boolean> {
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(tmp, json);
    await rename(tmp, file);
    return true;
  } catch {
    await rm(tmp, { force: true });
    return false;
  }
}
