import type { Sentence } from '../types.js';

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'sgt', 'gén', 'gal', 'col', 'cdt', 'lt',
  'av', 'bd', 'etc', 'cf', 'p', 'pp', 'vol', 'no', 'n°', 'env', 'jr', 'sr', 'mr', 'mrs', 'ms', 'vs', 'janv', 'févr',
  'déc', 'nov', 'oct', 'sept', 'avr', 'juil', 'ex', 'art', 'chap', 'dept', 'dép', 'hab', 'min', 'max', 'approx',
]);

const OPENERS = new Map([['«', '»'], ['“', '”'], ['„', '“']]);
/** Characters that may open a quotation (the keys of quoteCloseTable). */
const OPENING = new Set(['«', '“', '„', '"']);
// A quotation longer than this is not held together as one sentence: it is likely a lost closer.
const MAX_QUOTE_SPAN = 1200;
/**
 * Longest sentence handed on, in characters. Tagging, parsing and the event rules cost more than
 * linearly in a sentence's length: a text with no sentence end (a dump joined into one line)
 * would be one sentence of megabytes, and hours of work. The longest sentence of the dev and
 * seed corpora has 1 559 characters; a longer run is cut at a clause boundary (see cutSentence).
 */
export const MAX_SENTENCE_CHARS = 2000;

/**
 * Splits cleaned article text into sentences with exact offsets. Lines are hard
 * boundaries (headlines, captions); inside a line, a sentence ends at . ! ? … followed by
 * a space and an upper-case letter, a quote or a digit, except after an abbreviation or an
 * initial, and never inside a quotation that closes later on the same line, so that a
 * quote and its attribution ("« … », a déclaré X.") stay one sentence. No sentence is longer than
 * MAX_SENTENCE_CHARS.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, from: number, to: number, out: Sentence[]): void {
  const closeAt = quoteCloseTable(text, from, to);
  let start = skipSpace(text, from, to);
  let i = start;
  let inQuoteUntil = -1;
  while (i < to) {
    const ch = text[i];
    // Only opening quotes are in the table: other characters need no look-up.
    if (i >= inQuoteUntil && OPENING.has(ch) && closeAt.has(i)) inQuoteUntil = closeAt.get(i)!;
    // "« Nous agirons. » Le ministre …": a quotation ending a sentence closes it too.
    // A straight mark closes a quotation only where the table paired it with an opener.
    const closing = ch === '»' || ch === '”' || (ch === '"' && i + 1 === inQuoteUntil);
    if (closing && /[.!?…]\s*$/.test(text.slice(Math.max(start, i - 3), i))) {
      const k = skipSpace(text, i + 1, to);
      if (k > i + 1 && k < to && startsSentence(text, k) && /^\p{Lu}/u.test(text[k])) {
        push(text, start, i + 1, out);
        start = k;
        i = k;
        continue;
      }
    }
    if ((ch === '.' || ch === '!' || ch === '?' || ch === '…') && i >= inQuoteUntil) {
      let j = i + 1;
      while (j < to && /[.!?…»"”’)\]]/.test(text[j])) j++;
      if (j < to && /\s/.test(text[j])) {
        const k = skipSpace(text, j, to);
        if (k < to && startsSentence(text, k) && (!isAbbreviation(text, start, i) || startsWithFunctionWord(text, k))) {
          push(text, start, j, out);
          start = k;
          i = k;
          continue;
        }
      }
    }
    i++;
  }
  if (start < to) push(text, start, to, out);
}

/** Maps the offset of each opening quote to the offset just past its closer on the line. */
function quoteCloseTable(text: string, from: number, to: number): Map<number, number> {
  const table = new Map<number, number>();
  // The next occurrence of each closer, found once and kept until passed: a line of openers
  // without closers stays linear.
  const next = new Map<string, number>();
  let asciiOpen = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    const closer = OPENERS.get(ch);
    if (closer) {
      let end = next.get(closer);
      if (end === undefined || end <= i) {
        end = text.indexOf(closer, i + 1);
        if (end < 0) end = Infinity;
        next.set(closer, end);
      }
      if (end < to && end - i < MAX_QUOTE_SPAN) table.set(i, end + 1);
    } else if (ch === '"') {
      if (asciiOpen < 0) asciiOpen = i;
      else {
        if (i - asciiOpen < MAX_QUOTE_SPAN) table.set(asciiOpen, i + 1);
        asciiOpen = -1;
      }
    }
  }
  return table;
}

function startsSentence(text: string, k: number): boolean {
  const c = text[k];
  if (/[«"“(\[—–-]/.test(c) || /\d/.test(c)) return true;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  if (text[dot] !== '.') return false;
  let k = dot;
  while (k > sentenceStart && /[\p{L}°]/u.test(text[k - 1])) k--;
  const word = text.slice(k, dot);
  if (word.length === 1 && word === word.toUpperCase()) return true; // an initial: "J. Biden"
  return ABBREVIATIONS.has(word.toLowerCase());
}

// After an initial, a capitalized determiner or pronoun starts a new sentence ("groupe B. La France").
const SENTENCE_OPENERS = /^(?:Le|La|Les|L['’]|Il|Elle|Ils|Elles|Ce|Cette|Ces|Un|Une|Des|Dans|Pour|Mais|Selon|Après|En|Au|Aux|Nous|Je|On)\b/u;
function startsWithFunctionWord(text: string, k: number): boolean {
  return SENTENCE_OPENERS.test(text.slice(k, k + 12));
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && /\s/.test(text[i])) i++;
  return i;
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (end - start > MAX_SENTENCE_CHARS) {
    const cut = cutSentence(text, start, start + MAX_SENTENCE_CHARS);
    pushOne(text, start, cut, out);
    start = skipSpace(text, cut, end);
  }
  pushOne(text, start, end, out);
}

function pushOne(text: string, start: number, end: number, out: Sentence[]): void {
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return;
  out.push({ index: out.length, start, end, text: text.slice(start, end) });
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f || c === 0x0d;
const isClauseMark = (c: number) => c === 0x2c || c === 0x3b || c === 0x3a; // , ; :

/**
 * Where an over-long sentence starting at `start` is cut, in (start + half, hi]: after the last
 * comma, semicolon or colon followed by a space, else after the last space, else (one unbroken
 * run) at `hi`, moved back off a surrogate pair.
 */
function cutSentence(text: string, start: number, hi: number): number {
  const lo = start + Math.floor((hi - start) / 2);
  let space = -1;
  for (let i = hi - 1; i > lo; i--) {
    if (!isSpace(text.charCodeAt(i))) continue;
    if (isClauseMark(text.charCodeAt(i - 1))) return i;
    if (space < 0) space = i;
  }
  if (space > 0) return space;
  const c = text.charCodeAt(hi - 1);
  return c >= 0xd800 && c <= 0xdbff ? hi - 1 : hi;
}
