import type { Doc, Span } from './doc.js';
import { ACTOR_TYPES } from './doc.js';

// Words that may sit between an auxiliary and its participle, or before a verb.
export const VERB_FILLERS = new Set([
  'a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'auraient', 'ait', 'eu', 'est', 'sont', 'était', 'étaient',
  'sera', 'seront', 'serait', 'été', 'va', 'vont', 'allait', 'doit', 'doivent', 'devait', 'devrait', 'devraient', 'venait',
  'vient', 'viennent', 'veut', 'veulent', 'voulait', 'peut', 'peuvent', 'pourrait', 'entend', 'compte', 'tient', 'semble',
  'ne', "n'", 'pas', 'plus', 'jamais', 'guère', 'point', 'se', "s'", 'lui', 'leur', "l'", 'les', 'y', 'en', 'nous', 'vous', 'me', "m'",
  'de', "d'", 'nouveau', 'ensuite', 'également', 'aussi', 'même', 'déjà', 'encore', 'récemment', 'longtemps', 'toujours',
  'alors', 'ainsi', 'tout', 'abord', 'notamment', 'lui-même', 'elle-même', 'clairement', 'fermement', 'vivement', 'vertement', 'publiquement',
  'ouvertement', 'officiellement', 'formellement', 'expressément', 'sèchement', 'immédiatement', 'aussitôt', 'finalement',
  'enfin', 'pourtant', 'toutefois', 'cependant', 'néanmoins', 'par', 'ailleurs', 'outre', 'plusieurs', 'reprises', 'à', 'fois', 'une',
  "d'une", 'maintes', 'souvent', 'régulièrement', 'vendredi', 'jeudi', 'lundi', 'mardi', 'mercredi', 'samedi', 'dimanche', 'hier',
]);

