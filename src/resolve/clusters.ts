// Clustering one block of event mentions: the mentions of a type that share its blocking key
// (docs/rdf-model.md, "Event resolution"). Blocks never merge with one another, so each is
// clustered on its own, on any thread: what it needs crosses as plain data (BlockItem), and the
// result, lists of mention numbers, does not depend on where or in which order blocks are done.
import type { EventStatus, EventType } from '../types.js';
import { intersects, type Interval } from './dates.js';
import { normalizedSimilarity } from './text.js';

export const TOPIC_THRESHOLD = 0.5;
export const QUOTE_THRESHOLD = 0.8;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const TOPICAL: ReadonlySet<EventType> = new Set(['Accusation', 'Demand', 'Warning', 'Refusal', 'Proposal']);

/** What the merge rules read of one event mention. */
export interface BlockItem {
  /** The mention's number in the build (article id order, then event index). */
  n: number;
  type: EventType;
  /** asserted, planned or negated: only mentions that agree on it merge. */
  status: EventStatus;
  agent: string | null;
  target: string | null;
  place: string | null;
  /** The mention gives a date of its own. */
  dated: boolean;
  window: Interval;
  /** Agent, target and participants, sorted and unique. */
  actors: string[];
  /** Content stems of the topic, as sorted word ids (see Vocabulary in events.ts). */
  topic: number[] | null;
  /** Statements: the quote, else the topic, normalized (normalizeQuote); null for other types. */
  text: string | null;
  evidence: number[];
  /** `n` of the first item with identical content in the same article (its own `n` if none). */
  content: number;
  /** What the type's own rule looks at (actors, agent and target, topic or quote), as an id:
   *  mentions with equal signatures pass or fail that rule alike against any other. */
  signature: number;
}

/** A growing event: members, the intersection of their date windows, their place, one member per signature. */
interface Cluster {
  members: BlockItem[];
  window: Interval;
  place: string | null;
  reps: BlockItem[];
}

/**
 * The events of one block, as lists of mention numbers (those of two mentions or more).
 * `signatures` is the number of distinct signatures in the build (the rule memo's key space).
 *
 * Complete linkage without comparing every pair of members: windows that meet pairwise share a
 * common day (intervals), so a cluster keeps their intersection; places agree with the one known
 * place; and the type's rule is checked once per distinct signature. Exact duplicates within an
 * article are joined first, whatever else happens; then compatible pairs, best first.
 */
export function clusterBlock(block: Block, signatures: number): number[][] {
  // The type's own rule depends on the signature only: memoized per signature pair.
  const memo = new Map<number, number | null>();
  const rule = (a: BlockItem, b: BlockItem): number | null => {
    const id = Math.min(a.signature, b.signature) * signatures + Math.max(a.signature, b.signature);
    let similarity = memo.get(id);
    if (similarity === undefined) memo.set(id, (similarity = typeRule(a, b)));
    return similarity;
  };
  const clusterOf = new Map<BlockItem, Cluster>(block.items.map((i) => [i, { members: [i], window: i.window, place: i.place, reps: [i] }]));
  const join = (a: BlockItem, b: BlockItem, force = false): void => {
    let ca = clusterOf.get(a)!;
    let cb = clusterOf.get(b)!;
    if (ca === cb) return;
    const window: Interval = [Math.max(ca.window[0], cb.window[0]), Math.min(ca.window[1], cb.window[1])];
    if (!force) {
      if (window[0] > window[1]) return;
      if (ca.place !== null && cb.place !== null && ca.place !== cb.place) return;
      for (const x of ca.reps) for (const y of cb.reps) if (x.signature !== y.signature && rule(x, y) === null) return;
    }
    // The smaller cluster moves into the larger: members are ordered when the event is made.
    if (ca.members.length < cb.members.length) [ca, cb] = [cb, ca];
    const known = new Set(ca.reps.map((r) => r.signature));
    for (const r of cb.reps) if (!known.has(r.signature)) ca.reps.push(r);
    for (const i of cb.members) {
      ca.members.push(i);
      clusterOf.set(i, ca);
    }
    ca.window = window;
    ca.place ??= cb.place;
  };

  // Identical content is always in the same block (same type, agent, target and actors).
  const byN = new Map(block.items.map((it) => [it.n, it]));
  for (const it of block.items) if (it.content !== it.n) join(byN.get(it.content)!, it, true);

  const local = new Map(block.items.map((it, k) => [it, k]));
  const pairs = new Pairs();
  for (const [a, b] of candidatePairs(block)) {
    if (a.content === b.content) continue;
    const v = compare(a, b, rule);
    if (v.ok) pairs.push(local.get(a)!, local.get(b)!, v);
  }
  // A mention compatible with few others (an outlier: a wrong place, a stray date) comes last, so
  // it cannot claim the undated, placeless mentions before the consistent majority does.
  for (const k of pairs.order(block.items.length)) join(block.items[pairs.a[k]], block.items[pairs.b[k]]);

  return [...new Set(clusterOf.values())].filter((c) => c.members.length > 1).map((c) => c.members.map((i) => i.n));
}

