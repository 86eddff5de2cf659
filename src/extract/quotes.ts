import type { Doc } from './doc.js';

/** A quotation as one sentence holds it, by token indices of its marks. */
export interface Quote {
  /** Token index of the opening mark; for a quote opened in an earlier sentence, the token before this sentence. */
  open: number;
  close: number; // token index of the closing mark (or sentence end when the quote goes on)
  sentence: number;
  text: string;
  /** Token index of the opening mark when it stands in an earlier sentence: this is the quote's continuation. */
  origin?: number;
}

/** A quotation in the article: its marks' token indices (close -1 while it is still open at a sentence end). */
interface Region {
  open: number;
  close: number;
}

// A Map, not an object: a token spelled like an Object property ("constructor") is no quote mark.
const PAIRS = new Map([['«', '»'], ['“', '”'], ['"', '"'], ['„', '“']]);

const regions = new WeakMap<Doc, Region[]>();
const bySentence = new WeakMap<Doc, Map<number, Quote[]>>();

/**
 * The quotations of sentence `sentence`. A quotation may run over several sentences of one
 * paragraph ("« Nous refusons. Ce texte est injuste », a-t-il dit."): each sentence holds its part,
 * and the parts after the first carry `origin`.
 */
export function findQuotes(doc: Doc, sentence: number): Quote[] {
  let cache = bySentence.get(doc);
  if (!cache) bySentence.set(doc, (cache = new Map()));
  let out = cache.get(sentence);
  if (!out) cache.set(sentence, (out = sentenceQuotes(doc, sentence)));
  return out;
}

function sentenceQuotes(doc: Doc, sentence: number): Quote[] {
  const [a, b] = doc.ranges[sentence];
  const out: Quote[] = [];
  for (const r of regionsOf(doc)) {
    const end = r.close >= 0 ? r.close : sentenceEnd(doc, r.open);
    if (end < a || r.open >= b) continue;
    const carried = r.open < a;
    const open = carried ? a - 1 : r.open;
    const closed = r.close >= a && r.close < b;
    const close = closed ? r.close : b - 1;
    const last = closed ? r.close - 1 : b - 1;
    if (last < open + 1) continue;
    const text = doc.article.text.slice(doc.tokens[open + 1].start, doc.tokens[last].end);
    out.push(carried ? { open, close, sentence, text, origin: r.open } : { open, close, sentence, text });
  }
  return out;
}

function sentenceEnd(doc: Doc, i: number): number {
  return doc.ranges[doc.tokens[i].sentence][1] - 1;
}

function regionsOf(doc: Doc): Region[] {
  let out = regions.get(doc);
  if (!out) regions.set(doc, (out = pairMarks(doc)));
  return out;
}

/**
 * Pairs quotation marks over the article. A quote closes in its own sentence, or in a later
 * sentence of the same paragraph when it opens its sentence or follows a colon (a quotation of
 * several sentences). A quote left open at its sentence's end runs to that end when it opens the
 * sentence or follows a colon (quotes broken by a line), else the mark is no quote.
 */
function pairMarks(doc: Doc): Region[] {
  const out: Region[] = [];
  const n = doc.tokens.length;
  for (let i = 0; i < n; i++) {
    const text = doc.tokens[i].text;
    const closer = text.length === 1 ? PAIRS.get(text) : undefined;
    if (!closer) continue;
    const s = doc.tokens[i].sentence;
    const [a, b] = doc.ranges[s];
    const opensSentence = i === a || doc.low[i - 1] === ':';
    let j = i + 1;
    while (j < n && doc.tokens[j].text !== closer && (j < b || (opensSentence && !paragraphBreak(doc, j)))) j++;
    const found = j < n && doc.tokens[j].text === closer && (j < b || opensSentence);
    if (found) {
      if (j - i >= 2) out.push({ open: i, close: j });
      i = j;
      continue;
    }
    if (!opensSentence) continue;
    if (b - i >= 2) out.push({ open: i, close: -1 });
    i = b - 1;
  }
  return out;
}

/** True when a line break stands between token j-1 and token j. */
function paragraphBreak(doc: Doc, j: number): boolean {
  return doc.article.text.slice(doc.tokens[j - 1].end, doc.tokens[j].start).includes('\n');
}

/** True when token i lies inside one of the quotes. */
export function insideQuote(quotes: Quote[], i: number): boolean {
  return quotes.some((q) => i > q.open && i < q.close);
}
