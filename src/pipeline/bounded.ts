// Per-article resource bounds for extraction. The extractor is synchronous and its cost (time,
// and memory for the mentions, sentences and triples it produces) grows with the text, so:
// an article over `maxChars` is refused outright (a fully extracted 50 MB text exhausts the heap);
// a long article is cut into bounded chunks (paragraphs first), each extracted on its own with
// offsets shifted back to the whole text; and the elapsed time is checked between chunks, so an
// article over its time budget is given up instead of hanging the build; and what the chunks
// produce is counted, so an article whose graph would outgrow what one thread may hold (see
// maxItems) is given up early, whatever its length. Pure and self-contained, so a worker thread
// can run it as is.
import type { Article, ArticleExtraction, Entity } from '../types.js';
import { extractArticle } from '../extract/index.js';

export interface ExtractLimits {
  /** Seconds of extraction one article may take (checked between chunks); default 60, 0 or Infinity = no limit. */
  maxSeconds?: number;
  /** Longest article text extracted, in characters; default 1 000 000, 0 or Infinity = no limit. */
  maxChars?: number;
  /** Texts longer than this many characters are extracted in chunks of at most this size; default 200 000. */
  chunkChars?: number;
  /** Most sentences, mentions and event mentions one article may yield; default 25 000, 0 or Infinity = no limit. */
  maxItems?: number;
}

export const DEFAULT_MAX_SECONDS = 60;
// 50 times the longest news article; about 300 MB of peak heap to extract (1.3 GB per 5 million
// characters, measured), which a build thread's heap (THREAD_HEAP_MB in pool.ts) holds.
export const DEFAULT_MAX_CHARS = 1_000_000;
export const DEFAULT_CHUNK_CHARS = 200_000;
// An article's sentences, mentions and event mentions are what its graph block holds, and each
// costs the threads that resolve and write it memory: 25 000 of them (about 200 000 triples, the
// yield of a million characters of news) take 130 MB of heap to write, half a writing thread's
// (WRITER_HEAP_MB in pool.ts). A news article yields a few hundred.
export const DEFAULT_MAX_ITEMS = 25_000;

/**
 * Thrown when an article is over a limit; the message is one line, ready for the user, and
 * starts with `too long:`, `too slow:` or `too large:` (see isLimitMessage).
 */
export class BudgetExceededError extends Error {
  override name = 'BudgetExceededError';
}

/** True for the message of a BudgetExceededError (errors crossing a worker thread keep only their message). */
export function isLimitMessage(message: string): boolean {
  return /^too (?:long|slow|large): /.test(message);
}

export interface Chunk {
  start: number;
  end: number;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isSpaceCode = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x202f;
const isSentenceEnd = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0xbb || c === 0x22;

/** Last cut in (lo, hi] after which a chunk may end, preferring paragraph, then line, sentence, word. */
function cutPoint(text: string, lo: number, hi: number): number {
  const para = text.lastIndexOf('\n\n', hi - 2);
  if (para >= lo) return para + 2;
  const line = text.lastIndexOf('\n', hi - 1);
  if (line >= lo) return line + 1;
  let space = -1;
  for (let i = hi - 1; i > lo; i--) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c)) continue;
    if (isSentenceEnd(text.charCodeAt(i - 1))) return i + 1;
    if (space < 0) space = i + 1;
  }
  if (space > lo) return space;
  // One unbroken run of letters: cut anywhere but inside a surrogate pair.
  return isHighSurrogate(text.charCodeAt(hi - 1)) ? hi - 1 : hi;
}

/**
 * Splits `text` into consecutive chunks of at most `maxChars` characters covering it exactly.
 * Cuts fall after a paragraph break when one is in the second half of the window, else after a
 * line break, a sentence end, a space, or (an unbroken run) anywhere outside a surrogate pair.
 */
export function splitChunks(text: string, maxChars = DEFAULT_CHUNK_CHARS): Chunk[] {
  if (!(maxChars >= 2)) throw new RangeError(`chunk size must be at least 2 characters, got ${maxChars}`);
  const chunks: Chunk[] = [];
  let start = 0;
  while (text.length - start > maxChars) {
    const end = cutPoint(text, start + Math.floor(maxChars / 2), start + maxChars);
    chunks.push({ start, end });
    start = end;
  }
  if (start < text.length || chunks.length === 0) chunks.push({ start, end: text.length });
  return chunks;
}

