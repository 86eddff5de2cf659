import { verbTenses } from '../nlp/verbs.js';
import { actorAfter, dedupe, subjectBefore, verbGroupStart } from './clauses.js';
import type { Doc, Span } from './doc.js';
import type { Quote } from './quotes.js';
import { sentenceClauses, sentenceTags } from './syntax.js';

// A verb of accusing set as an incise frames the words before it, and its subject follows it:
// "« X a menti », a accusé Y", "X a menti, ont dénoncé Y et Z", "« X a menti, dénonce Y. »".
// The accused is whom those words are about, their subject; the accuser is the inverted subject.

export interface Incise {
  /** The inverted subject: who accuses. */
  agent: Span[];
  /** The framed words' subject: who is accused. */
  target: Span[];
  /** The framed words, document tokens [from, to). */
  content: [number, number];
}

const CLOSING = /^(?:»|”|")$/;
// Adverbials that may stand between an incise verb and its subject ("ont accusé tour à tour X").
const BETWEEN = [['tour', 'à', 'tour'], ['à', 'son', 'tour'], ['à', 'leur', 'tour'], ['de', 'nouveau'], ['encore'], ['aussi'], ['également'], ['alors'], ['ensuite'], ['aussitôt'], ['hier'], ['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi'], ['dimanche']];
// What follows a verb's object, not its inverted subject: the charge ("accuse X de …", "critique X pour …") or a clause.
const COMPLEMENT = /^(?:de|d'|d’|du|des|pour|que|qu'|qu’|à|au|aux)$/;
const RELATIVE = /^(?:qui|que|qu'|qu’|dont|où|lequel|laquelle|lesquels|lesquelles|si|s'il|lorsque|lorsqu'|quand|comme)$/;
const FINITE = /[PIJFCST]/;

/**
 * The incise reading of the verb at `t` (verb group from `groupStart`), or null when the verb
 * heads its own clause: it must follow a comma or a closing quotation mark right away, the words
 * it frames must be a clause of their own (a finite verb, a quotation), and a named actor must
 * follow it with no charge after.
 */
export function inciseAt(doc: Doc, t: number, groupStart: number, quotes: Quote[], actors: Span[]): Incise | null {
  const s = doc.tokens[t].sentence;
  const [a, b] = doc.ranges[s];
  if (/ant$/.test(doc.low[t]) || !finiteGroup(doc, groupStart, t)) return null;
  // Object clitics make the verb's own clause ("…, l'accuse X").
  if (doc.low.slice(groupStart, t).some((w) => /^(?:l'|l’|le|la|les|lui|leur)$/.test(w))) return null;
  const content = framed(doc, groupStart, quotes, a);
  if (!content) return null;
  const [from, to] = content;
  let k = t + 1;
  for (let moved = true; moved; ) {
    moved = false;
    for (const words of BETWEEN) {
      if (words.every((w, i) => doc.low[k + i] === w)) {
        k += words.length;
        moved = true;
        break;
      }
    }
  }
  const close = quotes.find((q) => t > q.open && t < q.close)?.close ?? b;
  const agent = invertedSubject(doc, s, t, k, Math.min(b, close), actors);
  if (!agent.length) return null;
  const after = Math.max(...agent.map((x) => x.to));
  if (COMPLEMENT.test(doc.low[after] ?? '')) return null;
  const inside = actors.filter((x) => x.from >= from && x.to <= to);
  const verb = finiteVerb(doc, s, from, to);
  const target = verb >= 0 ? subjectBefore(doc, verbGroupStart(doc, verb, from), inside) : [];
  const not = new Set(agent.map((x) => x.entity));
  return { agent, target: target.filter((x) => !not.has(x.entity)), content };
}

/** An auxiliary or the verb itself in a finite tense: "ont accusé", "dénonce", not "accusé" alone. */
function finiteGroup(doc: Doc, groupStart: number, t: number): boolean {
  for (let k = groupStart; k <= t; k++) if (FINITE.test(verbTenses(doc.low[k])) && (k === t || /^(?:a|ont|avait|avaient|aura|auront|aurait|auraient|est|sont|était|étaient)$/.test(doc.low[k]))) return true;
  return false;
}

/** The framed words: a quotation closed right before the verb ("», a accusé"), or the clause before its comma. */
function framed(doc: Doc, groupStart: number, quotes: Quote[], a: number): [number, number] | null {
  let k = groupStart - 1;
  if (doc.low[k] === ',' && CLOSING.test(doc.low[k - 1] ?? '')) k--;
  if (CLOSING.test(doc.low[k] ?? '')) {
    const q = quotes.find((x) => x.close === k);
    return q ? [Math.max(q.open + 1, a), q.close] : null;
  }
  if (doc.low[k] !== ',') return null;
  // Inside a quotation ("« X a menti, dénonce Y. »") the clause starts after the opening mark.
  const q = quotes.find((x) => k > x.open && k < x.close);
  let from = q ? Math.max(q.open + 1, a) : a;
  for (let m = k - 1; m >= from; m--) {
    if (/^[:;]$/.test(doc.low[m])) {
      from = m + 1;
      break;
    }
  }
  // The words before the comma must make a clause: "Le ministre, Jean Dupont, a dénoncé X" has none.
  return k - from >= 3 && finiteVerb(doc, doc.tokens[k].sentence, from, k) >= 0 ? [from, k] : null;
}

/** A finite verb of the framed words' main clause (none after a relative pronoun or a subordinator), or -1. */
function finiteVerb(doc: Doc, s: number, from: number, to: number): number {
  const tags = sentenceTags(doc, s);
  const [a] = doc.ranges[s];
  for (let k = from; k < to; k++) {
    if (RELATIVE.test(doc.low[k])) return -1;
    if (/^(?:VERB|AUX)$/.test(tags[k - a] ?? '') && FINITE.test(verbTenses(doc.low[k]))) return k;
  }
  return -1;
}

/** The actors named right after the verb: the subject of the incise, with a description before the name ("la cheffe libérale X et la députée Y"). */
function invertedSubject(doc: Doc, s: number, t: number, k: number, end: number, actors: Span[]): Span[] {
  const direct = actorAfter(doc, k, actors, 0, end);
  if (direct.length) return direct;
  // The clause layer reads an inverted subject as the verb's subject or object: the phrases after the verb, whatever their role.
  const c = sentenceClauses(doc, s, t);
  const [a] = doc.ranges[s];
  const v = t - a;
  const out: Span[] = [];
  for (let d = 0; d < c.head.length; d++) {
    if (c.head[d] !== v || a + d < k || a + d >= end || !/^(?:nsubj|obj)$/.test(c.deprel[d])) continue;
    const words = [d, ...c.children[d].filter((x) => /^(?:appos|conj|flat:name|nmod)$/.test(c.deprel[x]))];
    for (const w of words) {
      const inner = [w, ...c.children[w].filter((x) => /^(?:appos|flat:name)$/.test(c.deprel[x]))];
      const person = actors.find((x) => x.type === 'Person' && inner.some((i) => x.from <= a + i && a + i < x.to));
      if (person) out.push(person);
    }
  }
  return dedupe(out).sort((x, y) => x.from - y.from);
}
