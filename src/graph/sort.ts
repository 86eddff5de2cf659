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
  const encoded = s.replace(/\d+/g, (run) => {
    const digits = run.replace(/^0+/, '');
    return `0${String(digits.length).padStart(4, '0')}${digits}`;
  });
  return `${encoded}\u0000${s}`;
}

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
  const graphs = new Map<string, { key: string; subjects: Map<string, { key: string; quads: Quad[] }> }>();
  for (const q of quads) {
    const gId = `${q.graph.termType}:${q.graph.value}`;
    let g = graphs.get(gId);
    if (!g) graphs.set(gId, (g = { key: termKey(q.graph), subjects: new Map() }));
    const sId = `${q.subject.termType}:${q.subject.value}`;
    let s = g.subjects.get(sId);
    if (!s) g.subjects.set(sId, (s = { key: termKey(q.subject), quads: [] }));
    s.quads.push(q);
  }
  const predicateKeys = new Map<string, string>();
  const predicateKey = (q: Quad) => {
    let k = predicateKeys.get(q.predicate.value);
    if (k === undefined) predicateKeys.set(q.predicate.value, (k = q.predicate.value === RDF_TYPE ? '' : termKey(q.predicate)));
    return k;
  };
  const byKey = <T extends { key: string }>(x: T, y: T) => codeUnitCompare(x.key, y.key);
  const out: Quad[] = [];
  for (const g of [...graphs.values()].sort(byKey)) {
    for (const s of [...g.subjects.values()].sort(byKey)) {
      const keyed = s.quads.map((q) => ({ q, p: predicateKey(q), o: termKey(q.object) }));
      keyed.sort((x, y) => codeUnitCompare(x.p, y.p) || codeUnitCompare(x.o, y.o));
      keyed.forEach((x, i) => {
        if (i === 0 || x.p !== keyed[i - 1].p || x.o !== keyed[i - 1].o) out.push(x.q);
      });
    }
  }
  return out;
}