/** Joins the extractions of consecutive chunks into one for the whole article (offsets already shifted). */
function merge(article: Article, parts: ArticleExtraction[]): ArticleExtraction {
  const entities = new Map<string, Entity>();
  for (const p of parts) {
    for (const e of p.entities) {
      const known = entities.get(e.key);
      if (!known) entities.set(e.key, { ...e, aliases: [...e.aliases] });
      else for (const a of e.aliases) if (!known.aliases.includes(a)) known.aliases.push(a);
    }
  }
  return {
    article,
    sentences: parts.flatMap((p) => p.sentences),
    entities: [...entities.values()].sort((x, y) => x.key.localeCompare(y.key)),
    mentions: parts.flatMap((p) => p.mentions),
    events: parts.flatMap((p) => p.events),
    warnings: parts.flatMap((p) => p.warnings),
  };
}

/** The extraction of a chunk, moved to the whole text: character offsets by `at`, sentence indices by `firstSentence`. */
function shift(x: ArticleExtraction, at: number, firstSentence: number): ArticleExtraction {
  return {
    ...x,
    sentences: x.sentences.map((s) => ({ ...s, index: s.index + firstSentence, start: s.start + at, end: s.end + at })),
    mentions: x.mentions.map((m) => ({ ...m, sentence: m.sentence + firstSentence, start: m.start + at, end: m.end + at })),
    events: x.events.map((e) => ({ ...e, sentence: e.sentence + firstSentence, start: e.start + at, end: e.end + at })),
  };
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/**
 * `extractArticle` within bounds: an article longer than `maxChars` throws BudgetExceededError
 * at once; one longer than `chunkChars` is extracted chunk by chunk (cross-chunk context such as
 * a surname resolved from an earlier paragraph is lost, which only matters for texts far longer
 * than news articles); one that takes more than `maxSeconds`, or yields more than `maxItems`
 * sentences, mentions and events, throws BudgetExceededError, checked after each chunk. Short
 * articles give exactly what `extractArticle` gives.
 */
export function extractBounded(
  article: Article,
  limits: ExtractLimits = {},
  extract: (a: Article) => ArticleExtraction = extractArticle,
  now: () => number = () => performance.now(),
): ArticleExtraction {
  const maxSeconds = limits.maxSeconds ?? DEFAULT_MAX_SECONDS;
  const maxChars = limits.maxChars ?? DEFAULT_MAX_CHARS;
  const maxItems = limits.maxItems ?? DEFAULT_MAX_ITEMS;
  if (maxChars > 0 && article.text.length > maxChars) {
    throw new BudgetExceededError(`too long: ${article.text.length} characters, over --max-chars ${maxChars}`);
  }
  const budgetMs = maxSeconds > 0 ? maxSeconds * 1000 : Infinity;
  const started = now();
  const chunks = splitChunks(article.text, limits.chunkChars ?? DEFAULT_CHUNK_CHARS);
  const parts: ArticleExtraction[] = [];
  let sentences = 0;
  let items = 0;
  for (let i = 0; i < chunks.length; i++) {
    const { start, end } = chunks[i];
    const x = chunks.length === 1 ? extract(article) : shift(extract({ ...article, text: article.text.slice(start, end) }), start, sentences);
    parts.push(x);
    sentences = x.sentences.reduce((n, s) => Math.max(n, s.index + 1), sentences);
    items += x.sentences.length + x.mentions.length + x.events.length;
    if (maxItems > 0 && items > maxItems) {
      const read = end < article.text.length ? `its first ${end} of ${article.text.length} characters` : `its ${end} characters`;
      throw new BudgetExceededError(
        `too large: ${items} sentences, mentions and events in ${read}, over the ${maxItems} one article may have (split it into articles)`,
      );
    }
    const elapsed = now() - started;
    if (elapsed > budgetMs) {
      const progress = chunks.length > 1 ? `, ${i + 1} of ${chunks.length} chunks done` : '';
      throw new BudgetExceededError(
        `too slow: over --max-seconds ${maxSeconds} (${seconds(elapsed)} s for ${article.text.length} characters${progress})`,
      );
    }
  }
  return parts.length === 1 ? parts[0] : merge(article, parts);
}
