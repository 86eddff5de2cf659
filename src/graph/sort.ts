// A total, locale-independent order on quads, so the same graph always serializes to the same bytes.
import type { Quad, Term } from 'n3';
import { NS } from './vocab.js';

/**
 * A string whose code-unit order is a "natural" order of `s`: digit runs compare by value
 * ("s2" < "s10"). Each run becomes a digit (so it still sorts like a digit against other
 * characters), its length on four digits, then its digits without leading zeros; the original
 * string is appended so that distinct strings never tie ("s02" vs "s2").
 */
export function naturalKey(s: string): string {
  // Written out rather than as a regular-expression replace with a callback: it runs for
  // every IRI of every block written, and most IRIs hold one or two digit runs.
  const n = s.length;
  let i = 0;
  while (i < n && !isDigit(s.charCodeAt(i))) i++;
  if (i === n) return `${s}\u0000${s}`;
  let out = s.slice(0, i);
  while (i < n) {
    let j = i;
    while (j < n && isDigit(s.charCodeAt(j))) j++;
    let k = i;
    while (k < j && s.charCodeAt(k) === 48) k++;
    out += `0${String(j - k).padStart(4, '0')}${s.slice(k, j)}`;
    i = j;
    while (i < n && !isDigit(s.charCodeAt(i))) i++;
    out += s.slice(j, i);
  }
  return `${out}\u0000${s}`;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export function naturalCompare(a: string, b: string): number {
  return codeUnitCompare(naturalKey(a), naturalKey(b));
}

function codeUnitCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function termKey(t: Term): string {
  switch (t.termType) {
    case 'DefaultGraph':
      return '';
    case 'NamedNode':
      return `0${naturalKey(t.value)}`;
    case 'BlankNode':
      return `1${naturalKey(t.value)}`;
    case 'Literal':
      // Literals can be whole sentences; plain order is enough for them and much cheaper.
      return `2${t.value}\u0000${t.language}\u0000${t.datatype.value}`;
    default:
      return `3${t.value}`;
  }
}

const RDF_TYPE = `${NS.rdf}type`;

type QuadKey = [string, string, string, string];

function quadKey(q: Quad): QuadKey {
  // rdf:type first, as readers expect ("x a nkg:Article; …").
  const predicate = q.predicate.value === RDF_TYPE ? '' : termKey(q.predicate);
  return [termKey(q.graph), termKey(q.subject), predicate, termKey(q.object)];
}

function compareKeys(a: QuadKey, b: QuadKey): number {
  return (
    codeUnitCompare(a[0], b[0]) || codeUnitCompare(a[1], b[1]) || codeUnitCompare(a[2], b[2]) || codeUnitCompare(a[3], b[3])
  );
}

/** Graph (default first), subject, predicate (rdf:type first), object. */
export function compareQuads(a: Quad, b: Quad): number {
  return compareKeys(quadKey(a), quadKey(b));
}

/**
 * Sorted copy without duplicates, same order as compareQuads. Quads are bucketed by graph and
 * subject first, so the expensive keys are computed once per distinct graph and subject and the
 * large sort compares subjects only.
 */
export function sortUniqueQuads(quads: Iterable<Quad>): Quad[] {
  type Subject = { key: string; quads: Quad[] };
  const graphs: ByTerm<{ key: string; subjects: ByTerm<Subject> }> = new Map();
  for (const q of quads) {
    const g = bucket(graphs, q.graph, () => ({ key: termKey(q.graph), subjects: new Map() as ByTerm<Subject> }));
    bucket(g.subjects, q.subject, (): Subject => ({ key: termKey(q.subject), quads: [] })).quads.push(q);
  }
  const predicateKeys = new Map<string, string>();
  const predicateKey = (q: Quad) => {
    let k = predicateKeys.get(q.predicate.value);
    if (k === undefined) predicateKeys.set(q.predicate.value, (k = q.predicate.value === RDF_TYPE ? '' : termKey(q.predicate)));
    return k;
  };
  // An IRI object (a class, an entity, the article) recurs across the block's subjects.
  const iriKeys = new Map<string, string>();
  const objectKey = (t: Term) => {
    if (t.termType !== 'NamedNode') return termKey(t);
    let k = iriKeys.get(t.value);
    if (k === undefined) iriKeys.set(t.value, (k = termKey(t)));
    return k;
  };
  const byKey = <T extends { key: string }>(x: T, y: T) => codeUnitCompare(x.key, y.key);
  const out: Quad[] = [];
  for (const g of valuesOf(graphs).sort(byKey)) {
    for (const s of valuesOf(g.subjects).sort(byKey)) {
      const keyed = s.quads.map((q) => ({ q, p: predicateKey(q), o: objectKey(q.object) }));
      keyed.sort((x, y) => codeUnitCompare(x.p, y.p) || codeUnitCompare(x.o, y.o));
      keyed.forEach((x, i) => {
        if (i === 0 || x.p !== keyed[i - 1].p || x.o !== keyed[i - 1].o) out.push(x.q);
      });
    }
  }
  return out;
}

/** Items by term type, then by value: keys are the terms' own strings, never built per quad. */
type ByTerm<T> = Map<string, Map<string, T>>;

function bucket<T>(m: ByTerm<T>, t: Term, make: () => T): T {
  let byValue = m.get(t.termType);
  if (!byValue) m.set(t.termType, (byValue = new Map()));
  let x = byValue.get(t.value);
  if (x === undefined) byValue.set(t.value, (x = make()));
  return x;
}

function valuesOf<T>(m: ByTerm<T>): T[] {
  const out: T[] = [];
  for (const byValue of m.values()) for (const x of byValue.values()) out.push(x);
  return out;
}
