import { clausesOf, type Clauses } from '../nlp/clauses.js';
import { parseTagged, parseTokens, tagTokens } from '../nlp/parse/index.js';
import type { Doc } from './doc.js';
import { findQuotes } from './quotes.js';

// Sentences are parsed on demand: only those holding an event trigger pay for the parser. A
// reader that needs no more than part-of-speech tags pays for the tagger only, and a parse asked
// for later reuses those tags (the parser's tags are the tagger's).
//
// A long quotation is mostly read from outside: who says it, through which verb. Its words cost
// the parser as much as the clause around it, and the parser's treebank has few forty-word
// quotations, so the sentence is parsed with each one collapsed to its marks around one
// placeholder word ("X a déclaré : « … »"); the quotation's own words are parsed, as a sentence of
// their own, only for a reader whose token lies inside it (a verb the speaker performs in the
// quotation: "« Nous demandons … »").

/** A quotation collapsed for the parse: local indices of its marks, its words between them. */
interface Collapsed {
  open: number;
  close: number;
}

interface Analysis {
  tags?: string[];
  /** The parse with long quotations collapsed (the whole parse when there are none). */
  clauses?: Clauses;
  /** The same with the collapsed quotations' own parses set in. */
  full?: Clauses;
  collapsed?: Collapsed[];
}

/** Words inside the marks from which a quotation is parsed apart. */
export const LONG_QUOTE = 8;
/**
 * Stands for a collapsed quotation's words. A quotation is mostly a clause, and an intransitive
 * verb keeps the parse of the words around it closest to the whole sentence's (on the bench
 * corpus's quotations, 95.7% of the outside words keep their head; a pronoun such as "cela" is
 * read as the subject of the incise after it, and keeps 80%).
 */
const PLACEHOLDER = 'suffit';
const PLACEHOLDER_TAG = 'VERB';
const CLOSING = /^(?:»|”|"|“)$/;

const analyses = new WeakMap<Doc, Map<number, Analysis>>();

function analysisOf(doc: Doc, s: number): Analysis {
  let bySentence = analyses.get(doc);
  if (!bySentence) analyses.set(doc, (bySentence = new Map()));
  let an = bySentence.get(s);
  if (!an) bySentence.set(s, (an = {}));
  return an;
}

function wordsOf(doc: Doc, s: number): string[] {
  const [a, b] = doc.ranges[s];
  return doc.tokens.slice(a, b).map((t) => t.text);
}

/** The universal part-of-speech tags of sentence `s` (indices local to the sentence). */
export function sentenceTags(doc: Doc, s: number): string[] {
  const an = analysisOf(doc, s);
  return (an.tags ??= an.clauses && !an.collapsed?.length ? an.clauses.upos : tagTokens(wordsOf(doc, s)));
}

/** The long quotations of sentence `s` that open and close in it, by local indices of their marks. */
function collapsible(doc: Doc, s: number): Collapsed[] {
  const [a, b] = doc.ranges[s];
  const out: Collapsed[] = [];
  for (const q of findQuotes(doc, s)) {
    if (q.origin !== undefined || q.open < a || q.close >= b || !CLOSING.test(doc.tokens[q.close].text)) continue;
    if (q.close - q.open - 1 >= LONG_QUOTE) out.push({ open: q.open - a, close: q.close - a });
  }
  return out;
}

/**
 * The clause layer of sentence `s` (token indices local to the sentence), for a reader working
 * around token `at` (a document index). Unless `at` lies inside a long quotation, the quotation's
 * words are not parsed: the first of them stands for the whole quotation (it takes the
 * attachment of the placeholder it was parsed as), and the others hang from it as "dep".
 */
export function sentenceClauses(doc: Doc, s: number, at: number): Clauses {
  const an = analysisOf(doc, s);
  if (!an.clauses) {
    const words = wordsOf(doc, s);
    an.collapsed = collapsible(doc, s);
    if (!an.collapsed.length) {
      const tree = an.tags ? parseTagged(words, an.tags) : parseTokens(words);
      an.clauses = clausesOf({ words, ...tree });
    } else an.clauses = collapsedParse(words, sentenceTags(doc, s), an.collapsed);
  }
  const local = at - doc.ranges[s][0];
  const collapsed = an.collapsed ?? [];
  if (!collapsed.some((q) => local > q.open && local < q.close)) return an.clauses;
  return (an.full ??= withQuotations(an.clauses, collapsed));
}

/** The parse of `words` with each of `quotes` collapsed, mapped back onto every word. */
function collapsedParse(words: string[], tags: string[], quotes: Collapsed[]): Clauses {
  // Collapsed sentence: index j stands for word at[j].
  const at: number[] = [];
  const short: string[] = [];
  const shortTags: string[] = [];
  let q = 0;
  for (let k = 0; k < words.length; k++) {
    const quote = quotes[q];
    if (quote && k === quote.open + 1) {
      at.push(k);
      short.push(PLACEHOLDER);
      shortTags.push(PLACEHOLDER_TAG);
      k = quote.close - 1;
      q++;
      continue;
    }
    at.push(k);
    short.push(words[k]);
    shortTags.push(tags[k]);
  }
  const tree = parseTagged(short, shortTags);
  const head = words.map(() => -1);
  const deprel = words.map(() => 'dep');
  at.forEach((k, j) => {
    head[k] = tree.head[j] < 0 ? -1 : at[tree.head[j]];
    deprel[k] = tree.deprel[j];
  });
  for (const quote of quotes) for (let k = quote.open + 2; k < quote.close; k++) head[k] = quote.open + 1;
  return clausesOf({ words, upos: tags, head, deprel });
}

/** `c` with each collapsed quotation's words parsed as a sentence of their own and set in. */
function withQuotations(c: Clauses, quotes: Collapsed[]): Clauses {
  const head = [...c.head];
  const deprel = [...c.deprel];
  for (const quote of quotes) {
    const from = quote.open + 1;
    const inner = parseTagged(c.words.slice(from, quote.close), c.upos.slice(from, quote.close));
    const root = from + inner.head.indexOf(-1);
    // The quotation's root takes the placeholder's place: its attachment, and its dependents outside.
    const [outerHead, outerRel] = [head[from], deprel[from]];
    for (let k = 0; k < head.length; k++) if ((k <= quote.open || k >= quote.close) && head[k] === from) head[k] = root;
    inner.head.forEach((h, i) => {
      head[from + i] = h < 0 ? outerHead : from + h;
      deprel[from + i] = h < 0 ? outerRel : inner.deprel[i];
    });
  }
  return clausesOf({ words: c.words, upos: c.upos, head, deprel });
}