/**
 * Compatible pairs in columns: a dense corpus has millions of them, which as objects would take
 * most of a build's memory.
 */
class Pairs {
  length = 0;
  a = new Int32Array(16);
  b = new Int32Array(16);
  similarity = new Float64Array(16);
  known = new Uint8Array(16);
  evidence = new Float64Array(16);

  push(a: number, b: number, v: Verdict): void {
    if (this.length === this.a.length) this.grow();
    const k = this.length++;
    this.a[k] = a;
    this.b[k] = b;
    this.similarity[k] = v.similarity;
    this.known[k] = v.known;
    this.evidence[k] = v.evidence;
  }

  private grow(): void {
    const size = this.a.length * 2;
    const more = <T extends Int32Array | Float64Array | Uint8Array>(x: T, make: new (n: number) => T): T => {
      const y = new make(size);
      y.set(x);
      return y;
    };
    this.a = more(this.a, Int32Array);
    this.b = more(this.b, Int32Array);
    this.similarity = more(this.similarity, Float64Array);
    this.known = more(this.known, Uint8Array);
    this.evidence = more(this.evidence, Float64Array);
  }

  /**
   * Best first: higher similarity, more of date and place known on both sides, the less
   * isolated of the two mentions more central (its number of compatible partners), higher
   * evidence overlap; then by item numbers.
   */
  order(items: number): Uint32Array {
    const degree = new Int32Array(items);
    for (let k = 0; k < this.length; k++) {
      degree[this.a[k]]++;
      degree[this.b[k]]++;
    }
    const central = new Int32Array(this.length);
    for (let k = 0; k < this.length; k++) central[k] = Math.min(degree[this.a[k]], degree[this.b[k]]);
    const { a, b, similarity, known, evidence } = this;
    return Uint32Array.from({ length: this.length }, (_, k) => k).sort(
      (p, q) =>
        similarity[q] - similarity[p] || known[q] - known[p] || central[q] - central[p] || evidence[q] - evidence[p] ||
        a[p] - a[q] || b[p] - b[q],
    );
  }
}

interface Verdict {
  ok: boolean;
  /** Topic, quote or actor-set similarity (0 when unknown). */
  similarity: number;
  /** How many of date and place are known on both sides. */
  known: number;
  /** Dice of the evidence content words. */
  evidence: number;
}

const NO: Verdict = { ok: false, similarity: 0, known: 0, evidence: 0 };

function compare(a: BlockItem, b: BlockItem, rule: (a: BlockItem, b: BlockItem) => number | null): Verdict {
  if (!intersects(a.window, b.window)) return NO;
  if (a.place !== null && b.place !== null && a.place !== b.place) return NO;
  const similarity = rule(a, b);
  if (similarity === null) return NO;
  const known = Number(a.dated && b.dated) + Number(a.place !== null && b.place !== null);
  return { ok: true, similarity, known, evidence: diceIds(a.evidence, b.evidence) };
}

/**
 * The rule of the type (dates and places aside): null when it fails, else the similarity it
 * measured (topic, quote or actor sets; 0 when a topic is unknown).
 */
function typeRule(a: BlockItem, b: BlockItem): number | null {
  const x = a;
  const y = b;
  if (x.type !== y.type || x.status !== y.status) return null;
  if (x.type === 'Meeting') {
    const [small, large] = a.actors.length <= b.actors.length ? [a.actors, b.actors] : [b.actors, a.actors];
    if (small.length === 0) return null;
    const subset = small.every((k) => large.includes(k));
    if (!subset || (small.length !== large.length && small.length < 2)) return null;
    return small.length / large.length;
  }
  if (x.type === 'Statement') {
    if (x.agent === null || x.agent !== y.agent || a.text === null || b.text === null) return null;
    const similarity = normalizedSimilarity(a.text, b.text, QUOTE_THRESHOLD);
    return similarity < QUOTE_THRESHOLD ? null : similarity;
  }
  if (TOPICAL.has(x.type)) {
    if (x.agent === null || x.agent !== y.agent || x.target !== y.target) return null;
    if (a.topic === null || b.topic === null) return 0;
    const similarity = diceIds(a.topic, b.topic);
    return similarity < TOPIC_THRESHOLD ? null : similarity;
  }
  return null;
}

