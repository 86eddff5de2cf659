// Event resolution: event mentions from every article of the build that report the same
// real-world event become one MergedEvent. The rules (docs/rdf-model.md, "Event resolution"):
//
//  - same type, always;
//  - dates agree: the intervals of the two events meet (a day, a month or a year; an unknown date
//    counts as the article's date ± ARTICLE_WINDOW_DAYS; no date at all constrains nothing);
//  - places do not conflict: equal, or at least one unknown;
//  - Meeting: the actor sets (agent, target and participants) are equal, or, when both have two
//    actors or more, one is a subset of the other;
//  - Accusation, Demand, Warning, Refusal, Proposal: same agent (known) and same target (or both
//    none); topics similar: Dice coefficient of the stemmed content words ≥ TOPIC_THRESHOLD, or at
//    least one topic unknown;
//  - Statement: same speaker (known); the quotes (or, without quotes, the topics) are
//    near-identical: normalized edit similarity ≥ QUOTE_THRESHOLD. One statement per quote.
//
// Exact duplicates within one article are always one event. Clusters are built by complete
// linkage (every pair in a merged event satisfies the rules, so an undated mention cannot chain
// two different days together), visiting candidate pairs best first (text similarity, then how
// many of date and place are known on both sides, then the fewer compatible partners of the two,
// then evidence overlap) and then by their stable keys (article id, event index): the result
// depends neither on article order nor on workers.
import type { EventMention, ResolveInput, EventSource, EventType, MergedEvent, MergeRule } from '../types.js';
import { eventWindow, intersects, precision, ARTICLE_WINDOW_DAYS, type Interval } from './dates.js';
import { normalizedSimilarity, normalizeQuote } from './text.js';

export const TOPIC_THRESHOLD = 0.5;
export const QUOTE_THRESHOLD = 0.8;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Item {
  n: number;
  article: string;
  index: number;
  ev: EventMention;
  window: Interval;
  /** Meetings: agent, target and participants, sorted and unique. */
  actors: string[];
  /** Content stems of the topic, as sorted word ids (see Vocabulary). */
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

/**
 * Words as numbers: a build compares hundreds of thousands of mentions, and sorted id arrays
 * take a fraction of the memory of sets of strings and intersect by a merge.
 */
class Vocabulary {
  private ids = new Map<string, number>();
  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) this.ids.set(word, (id = this.ids.size));
    return id;
  }
  set(words: Iterable<string>): number[] {
    const out = new Set<number>();
    for (const w of words) out.add(this.id(w));
    // Small arrays of small integers: lighter than typed arrays, which carry a buffer each.
    return [...out].sort((a, b) => a - b);
  }
}

