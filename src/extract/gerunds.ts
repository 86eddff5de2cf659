import { verbTenses } from '../nlp/verbs.js';
import { subjectBefore, verbGroupStart } from './clauses.js';
import type { Doc, Span } from './doc.js';
import { lexicon } from './lexicon.js';

// "X joue au « curé » en incitant les électeurs à …": a gerund's subject is its clause's, the
// subject of the finite verb before it. Read from the words where the tree loses the clause
// (a quotation or a dateline before the verb often makes the parser attach it elsewhere).

/** The subject of the finite verb a gerund at `t` ("en incitant") hangs on, or [] when `t` is no gerund or none is found. */
export function gerundSubject(doc: Doc, t: number, groupStart: number, actors: Span[]): Span[] {
  if (doc.low[groupStart - 1] !== 'en' || !verbTenses(doc.low[t]).includes('G')) return [];
  const [a] = doc.ranges[doc.tokens[t].sentence];
  for (let k = groupStart - 2; k >= a; k--) {
    if (/^[;:.!?]$/.test(doc.low[k])) return [];
    const w = doc.low[k];
    if (lexicon().functionWords.has(w) && !/^(?:a|ont|est|sont)$/.test(w)) continue;
    if (!/[PIJFC]/.test(verbTenses(w))) continue;
    return subjectBefore(doc, verbGroupStart(doc, k, a), actors);
  }
  return [];
}
