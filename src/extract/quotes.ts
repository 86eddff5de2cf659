import type { Doc } from './doc.js';

/** A quotation inside one sentence, by token indices of its marks. */
export interface Quote {
  open: number; // token index of the opening mark
  close: number; // token index of the closing mark (or sentence end when unclosed)
  sentence: number;
  text: string;
}

// A Map, not an object: a token spelled like an Object property ("constructor") is no quote mark.
const PAIRS = new Map([['«', '»'], ['“', '”'], ['"', '"'], ['„', '“']]);

export function findQuotes(doc: Doc, sentence: number): Quote[] {
  const [a, b] = doc.ranges[sentence];
  const out: Quote[] = [];
  for (let i = a; i < b; i++) {
    const text = doc.tokens[i].text;
    const closer = text.length === 1 ? PAIRS.get(text) : undefined;
    if (!closer) continue;
    let j = i + 1;
    while (j < b && doc.tokens[j].text !== closer) j++;
    // An unclosed quote that opens the sentence runs to its end (quotes spanning lines).
    if (j >= b && i !== a && doc.low[i - 1] !== ':') continue;
    const end = Math.min(j, b);
    if (end - i < 2) continue;
    const from = doc.tokens[i + 1].start;
    const to = doc.tokens[end - 1].end;
    out.push({ open: i, close: end < b ? end : b - 1, sentence, text: doc.article.text.slice(from, to) });
    i = end;
  }
  return out;
}

/** True when token i lies inside one of the quotes. */
export function insideQuote(quotes: Quote[], i: number): boolean {
  return quotes.some((q) => i > q.open && i < q.close);
}
