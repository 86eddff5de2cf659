// Entity reconciliation across articles. Organizations, countries and places already share
// gazetteer keys; people named differently in different articles do not:
//  - name variants: same surname and transliterated given names ("Sergey Ivanov" / "Sergueï
//    Ivanov") become one key;
//  - surname only: "Ivanov" alone (or "S. Ivanov") becomes the unique full name with that
//    surname (and initial) seen anywhere in the build; with two candidates nothing is merged.
// Two keys that occur as distinct people in one article are never merged: that article kept them
// apart. Only name-bearing people take part (at least one mention of kind "name"): a person known
// only by role descriptions ("le ministre russe") stays as it is, and role descriptions never
// become aliases.
import type { EntityMerge, ResolveInput } from '../types.js';
import { rewrite, type KeyMap } from './rewrite.js';
import { fold } from './text.js';
import { givenNamesMatch, parsePersonName, type PersonName } from './names.js';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Node {
  /** Accent- and case-insensitive key (keys that mint one IRI are one node). */
  id: string;
  keys: Set<string>;
  articles: Set<string>;
  name: PersonName;
  /** Labels and name aliases, as written. */
  forms: Set<string>;
}

/** Key as the IRI sees it: "person/sergueï-lavrov" and "person/serguei-lavrov" are one. */
function nodeId(key: string): string {
  const slash = key.indexOf('/');
  const local = fold(key.slice(slash + 1)).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return local === '' ? key : `${key.slice(0, slash + 1)}${local}`;
}

const isFull = (n: PersonName) => n.first !== null && !n.initial;

export interface EntityReconciliation<T extends ResolveInput = ResolveInput> {
  extractions: T[];
  merges: EntityMerge[];
}

