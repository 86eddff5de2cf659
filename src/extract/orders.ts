import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';
import { verbLemma, verbTenses } from '../nlp/verbs.js';
import type { Span } from './doc.js';
import { clauseEndOutsideQuotes } from './clauses.js';
import { actorsIn, phrase, pushEvent, speakerOf, type EventContext } from './event-context.js';
import type { Quote } from './quotes.js';

// "« Retirez votre réforme », a lancé X au ministre Y": an order in the second person, quoted, is
// a demand by the speaker on whom the speaker addresses. The order alone says "you"; only the
// words around it say who that is (a vocative in the quote, "à Y" after a verb of saying, "en
// s'adressant à Y"), and where they do not, nothing is read: a crowd, the reader or the
// article's whole cast may be the "vous".

interface OrderWords {
  must: string[];
  imperativeEndings: string[];
  notOrders: string[];
  addressing: string[];
  addressingVerbs: string[];
}

interface Orders {
  must: string[];
  imperativeEndings: string[];
  notOrders: Set<string>;
  /** Each addressing phrase as the words it is tokenized into. */
  addressing: string[][];
  addressingVerbs: Set<string>;
}

let words: Orders | null = null;

function orderWords(): Orders {
  if (words) return words;
  const raw = JSON.parse(readFileSync(dataPath('frames', 'orders.json'), 'utf8')) as OrderWords;
  words = {
    must: raw.must,
    imperativeEndings: raw.imperativeEndings,
    notOrders: new Set(raw.notOrders),
    addressing: raw.addressing.map((p) => p.split(/(?<=')|\s+/).filter(Boolean)),
    addressingVerbs: new Set(raw.addressingVerbs),
  };
  return words;
}

const apos = (w: string): string => w.replace(/’/g, "'");
// Where an imperative may open a clause: the quote's start, after punctuation or a coordinator.
const OPENS = /^(?:«|“|"|,|;|:|!|\.|et|mais|donc|alors|puis|ou)$/;
// A pronoun fixed to an imperative ("retirez-vous", "mettez-y fin").
const ENCLITIC = /-(?:vous|nous|moi|les|le|la|lui|leur|en|y)$/;

/** Second-person orders in the quotations of sentence `s`, where the addressee is named. */
export function extractOrders(ctx: EventContext, s: number, quotes: Quote[]): void {
  const { doc } = ctx;
  const [, b] = doc.ranges[s];
  const w = orderWords();
  for (const q of quotes) {
    const close = q.close < 0 ? b : q.close;
    let speaker: Span | null | undefined;
    let addressee: Span | null | undefined;
    for (let t = q.open + 1; t < close; t++) {
      const act = orderAt(doc.low, t, w);
      if (act < 0) continue;
      speaker ??= speakerOf(ctx, q);
      if (!speaker) return;
      if (addressee === undefined) addressee = vocative(ctx, s, q, close, t) ?? addressedOutside(ctx, s, q, close);
      if (!addressee || addressee.entity === speaker.entity) return;
      const end = Math.min(clauseEndOutsideQuotes(doc, act, b), close);
      pushEvent(ctx, { type: 'Demand', agent: speaker, target: addressee, participants: [], topic: phrase(doc, act, end), trigger: t, from: t, to: end, place: null });
      // One order per quotation: "retirez … et écoutez …" asks one thing of one addressee.
      break;
    }
  }
}

/** Where the act of an order at token `t` starts (the imperative, or the infinitive after "vous devez"), or -1. */
function orderAt(low: string[], t: number, w: Orders): number {
  const word = low[t];
  const prev = apos(low[t - 1] ?? '');
  if (word === 'vous' && w.must.includes(low[t + 1] ?? '') && (OPENS.test(prev) || prev === '')) {
    let k = t + 2;
    // "vous devez vous excuser", "vous ne devez pas le laisser faire": negation, adverbs, object pronouns.
    while (/^(?:ne|n'|n’|pas|plus|donc|aussi|maintenant|immédiatement|absolument|impérativement|désormais|vous|nous|me|m'|m’|lui|leur|les|le|la|l'|l’|y|en)$/.test(low[k] ?? '')) k++;
    return verbTenses(low[k] ?? '').includes('W') ? k : -1;
  }
  const bare = word.replace(ENCLITIC, '');
  if (!w.imperativeEndings.some((e) => bare.endsWith(e)) || w.notOrders.has(bare)) return -1;
  if (!verbTenses(bare).includes('Y') || !verbLemma(bare)) return -1;
  // "ne touchez pas": the negation opens the clause before the verb.
  const before = /^(?:ne|n')$/.test(prev) ? apos(low[t - 2] ?? '') : prev;
  return OPENS.test(before) ? t : -1;
}

/** "« Jean Dupont, démissionnez ! »", "« Démissionnez, Monsieur Dupont »": a name set off by commas next to the order. */
function vocative(ctx: EventContext, s: number, q: Quote, close: number, t: number): Span | null {
  const { doc } = ctx;
  for (const x of actorsIn(ctx, s)) {
    if (x.from <= q.open || x.to > close || x.type !== 'Person') continue;
    const before = apos(doc.low[x.from - 1] ?? '');
    const after = doc.low[x.to] ?? '';
    const opens = x.from - 1 === q.open || before === ',' || /^(?:m\.|monsieur|madame|mme)$/.test(before);
    const closes = after === ',' || after === '!' || x.to === close;
    if (opens && closes && Math.abs(x.from - t) <= 12) return x;
  }
  return null;
}

/** The addressee the words around the quotation name: "à Y" after a verb of saying, or "en s'adressant à Y". */
function addressedOutside(ctx: EventContext, s: number, q: Quote, close: number): Span | null {
  const { doc } = ctx;
  const [a, b] = doc.ranges[s];
  const w = orderWords();
  const actors = actorsIn(ctx, s).filter((x) => x.from > close || x.to <= q.open);
  const first = (k: number) => actors.filter((x) => x.from >= k && x.from <= k + 2).sort((x, y) => x.from - y.from || y.to - x.to)[0] ?? null;
  const outside = (k: number) => k < q.open || k > close;
  for (let k = a; k < b; k++) {
    if (!outside(k)) continue;
    for (const p of w.addressing) {
      if (p.every((x, i) => apos(doc.low[k + i] ?? '') === x)) {
        const found = first(k + p.length);
        if (found) return found;
      }
    }
  }
  // "…, a lancé X à Y", "X a lancé à Y : « … »": a verb of saying, then "à" before a person.
  for (let k = a; k < b; k++) {
    if (!outside(k)) continue;
    const lemma = verbLemma(doc.low[k].replace(/-(?:t-)?(?:il|elle|ils|elles)$/, ''));
    if (!lemma || !w.addressingVerbs.has(lemma)) continue;
    for (let m = k + 1; m < Math.min(b, k + 10) && outside(m); m++) {
      if (/^(?:«|“|")$/.test(doc.low[m])) break;
      if (!/^(?:à|au|aux)$/.test(doc.low[m])) continue;
      const found = first(m + 1);
      if (found && found.type === 'Person') return found;
    }
  }
  return null;
}