/** Dice coefficient of two sorted id sets, as `dice` computes it on the word sets. */
export function diceIds(a: number[], b: number[]): number {
  if (a.length === 0 && b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

/**
 * Mentions that may merge with one another: those of a type that share its blocking key
 * (agent and target; the speaker for statements). Meetings are one block over their actor lists:
 * a meeting shares a list with each of its actors.
 */
export interface Block<T extends BlockItem = BlockItem> {
  /** Sorted by item number. */
  items: T[];
  /** Each list sorted by window start; for meetings, with the actor the list is about. */
  lists: Array<{ items: T[]; actor?: string }>;
}

/**
 * A block with only what clustering reads of its mentions (a mention met in several lists stays
 * one object): what crosses to another thread.
 */
export function plainBlock(block: Block): Block {
  const plain = new Map<BlockItem, BlockItem>();
  const copy = (it: BlockItem): BlockItem => {
    let c = plain.get(it);
    if (!c) {
      const { n, type, status, agent, target, place, dated, window, actors, topic, text, evidence, content, signature } = it;
      plain.set(it, (c = { n, type, status, agent, target, place, dated, window, actors, topic, text, evidence, content, signature }));
    }
    return c;
  };
  return { items: block.items.map(copy), lists: block.lists.map((l) => ({ items: l.items.map(copy), actor: l.actor })) };
}

/** Blocks in a fixed order (meetings, then by blocking key); items outside any block merge with none. */
export function blocksOf<T extends BlockItem>(items: T[]): Array<Block<T>> {
  const lists = new Map<string, { items: T[]; actor?: string }>();
  const add = (k: string, it: T, actor?: string) => {
    const list = lists.get(k);
    if (list) list.items.push(it);
    else lists.set(k, { items: [it], actor });
  };
  const meetings: T[] = [];
  for (const it of items) {
    if (it.type === 'Meeting') {
      if (it.actors.length > 0) meetings.push(it);
      for (const actor of it.actors) add(JSON.stringify([it.type, actor]), it, actor);
    }
    else if (it.type === 'Statement' && it.agent !== null) add(JSON.stringify([it.type, it.agent]), it);
    else if (it.agent !== null) add(JSON.stringify([it.type, it.agent, it.target]), it);
  }
  const sorted = [...lists].sort((p, q) => cmp(p[0], q[0])).map(([, list]) => list);
  const blocks: Array<Block<T>> = [{ items: meetings, lists: sorted.filter((l) => l.actor !== undefined) }];
  // Lists fill in item order: a copy taken now is the block's items, sorted by number.
  for (const list of sorted) if (list.actor === undefined && list.items.length > 1) blocks.push({ items: [...list.items], lists: [list] });
  for (const list of sorted) list.items.sort((p, q) => p.window[0] - q.window[0] || p.n - q.n);
  return blocks;
}

/**
 * Pairs of a block whose date windows meet (only those can merge): in each list sorted by window
 * start, each item is compared with the following ones until their windows start after its own
 * ends. Meetings sharing several actors meet in several lists: the pair is taken in the list of
 * the first actor they share, so each pair comes once without remembering the pairs seen.
 */
function* candidatePairs(block: Block): Generator<[BlockItem, BlockItem]> {
  for (const { items: list, actor } of block.lists) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length && list[j].window[0] <= list[i].window[1]; j++) {
        const [a, b] = list[i].n < list[j].n ? [list[i], list[j]] : [list[j], list[i]];
        // A meeting with one actor shares only this one; otherwise the first shared actor decides.
        if (actor !== undefined && a.actors.length > 1 && b.actors.length > 1 && firstShared(a.actors, b.actors) !== actor) continue;
        yield [a, b];
      }
    }
  }
}

/** The first (smallest) key in both sorted lists; the lists share one when they meet in a block. */
function firstShared(a: string[], b: string[]): string {
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const c = cmp(a[i], b[j]);
    if (c === 0) return a[i];
    if (c < 0) i++;
    else j++;
  }
  return '';
}