/** Reconciles person keys across `extractions` (which must be sorted by article id). */
export function reconcileEntities<T extends ResolveInput>(extractions: T[]): EntityReconciliation<T> {
  const nodes = collectNodes(extractions);
  const clusters = clusterNodes(nodes);
  const surfaceCounts = nameSurfaceCounts(extractions);
  const labelCounts = new Map<string, number>();
  for (const x of extractions) for (const e of x.entities) if (e.type === 'Person') labelCounts.set(e.label, (labelCounts.get(e.label) ?? 0) + 1);

  const labels = labelsByKey(extractions);
  const keyMap: KeyMap = new Map();
  const merges: EntityMerge[] = [];
  for (const members of clusters) {
    if (members.length < 2) continue;
    const full = members.filter((n) => isFull(n.name));
    const forms = [...new Set(full.flatMap((n) => [...n.forms]))].filter((f) => {
      const p = parsePersonName(f);
      return p !== null && isFull(p);
    });
    const freq = (f: string) => surfaceCounts.get(collapse(f)) ?? 0;
    const anySurface = forms.some((f) => freq(f) > 0);
    const score = (f: string) => (anySurface ? freq(f) : (labelCounts.get(f) ?? 0));
    const label = [...forms].sort((a, b) => score(b) - score(a) || cmp(a, b))[0];
    const allKeys = [...new Set(members.flatMap((n) => [...n.keys]))].sort(cmp);
    const fullKeys = full.flatMap((n) => [...n.keys]).sort(cmp);
    const labelled = allKeys.filter((k) => labels.get(k)?.has(label));
    const key = labelled[0] ?? fullKeys[0];
    for (const k of allKeys) keyMap.set(k, { key, label });
    merges.push({
      key,
      label,
      merged: allKeys.filter((k) => k !== key),
      rule: full.length >= 2 ? 'name-variant' : 'surname-only',
    });
  }
  merges.sort((a, b) => cmp(a.key, b.key));
  return { extractions: extractions.map((x) => rewrite(x, keyMap)), merges };
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function collectNodes(extractions: ResolveInput[]): Node[] {
  const byId = new Map<string, Node>();
  for (const x of extractions) {
    const kinds = new Map<string, Set<string>>();
    for (const m of x.mentions) {
      let k = kinds.get(m.entity);
      if (!k) kinds.set(m.entity, (k = new Set()));
      k.add(m.kind);
    }
    for (const e of x.entities) {
      if (e.type !== 'Person') continue;
      const k = kinds.get(e.key);
      // Mentioned, but never by name: a role description only, which stays article-local.
      if (k && !k.has('name')) continue;
      const name = parsePersonName(e.label);
      if (!name) continue;
      const id = nodeId(e.key);
      let node = byId.get(id);
      if (!node) byId.set(id, (node = { id, keys: new Set(), articles: new Set(), name, forms: new Set() }));
      node.keys.add(e.key);
      node.articles.add(x.article.id);
      // The fullest reading of the name wins (a label with a given name over a surname alone).
      if (!isFull(node.name) && isFull(name)) node.name = name;
      if (e.label.trim() !== '') node.forms.add(collapse(e.label));
      for (const a of e.aliases) if (a.trim() !== '') node.forms.add(collapse(a));
    }
  }
  return [...byId.values()].sort((a, b) => cmp(a.id, b.id));
}

/**
 * Complete-linkage clustering: two clusters join only when every pair across them is
 * compatible and they share no article. Candidate pairs are visited in a fixed order (equal
 * skeletons first, then by node id), so the result does not depend on article order.
 */
function clusterNodes(nodes: Node[]): Node[][] {
  const cluster = new Map<Node, Node[]>(nodes.map((n) => [n, [n]]));
  const join = (a: Node, b: Node, ok: (x: Node, y: Node) => boolean): void => {
    const ca = cluster.get(a)!;
    const cb = cluster.get(b)!;
    if (ca === cb) return;
    for (const x of ca) for (const y of cb) if (!ok(x, y)) return;
    const merged = [...ca, ...cb].sort((p, q) => cmp(p.id, q.id));
    for (const n of merged) cluster.set(n, merged);
  };
  const disjoint = (x: Node, y: Node) => ![...x.articles].some((a) => y.articles.has(a));

  // 1. Full names: same surname, given names that are variants of each other.
  const full = nodes.filter((n) => isFull(n.name));
  const pairs: Array<{ a: Node; b: Node; exact: boolean }> = [];
  const bySurname = groupBy(full, (n) => n.name.surname);
  for (const group of bySurname.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i], group[j]];
        if (givenNamesMatch(a.name.first!, b.name.first!)) pairs.push({ a, b, exact: a.name.first === b.name.first });
      }
    }
  }
  pairs.sort((p, q) => Number(q.exact) - Number(p.exact) || cmp(p.a.id, q.a.id) || cmp(p.b.id, q.b.id));
  const variants = (x: Node, y: Node) =>
    x.name.surname === y.name.surname && givenNamesMatch(x.name.first!, y.name.first!) && disjoint(x, y);
  for (const { a, b } of pairs) join(a, b, variants);

  // 2. A surname alone (or with an initial): the unique full-name cluster it can be.
  // Indexed by surname: looking candidates up must not cost a pass over every cluster.
  const clustersBySurname = new Map<string, Node[][]>();
  for (const c of new Set(full.map((n) => cluster.get(n)!))) {
    for (const surname of new Set(c.map((m) => m.name.surname))) {
      const list = clustersBySurname.get(surname);
      if (list) list.push(c);
      else clustersBySurname.set(surname, [c]);
    }
  }
  for (const n of nodes) {
    if (isFull(n.name)) continue;
    const candidates = (clustersBySurname.get(n.name.surname) ?? []).filter((c) =>
      c.some((m) => m.name.surname === n.name.surname && (!n.name.initial || m.name.first![0] === n.name.first)),
    );
    if (candidates.length !== 1) continue;
    const target = candidates[0];
    if (!target.every((m) => disjoint(m, n))) continue;
    join(n, target[0], (x, y) => (isFull(x.name) && isFull(y.name) ? true : disjoint(x, y)));
  }
  return [...new Set(cluster.values())].sort((a, b) => cmp(a[0].id, b[0].id));
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}

/** How many name mentions, across the build, have each surface (whitespace collapsed). */
function nameSurfaceCounts(extractions: ResolveInput[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const x of extractions) {
    for (const m of x.mentions) {
      if (m.kind !== 'name') continue;
      const s = collapse(m.surface);
      out.set(s, (out.get(s) ?? 0) + m.count);
    }
  }
  return out;
}

/** Every label (whitespace collapsed) each person key has in some article. */
function labelsByKey(extractions: ResolveInput[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const x of extractions) {
    for (const e of x.entities) {
      if (e.type !== 'Person') continue;
      let labels = out.get(e.key);
      if (!labels) out.set(e.key, (labels = new Set()));
      labels.add(collapse(e.label));
    }
  }
  return out;
}
