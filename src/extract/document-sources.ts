import type { Doc, Span } from './doc.js';
import { lexicon } from './lexicon.js';
import type { Quote } from './quotes.js';
import type { EventContext } from './event-context.js';

// "« … », est-il indiqué dans un communiqué de la présidence": an impersonal incise has no
// speaker of its own — "il" stands for nobody — and the words are the document's, so its author
// speaks. A later "est-il précisé" with no document named goes on quoting the same one.

/** "est-il", "a-t-il été": the inverted auxiliary of an impersonal passive. */
export function isImpersonalIncise(word: string, next: string | undefined): boolean {
  return word === 'est-il' || (word === 'a-t-il' && next === 'été');
}

const lastSource = new WeakMap<EventContext, Span>();

/**
 * The author of the document named after token `verb` ("dans un communiqué du Kremlin",
 * "selon le texte de l'ONU"), else of the last document an impersonal incise quoted in this
 * article, else null.
 */
export function documentSource(ctx: EventContext, verb: number, actors: Span[]): Span | null {
  const { doc } = ctx;
  const end = doc.ranges[doc.tokens[verb].sentence][1];
  const nouns = lexicon().documents;
  for (let k = verb + 1; k < Math.min(end, verb + 8); k++) {
    if (!/^(?:dans|selon|d'après)$/.test(doc.low[k])) continue;
    let n = k + 1;
    while (n < end && /^(?:le|la|l'|l’|un|une|son|sa|leur|ce|cette|nouveau|nouvelle|long|longue|bref|brève|court|courte)$/.test(doc.low[n])) n++;
    if (!nouns.has(doc.low[n])) return lastSource.get(ctx) ?? null;
    n++;
    while (n < end && !/^(?:de|du|des|d'|d’)$/.test(doc.low[n]) && n < k + 6 && !/^[,.;:!?«»]$/.test(doc.low[n])) n++;
    if (!/^(?:de|du|des|d'|d’)$/.test(doc.low[n] ?? '')) break;
    const author = actors.filter((x) => x.from >= n && x.from <= n + 2).sort((x, y) => x.from - y.from || y.to - x.to)[0];
    if (author) lastSource.set(ctx, author);
    return author ?? null;
  }
  return lastSource.get(ctx) ?? null;
}

/**
 * "« Le président a reçu son homologue », est-il indiqué dans un communiqué": words a document
 * is quoted for report what happened, as the narration would; the acts they tell of are events.
 */
export function documentQuote(doc: Doc, q: Quote): boolean {
  const k = q.close + 1;
  return doc.low[k] === ',' && isImpersonalIncise(doc.low[k + 1] ?? '', doc.low[k + 2]);
}