const DETERMINERS = /^(?:le|la|les|l'|un|une|son|sa|ses|leur|leurs|ce|cette|ces)$/;
const SUBJECT_BOUNDARY = new Set([';', ':', '«', '»', '“', '”', '"', 'que', "qu'", 'mais', 'car', 'tandis', 'lorsque', "lorsqu'", 'si', "s'il", 'où', 'dont', 'puisque', 'quand', '(', ')']);
const PREPOSITIONS = new Set(['de', "d'", 'du', 'à', 'au', 'aux', 'avec', 'pour', 'par', 'sur', 'contre', 'entre', 'chez', 'vers', 'dans', 'en', 'selon', 'sans', 'après', 'avant', 'malgré', 'envers', 'auprès', 'face', 'devant', 'derrière', 'sous', 'comme', 'côté', 'côtés', 'près', 'parmi', "jusqu'à", 'lors', 'depuis']);
export const PRONOUN_SUBJECTS = new Set(['il', 'elle', 'ils', 'elles']);

/** Actor spans of a sentence, indexed by token. */
export function actorSpans(spans: Span[], sentence: number): Span[] {
  return spans.filter((s) => s.sentence === sentence && ACTOR_TYPES.has(s.type));
}

/** First token of the verb group that ends at `trigger` ("a de nouveau accusé" → "a"). */
export function verbGroupStart(doc: Doc, trigger: number, sentenceStart: number): number {
  let k = trigger;
  while (k - 1 >= sentenceStart && VERB_FILLERS.has(doc.low[k - 1])) k--;
  // Don't swallow a preposition that belongs to the left context ("à Stockholm, a accusé").
  while (k < trigger && /^(?:à|de|d'|par|une|en)$/.test(doc.low[k])) k++;
  return k;
}

function precededByPreposition(doc: Doc, span: Span, sentenceStart: number): boolean {
  let k = span.from - 1;
  while (k >= sentenceStart && /^(?:le|la|les|l'|un|une|son|sa|ses|leur|leurs|ce|cette|ces)$/.test(doc.low[k])) k--;
  if (k < sentenceStart) return false;
  const w = doc.low[k];
  if (w === 'des' || w === 'du') return k > sentenceStart; // sentence-initial "Des …" is a determiner
  return PREPOSITIONS.has(w);
}

/** Where a verb group's subject may start: its sentence's first token, or just after the last clause boundary before it. */
function subjectReach(doc: Doc, groupStart: number): { first: number; boundary: number } {
  const [first] = doc.ranges[doc.tokens[groupStart].sentence];
  for (let k = groupStart - 1; k >= first; k--) {
    // "Les envoyés de X (Cédéao) ont …": an aside in brackets closing right before the verb is part
    // of its subject, not a boundary.
    if (doc.low[k] === ')' && k === groupStart - 1) {
      const open = doc.low.lastIndexOf('(', k);
      if (open > first && k - open <= 6) {
        k = open;
        continue;
      }
    }
    if (SUBJECT_BOUNDARY.has(doc.low[k])) return { first, boundary: k + 1 };
  }
  return { first, boundary: first };
}

/**
 * The subject left of a verb group: the closest actor mention in the same clause that is
 * not inside a prepositional phrase, with any actors coordinated to it ("X et Y").
 */
export function subjectBefore(doc: Doc, groupStart: number, actors: Span[]): Span[] {
  const { first, boundary } = subjectReach(doc, groupStart);
  const candidates = actors
    .filter((s) => s.to <= groupStart && s.from >= boundary && !precededByPreposition(doc, s, first) && !inComparison(doc, s, groupStart))
    .sort((x, y) => y.to - x.to);
  if (!candidates.length) return [];
  const head = candidates[0];
  const group = actors.filter((s) => s.from === head.from && s.to === head.to);
  // "Antony Blinken et Sergueï Lavrov", "Russes et Américains"
  // Commas join a list only when an "et" closes it ("X, Y et Z"); otherwise "X, Y," is an apposition.
  let left = head;
  let sawEt = false;
  for (;;) {
    let at = left.from - 1;
    while (at > boundary && DETERMINERS.test(doc.low[at])) at--;
    const sep = doc.low[at];
    const prev = actors.find((s) => s.to === at && (sep === 'et' || (sep === ',' && sawEt)) && s.from >= boundary);
    if (!prev) break;
    sawEt ||= sep === 'et';
    group.unshift(prev);
    left = prev;
  }
  const right = actors.find((s) => s.from === head.to + 1 && doc.low[head.to] === 'et' && s.to <= groupStart);
  if (right && right !== head) group.push(right);
  return dedupe(group);
}

/**
 * Every actor named in the stretch of words before a verb group that its subject may fill
 * (appositions and coordinations alike: "les présidents de X, A, et de Y, B,"), outside
 * prepositional phrases, in text order.
 */
export function subjectStretch(doc: Doc, groupStart: number, actors: Span[]): Span[] {
  const { first, boundary } = subjectReach(doc, groupStart);
  return dedupe(actors.filter((s) => s.to <= groupStart && s.from >= boundary && !precededByPreposition(doc, s, first)).sort((x, y) => x.from - y.from));
}

/** "X a, comme son président Y, fait référence à …": Y, in an incise of comparison, is not the subject. */
function inComparison(doc: Doc, span: Span, groupStart: number): boolean {
  let close = span.to;
  while (close < groupStart && doc.low[close] !== ',') close++;
  if (close >= groupStart) return false;
  for (let k = span.from - 1, commas = 0; k >= Math.max(0, span.from - 10) && commas < 2; k--) {
    if (doc.low[k] === 'comme' && doc.low[k - 1] === ',') return true;
    if (doc.low[k] === ',') commas++;
  }
  return false;
}

/** Actor right after position `at`, skipping determiners and at most `slack` other words. */
export function actorAfter(doc: Doc, at: number, actors: Span[], slack = 1, end?: number): Span[] {
  const stop = end ?? doc.ranges[doc.tokens[Math.min(at, doc.tokens.length - 1)].sentence][1];
  let k = at;
  let skipped = 0;
  while (k < stop) {
    const here = actors.filter((s) => s.from === k);
    if (here.length) {
      const longest = Math.max(...here.map((s) => s.to));
      const group = here.filter((s) => s.to === longest);
      // "Israël et le Hamas", "la Russie, la Chine et l'Iran"
      let next = longest;
      while (next < stop && /^(?:et|,)$/.test(doc.low[next])) {
        let m = next + 1;
        while (m < stop && DETERMINERS.test(doc.low[m])) m++;
        // A description's span starts at its determiner ("et le président russe Vladimir Poutine").
        const more = actors.filter((s) => s.from === m || (s.from === next + 1 && s.from < m));
        if (!more.length) break;
        const to = Math.max(...more.map((s) => s.to));
        group.push(...more.filter((s) => s.to === to));
        next = to;
      }
      return group;
    }
    if (/^(?:le|la|les|l'|un|une|son|sa|ses|leur|leurs|ce|cette|ces|des|du|tous|toutes|m\.|mme|mgr|dr)$/.test(doc.low[k])) {
      k++;
      continue;
    }
    if (skipped >= slack) break;
    skipped++;
    k++;
  }
  return [];
}

export function dedupe(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => (seen.has(s.entity) ? false : (seen.add(s.entity), true)));
}

/** End of a clause from `from`: the next comma, semicolon, colon or full stop outside quotation marks (or `b`). */
export function clauseEndOutsideQuotes(doc: Doc, from: number, b: number): number {
  let open = false;
  let k = from;
  for (; k < b; k++) {
    const w = doc.low[k];
    if (w === '«' || w === '“') open = true;
    else if (w === '»' || w === '”') open = false;
    else if (!open && /^(?:,|;|\.|!|\?|:)$/.test(w)) break;
  }
  return k;
}
