// The clause layer: who does what to whom in one sentence, read off its dependency tree. Event
// frames name their roles by grammatical slot (subject, object, "à"-object, "de"-complement,
// "par"-agent); this module says which tokens fill a slot, so that one reading covers active,
// passive, relative, participial and coordinated clauses alike.

/** A sentence's dependency tree over its tokens (indices local to the sentence; -1 = root). */
export interface Tree {
  words: string[];
  upos: string[];
  head: number[];
  deprel: string[];
}

/** A tree with each token's dependents, built once per sentence. */
export interface Clauses extends Tree {
  children: number[][];
}

export function clausesOf(tree: Tree): Clauses {
  const children: number[][] = tree.words.map(() => []);
  tree.head.forEach((h, i) => {
    if (h >= 0) children[h].push(i);
  });
  return { ...tree, children };
}

const base = (rel: string): string => rel.split(':')[0];
const SUBJECT = new Set(['nsubj', 'nsubj:pass', 'csubj']);
const RELATIVE = /^(?:qui|que|qu'|lequel|laquelle|lesquels|lesquelles)$/i;

/** Dependents of `v` whose relation is one of `rels` (exact, or by base relation when a rel has no subtype). */
function dependents(c: Clauses, v: number, rels: readonly string[]): number[] {
  return c.children[v].filter((d) => rels.includes(c.deprel[d]) || rels.includes(base(c.deprel[d])));
}

/** A noun phrase and the phrases coordinated with it ("X et Y", "X, Y et Z"). */
export function withConjuncts(c: Clauses, n: number): number[] {
  const out = [n];
  for (const d of c.children[n]) if (c.deprel[d] === 'conj' && c.upos[d] !== 'VERB') out.push(...withConjuncts(c, d));
  return out;
}

/** The verb a predicate hangs on, climbing auxiliaries' and copulas' attachments. */
function predicate(c: Clauses, v: number): number {
  return /^(?:aux|aux:pass|aux:tense|cop)$/.test(c.deprel[v]) && c.head[v] >= 0 ? c.head[v] : v;
}

/** True when the verb is passive ("est accusé par", "a été reçu"). */
export function isPassive(c: Clauses, v: number): boolean {
  const p = predicate(c, v);
  return c.children[p].some((d) => c.deprel[d] === 'aux:pass' || c.deprel[d] === 'nsubj:pass');
}

/**
 * The heads of the subject of verb `v`: its own nsubj; else, for a relative clause on "qui",
 * the noun it hangs on; for a participle or an infinitive controlled by a noun ("X, accusant Y"),
 * that noun; for a verb coordinated with another ("a dénoncé … et appelé"), the first verb's.
 * For a passive verb the grammatical subject is the patient, not the agent: see agentOf.
 */
export function subjectOf(c: Clauses, v: number): number[] {
  return subjectFrom(c, predicate(c, v), 0);
}

function subjectFrom(c: Clauses, p: number, depth: number): number[] {
  if (depth > 4) return [];
  const own = c.children[p].filter((d) => SUBJECT.has(c.deprel[d]));
  if (own.length) {
    const s = own[0];
    // "X, qui a accusé Y": the relative pronoun stands for the noun the clause hangs on.
    if (RELATIVE.test(c.words[s]) && base(c.deprel[p]) === 'acl' && c.head[p] >= 0) return withConjuncts(c, c.head[p]);
    return withConjuncts(c, s);
  }
  const rel = c.deprel[p];
  const h = c.head[p];
  if (h < 0) return [];
  // "a dénoncé … et appelé …": a verb coordinated with another shares its subject.
  if (rel === 'conj') return subjectFrom(c, h, depth + 1);
  // "X, accusant Y de …" / "l'homme accusé de …": the noun the participle describes.
  if (base(rel) === 'acl' && c.upos[h] !== 'VERB') return withConjuncts(c, h);
  // "Accusant Y, X a …": an adverbial participle shares the main clause's subject.
  if (rel === 'advcl') return subjectFrom(c, h, depth + 1);
  // "X a décidé d'accuser Y": the controlling verb's subject acts.
  if (rel === 'xcomp') return subjectFrom(c, h, depth + 1);
  return [];
}

/** True when the verb's subject is a relative pronoun ("X, qui a accusé …"): its antecedent, and nobody else, acts. */
export function relativeSubject(c: Clauses, v: number): boolean {
  const p = predicate(c, v);
  return c.children[p].some((d) => SUBJECT.has(c.deprel[d]) && RELATIVE.test(c.words[d]));
}

/** The "par" agent of a passive verb, or of a participle used passively ("accusé par X"). */
export function agentOf(c: Clauses, v: number): number[] {
  const p = predicate(c, v);
  const agents = dependents(c, p, ['obl:agent']);
  return agents.length ? withConjuncts(c, agents[0]) : [];
}

/** The direct object's heads; for "que" in a relative clause on a noun ("X, qu'il accuse de …"), that noun. */
export function objectOf(c: Clauses, v: number): number[] {
  const p = predicate(c, v);
  const objs = dependents(c, p, ['obj']);
  const r = relativeObject(c, v);
  if (r >= 0) return base(c.deprel[p]) === 'acl' && c.head[p] >= 0 && c.head[p] < r ? withConjuncts(c, c.head[p]) : [];
  return objs.length ? withConjuncts(c, objs[0]) : [];
}

const OBJECT_RELATIVE = /^(?:que|qu'|qu’)$/i;

/**
 * The relative "que" that is the verb's object (", qu'il accuse de …", ", que le parquet
 * soupçonne"), or -1. The parser may read it as a conjunction: after a comma, with no other
 * object, it is the relative all the same.
 */
export function relativeObject(c: Clauses, v: number): number {
  const p = predicate(c, v);
  const objs = dependents(c, p, ['obj']);
  for (const d of c.children[p]) {
    if (!OBJECT_RELATIVE.test(c.words[d]) || c.words[d - 1] !== ',') continue;
    if (c.deprel[d] === 'obj' || (c.deprel[d] === 'mark' && !objs.length)) return d;
  }
  return -1;
}

/**
 * Heads of the complements of `v` introduced by one of `preps` ("à", "de", "contre", "avec",
 * "sur"), whatever the parser called them (obl, iobj, nmod of the object, a clitic "lui"/"leur" as
 * iobj for "à").
 */
export function complementOf(c: Clauses, v: number, preps: readonly string[]): number[] {
  const p = predicate(c, v);
  for (const d of c.children[p]) {
    const rel = c.deprel[d];
    if (!/^(?:obl|iobj|obl:arg|obl:mod|nmod)$/.test(rel) && base(rel) !== 'obl') continue;
    if (rel === 'obl:agent') continue;
    const cases = c.children[d].filter((x) => c.deprel[x] === 'case').map((x) => c.words[x].toLowerCase());
    if (cases.some((w) => preps.includes(w))) return withConjuncts(c, d);
    if (rel === 'iobj' && preps.includes('à')) return withConjuncts(c, d);
  }
  return [];
}

/** Tokens of the subtree of `n` (n included), in order. */
export function subtree(c: Clauses, n: number): number[] {
  const out: number[] = [];
  const walk = (k: number) => {
    out.push(k);
    for (const d of c.children[k]) walk(d);
  };
  walk(n);
  return out.sort((a, b) => a - b);
}

/**
 * The tokens that may name the referent of a phrase headed by `n`: the head, and the words of its
 * name or apposition ("le président russe, Vladimir Poutine,"), not its other complements ("de
 * l'OTAN" in "le secrétaire général de l'OTAN" names somebody else).
 */
export function namingTokens(c: Clauses, n: number): number[] {
  const out = [n];
  for (const d of c.children[n]) if (/^(?:appos|flat|flat:name|amod|compound)$/.test(c.deprel[d])) out.push(...namingTokens(c, d));
  return out;
}
