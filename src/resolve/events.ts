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
import { eventWindow, precision, ARTICLE_WINDOW_DAYS } from './dates.js';
import { normalizedSimilarity, normalizeQuote } from './text.js';
import { blocksOf, clusterBlock, diceIds, QUOTE_THRESHOLD, TOPIC_THRESHOLD, type Block, type BlockItem } from './clusters.js';

export { TOPIC_THRESHOLD, QUOTE_THRESHOLD } from './clusters.js';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A mention as clustering reads it, and where it comes from. */
interface Item extends BlockItem {
  article: string;
  index: number;
  ev: EventMention;
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

/** Every mention of the build as clustering reads it, and the blocks to cluster. */
export interface PreparedEvents {
  items: Item[];
  /** Entity labels by key, for the explanations. */
  labels: Map<string, string>;
  /** Distinct signatures (clusterBlock's memo key space). */
  signatures: number;
  blocks: Array<Block<Item>>;
}

/** Numbers the mentions of `extractions` (sorted by article id, entity keys reconciled) and blocks them. */
export function prepareEvents(extractions: ResolveInput[]): PreparedEvents {
  const items: Item[] = [];
  const labels = new Map<string, string>();
  const words = new Vocabulary();
  const signatures = new Signatures();
  for (const x of extractions) {
    for (const e of x.entities) if (!labels.has(e.key)) labels.set(e.key, e.label);
    // Exact duplicates are within one article, and share their span: only mentions with the same
    // type and span are compared whole.
    const spans = new Map<string, number[]>();
    x.events.forEach((ev, index) => {
      const digest = x.digests[index];
      const n = items.length;
      const span = `${ev.type} ${ev.start} ${ev.end}`;
      const same = spans.get(span);
      let content = n;
      if (same) {
        const key = contentKey(ev);
        const first = same.find((m) => contentKey(items[m].ev) === key);
        if (first !== undefined) content = first;
        same.push(n);
      } else spans.set(span, [n]);
      items.push({
        n,
        article: x.article.id,
        index,
        ev,
        type: ev.type,
        status: ev.status ?? 'asserted',
        agent: ev.agent,
        target: ev.target,
        place: ev.place,
        dated: ev.date !== null,
        window: eventWindow(ev.date, x.article.date),
        actors: [...new Set([ev.agent, ev.target, ...ev.participants].filter((k): k is string => k !== null))].sort(cmp),
        topic: digest.topic !== '' ? words.set(digest.topic.split(' ')) : null,
        text: digest.text !== '' ? digest.text : null,
        evidence: words.set(digest.evidence.split(' ').filter((w) => w !== '')),
        content,
        signature: signatures.id(ev),
      });
    });
  }

  return { items, labels, signatures: signatures.size, blocks: blocksOf(items) };
}

/** Everything a mention states: two mentions with equal keys are exact repeats. */
function contentKey(ev: EventMention): string {
  return JSON.stringify([
    ev.type, ev.start, ev.end, ev.agent, ev.target, [...ev.participants].sort(), ev.place, ev.topic, ev.quote, ev.date, ev.trigger,
    ev.status ?? 'asserted',
  ]);
}

/**
 * Signature ids: type, agent, target and participants, then topic, then quote. Nested maps, so that
 * no key repeats the long topic and quote texts.
 */
class Signatures {
  size = 0;
  private ids = new Map<string, Map<string | null, Map<string | null, number>>>();
  id(ev: EventMention): number {
    const head = JSON.stringify([ev.type, ev.status ?? 'asserted', ev.agent, ev.target, [...new Set(ev.participants)].sort()]);
    let byTopic = this.ids.get(head);
    if (!byTopic) this.ids.set(head, (byTopic = new Map()));
    let byQuote = byTopic.get(ev.topic);
    if (!byQuote) byTopic.set(ev.topic, (byQuote = new Map()));
    let id = byQuote.get(ev.quote);
    if (id === undefined) byQuote.set(ev.quote, (id = this.size++));
    return id;
  }
}

/**
 * Merged events from the prepared mentions and the clusters of every block (clusterBlock, in
 * block order): mentions in no cluster are events of their own, exact repeats within an article
 * one event.
 */
export function mergeEvents(prepared: PreparedEvents, clusters: number[][][]): MergedEvent[] {
  const { items, labels } = prepared;
  const groupOf: Item[][] = [];
  for (const it of items) {
    if (it.content === it.n) groupOf[it.n] = [it];
    else {
      const group = groupOf[it.content];
      group.push(it);
      groupOf[it.n] = group;
    }
  }
  for (const cluster of clusters.flat()) {
    const members = cluster.map((n) => items[n]);
    for (const n of cluster) groupOf[n] = members;
  }
  const groups = [...new Set(groupOf)];
  return groups.map((g) => toMerged(g, labels)).sort((a, b) => cmp(a.key, b.key));
}

/** Merges the event mentions of `extractions` (sorted by article id, entity keys reconciled). */
export function resolveEvents(extractions: ResolveInput[]): MergedEvent[] {
  const prepared = prepareEvents(extractions);
  return mergeEvents(prepared, prepared.blocks.map((b) => clusterBlock(b, prepared.signatures)));
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
    ...(first.ev.status && first.ev.status !== 'asserted' ? { status: first.ev.status } : {}),
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