/** Dice coefficient of two sorted id sets, as `dice` computes it on the word sets. */
function diceIds(a: number[], b: number[]): number {
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

/** A growing event: members, the intersection of their date windows, their place, one member per signature. */
interface Cluster {
  members: Item[];
  window: Interval;
  place: string | null;
  reps: Item[];
}

const TOPICAL: ReadonlySet<EventType> = new Set(['Accusation', 'Demand', 'Warning', 'Refusal', 'Proposal']);

/** Merges the event mentions of `extractions` (sorted by article id, entity keys reconciled). */
export function resolveEvents(extractions: ResolveInput[]): MergedEvent[] {
  const items: Item[] = [];
  const labels = new Map<string, string>();
  const words = new Vocabulary();
  const signatures = new Map<string, number>();
  for (const x of extractions) {
    for (const e of x.entities) if (!labels.has(e.key)) labels.set(e.key, e.label);
    // Exact duplicates are within one article: their content is compared there only.
    const contents = new Map<string, number>();
    x.events.forEach((ev, index) => {
      const digest = x.digests[index];
      const n = items.length;
      const content = JSON.stringify([
        ev.type, ev.start, ev.end, ev.agent, ev.target, [...ev.participants].sort(), ev.place, ev.topic, ev.quote, ev.date, ev.trigger,
      ]);
      if (!contents.has(content)) contents.set(content, n);
      const signature = JSON.stringify([ev.type, ev.agent, ev.target, [...new Set(ev.participants)].sort(), ev.topic, ev.quote]);
      if (!signatures.has(signature)) signatures.set(signature, signatures.size);
      items.push({
        n,
        article: x.article.id,
        index,
        ev,
        window: eventWindow(ev.date, x.article.date),
        actors: [...new Set([ev.agent, ev.target, ...ev.participants].filter((k): k is string => k !== null))].sort(cmp),
        topic: digest.topic !== '' ? words.set(digest.topic.split(' ')) : null,
        text: digest.text !== '' ? digest.text : null,
        evidence: words.set(digest.evidence.split(' ').filter((w) => w !== '')),
        content: contents.get(content)!,
        signature: signatures.get(signature)!,
      });
    });
  }

  // The strings go: only their count is needed from here on.
  const signatureCount = signatures.size;
  signatures.clear();

  // Complete linkage without comparing every pair of members: windows that meet pairwise share a
  // common day (intervals), so a cluster keeps their intersection; places agree with the one
  // known place; and the type's rule is checked once per distinct signature.
  const clusterOf: Cluster[] = items.map((i) => ({ members: [i], window: i.window, place: i.ev.place, reps: [i] }));
  let ruleHolds = (_a: Item, _b: Item): boolean => true;
  const join = (a: Item, b: Item, force = false): void => {
    let ca = clusterOf[a.n];
    let cb = clusterOf[b.n];
    if (ca === cb) return;
    const window: Interval = [Math.max(ca.window[0], cb.window[0]), Math.min(ca.window[1], cb.window[1])];
    if (!force) {
      if (window[0] > window[1]) return;
      if (ca.place !== null && cb.place !== null && ca.place !== cb.place) return;
      for (const x of ca.reps) for (const y of cb.reps) if (x.signature !== y.signature && !ruleHolds(x, y)) return;
    }
    // The smaller cluster moves into the larger: members are ordered when the event is made.
    if (ca.members.length < cb.members.length) [ca, cb] = [cb, ca];
    const known = new Set(ca.reps.map((r) => r.signature));
    for (const r of cb.reps) if (!known.has(r.signature)) ca.reps.push(r);
    for (const i of cb.members) {
      ca.members.push(i);
      clusterOf[i.n] = ca;
    }
    ca.window = window;
    ca.place ??= cb.place;
  };

  // Exact duplicates within an article first: they are one event whatever else happens.
  for (const it of items) if (it.content !== it.n) join(items[it.content], it, true);

  // Mentions in different blocks never merge (the type's rule fails across them), so each block
  // is resolved on its own, with its own pairs and rule memo: memory holds one block's pairs,
  // not the build's millions. The result is the one a single pass over all pairs would give.
  for (const block of blocksOf(items)) {
    // The type's own rule depends on the signature only: memoized per signature pair.
    const memo = new Map<number, number | null>();
    const rule = (a: Item, b: Item): number | null => {
      const id = Math.min(a.signature, b.signature) * signatureCount + Math.max(a.signature, b.signature);
      let similarity = memo.get(id);
      if (similarity === undefined) memo.set(id, (similarity = typeRule(a, b)));
      return similarity;
    };
    ruleHolds = (a, b) => rule(a, b) !== null;
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
  }

  const groups = [...new Set(clusterOf)];
  return groups.map((g) => toMerged(g.members, labels)).sort((a, b) => cmp(a.key, b.key));
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

function compare(a: Item, b: Item, rule: (a: Item, b: Item) => number | null): Verdict {
  const x = a.ev;
  const y = b.ev;
  if (!intersects(a.window, b.window)) return NO;
  if (x.place !== null && y.place !== null && x.place !== y.place) return NO;
  const similarity = rule(a, b);
  if (similarity === null) return NO;
  const known = Number(x.date !== null && y.date !== null) + Number(x.place !== null && y.place !== null);
  return { ok: true, similarity, known, evidence: diceIds(a.evidence, b.evidence) };
}

/**
 * The rule of the type (dates and places aside): null when it fails, else the similarity it
 * measured (topic, quote or actor sets; 0 when a topic is unknown).
 */
function typeRule(a: Item, b: Item): number | null {
  const x = a.ev;
  const y = b.ev;
  if (x.type !== y.type) return null;
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

/**
 * Mentions that may merge with one another: those of a type that share its blocking key
 * (agent and target; the speaker for statements). Meetings are one block over their actor lists:
 * a meeting shares a list with each of its actors.
 */
interface Block {
  /** Sorted by item number. */
  items: Item[];
  /** Each list sorted by window start; for meetings, with the actor the list is about. */
  lists: Array<{ items: Item[]; actor?: string }>;
}

/** Blocks in a fixed order (meetings, then by blocking key); items outside any block merge with none. */
function blocksOf(items: Item[]): Block[] {
  const lists = new Map<string, { items: Item[]; actor?: string }>();
  const add = (k: string, it: Item, actor?: string) => {
    const list = lists.get(k);
    if (list) list.items.push(it);
    else lists.set(k, { items: [it], actor });
  };
  const meetings: Item[] = [];
  for (const it of items) {
    const ev = it.ev;
    if (ev.type === 'Meeting') {
      if (it.actors.length > 0) meetings.push(it);
      for (const actor of it.actors) add(JSON.stringify([ev.type, actor]), it, actor);
    }
    else if (ev.type === 'Statement' && ev.agent !== null) add(JSON.stringify([ev.type, ev.agent]), it);
    else if (ev.agent !== null) add(JSON.stringify([ev.type, ev.agent, ev.target]), it);
  }
  const sorted = [...lists].sort((p, q) => cmp(p[0], q[0])).map(([, list]) => list);
  for (const list of sorted) list.items.sort((p, q) => p.window[0] - q.window[0] || p.n - q.n);
  const blocks: Block[] = [{ items: meetings, lists: sorted.filter((l) => l.actor !== undefined) }];
  for (const list of sorted) {
    if (list.actor === undefined && list.items.length > 1) blocks.push({ items: [...list.items].sort((p, q) => p.n - q.n), lists: [list] });
  }
  return blocks;
}

/**
 * Pairs of a block whose date windows meet (only those can merge): in each list sorted by window
 * start, each item is compared with the following ones until their windows start after its own
 * ends. Meetings sharing several actors meet in several lists: the pair is taken in the list of
 * the first actor they share, so each pair comes once without remembering the pairs seen.
 */
function* candidatePairs(block: Block): Generator<[Item, Item]> {
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

/** The most frequent non-null value; ties go to the smallest. */
function majority(values: Array<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((p, q) => q[1] - p[1] || cmp(p[0], q[0]))[0]?.[0] ?? null;
}

/** The text most similar to all the others (medoid); ties go to the shorter, then the smallest. */
function medoid<T>(texts: string[], prepare: (text: string) => T, similarity: (a: T, b: T) => number): string | null {
  const unique = [...new Set(texts)];
  if (unique.length < 2) return unique[0] ?? null;
  // Large events repeat the same texts: each distinct pair is compared once, each text prepared once.
  const forms = unique.map(prepare);
  const position = new Map(unique.map((t, i) => [t, i]));
  const memo = new Map<number, number>();
  // Both similarities are symmetric: one entry per unordered pair.
  const sim = (i: number, j: number) => {
    if (i === j) return similarity(forms[i], forms[i]);
    const id = Math.min(i, j) * unique.length + Math.max(i, j);
    let v = memo.get(id);
    if (v === undefined) memo.set(id, (v = similarity(forms[i], forms[j])));
    return v;
  };
  const scored = unique.map((t, i) => ({ t, s: texts.reduce((sum, u) => sum + sim(i, position.get(u)!), 0) }));
  scored.sort((p, q) => q.s - p.s || p.t.length - q.t.length || cmp(p.t, q.t));
  return scored[0].t;
}

/**
 * Exact normalized similarity of two quotes. Quotes of one event are near-identical as a rule,
 * so the bounded computation (a narrow band of the edit table) is tried first; only a pair
 * beyond the threshold pays for the whole table.
 */
function quoteSimilarity(a: string, b: string): number {
  return normalizedSimilarity(a, b, QUOTE_THRESHOLD) || normalizedSimilarity(a, b);
}

function toMerged(group: Item[], labels: Map<string, string>): MergedEvent {
  const sorted = [...group].sort((a, b) => cmp(a.article, b.article) || a.index - b.index);
  const first = sorted[0];
  const evs = sorted.map((i) => i.ev);
  const type = first.ev.type;
  const mentions: EventSource[] = sorted.map((i) => ({ article: i.article, eventIndex: i.index }));
  const dates = evs.map((e) => e.date).filter((d): d is string => d !== null);
  const date = dates.sort((a, b) => precision(b) - precision(a) || cmp(a, b))[0] ?? null;

  // The digests already hold each text prepared: topic stems (as word ids), normalized quotes.
  const stems = new Map<string, number[]>();
  const normalized = new Map<string, string>();
  for (const i of sorted) {
    if (i.ev.topic !== null) stems.set(i.ev.topic, i.topic ?? []);
    if (i.ev.quote !== null) normalized.set(i.ev.quote, type === 'Statement' ? (i.text ?? '') : normalizeQuote(i.ev.quote));
  }
  const merged: MergedEvent = {
    key: JSON.stringify([type, first.article, first.index]),
    type,
    agent: majority(evs.map((e) => e.agent)),
    target: majority(evs.map((e) => e.target)),
    participants: [...new Set(evs.flatMap((e) => e.participants))].sort(cmp),
    place: majority(evs.map((e) => e.place)),
    topic: medoid(evs.map((e) => e.topic).filter((t): t is string => t !== null), (t) => stems.get(t)!, diceIds),
    quote: medoid(evs.map((e) => e.quote).filter((t): t is string => t !== null), (t) => normalized.get(t)!, quoteSimilarity),
    date,
    mentions,
    rule: 'single',
    explanation: '',
  };
  const articles = new Set(sorted.map((i) => i.article)).size;
  const distinct = new Set(sorted.map((i) => i.content)).size;
  merged.rule = distinct < 2 ? 'single' : ruleOf(type);
  merged.explanation = explain(merged, sorted.length, articles, labels);
  return merged;
}

function ruleOf(type: EventType): MergeRule {
  if (type === 'Meeting') return 'meeting-participants';
  if (type === 'Statement') return 'statement-quote';
  return 'agent-target-topic';
}

function explain(e: MergedEvent, mentions: number, articles: number, labels: Map<string, string>): string {
  const name = (k: string | null) => (k === null ? 'none' : (labels.get(k) ?? k));
  const count = `${mentions} mention${mentions === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}`;
  if (e.rule === 'single') {
    return mentions === 1 ? 'single: one mention, nothing merged' : `single: ${count}, exact repeats of one mention`;
  }
  const dates = `dates agree (${e.date ?? 'none given'}, an unknown date counting as its article's date ±${ARTICLE_WINDOW_DAYS} days)`;
  const places = `places do not conflict (${name(e.place)})`;
  switch (e.rule) {
    case 'meeting-participants': {
      const actors = [...new Set([e.agent, e.target, ...e.participants].filter((k): k is string => k !== null))].map(name).sort(cmp);
      return `meeting-participants: ${count}; same type Meeting; same participants {${actors.join(', ')}} (a set of two or more may be a subset of the other); ${dates}; ${places}`;
    }
    case 'statement-quote':
      return `statement-quote: ${count}; same type Statement; same speaker ${name(e.agent)}; near-identical quotes (normalized edit similarity ≥ ${QUOTE_THRESHOLD}); ${dates}; ${places}`;
    default:
      return `agent-target-topic: ${count}; same type ${e.type}; same agent ${name(e.agent)} and target ${name(e.target)}; similar topics (Dice of stemmed content words ≥ ${TOPIC_THRESHOLD}, or unknown); ${dates}; ${places}`;
  }
}
