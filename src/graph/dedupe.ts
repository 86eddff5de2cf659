// Duplicate and colliding items within one article. IRIs are derived from content, so two items
// with the same identity would otherwise silently merge into one node with conflicting values.
import type { EventMention, Mention } from '../types.js';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Drops exact duplicates; mentions sharing a span but not an entity get `-2`, `-3`… suffixes. */
export function uniqueMentions(mentions: Mention[]): Array<[Mention, string]> {
  const sorted = [...mentions].sort(
    (a, b) => a.start - b.start || a.end - b.end || cmp(a.entity, b.entity) || cmp(a.kind, b.kind) || cmp(a.surface, b.surface),
  );
  const out: Array<[Mention, string]> = [];
  const seen = new Set<string>();
  const perSpan = new Map<string, number>();
  for (const m of sorted) {
    const full = JSON.stringify([m.start, m.end, m.entity]);
    if (seen.has(full)) continue;
    seen.add(full);
    const span = `${m.start}-${m.end}`;
    const n = (perSpan.get(span) ?? 0) + 1;
    perSpan.set(span, n);
    out.push([m, n === 1 ? '' : `-${n}`]);
  }
  return out;
}

/** Drops exact duplicates; distinct events sharing the hashed identity get a salt by rank. */
export function uniqueEvents(events: EventMention[]): Array<[EventMention, string]> {
  const keyed = events.map((e) => ({ e, full: canonicalEvent(e) })).sort((a, b) => cmp(a.full, b.full));
  const out: Array<[EventMention, string]> = [];
  const seen = new Set<string>();
  const perIdentity = new Map<string, number>();
  for (const { e, full } of keyed) {
    if (seen.has(full)) continue;
    seen.add(full);
    const identity = JSON.stringify([e.type, e.start, e.end, e.agent, e.target]);
    const n = (perIdentity.get(identity) ?? 0) + 1;
    perIdentity.set(identity, n);
    out.push([e, n === 1 ? '' : `#${n}`]);
  }
  return out;
}

function canonicalEvent(e: EventMention): string {
  return JSON.stringify([
    e.type, e.start, e.end, e.agent, e.target, [...e.participants].sort(), e.place, e.topic, e.quote, e.date,
    e.trigger, e.sentence,
  ]);
}


/**
 * Event mentions of one article by index: exact duplicates share one entry (`indexes`, in
 * order); distinct events on the same span and type get `-2`, `-3`… suffixes, ranked by content.
 */
export function uniqueEventMentions(events: EventMention[]): Array<{ ev: EventMention; indexes: number[]; suffix: string }> {
  const keyed = events
    .map((e, i) => ({ e, i, full: canonicalEvent(e) }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || cmp(a.e.type, b.e.type) || cmp(a.full, b.full) || a.i - b.i);
  const out: Array<{ ev: EventMention; indexes: number[]; suffix: string }> = [];
  const byFull = new Map<string, { ev: EventMention; indexes: number[]; suffix: string }>();
  const perSpan = new Map<string, number>();
  for (const { e, i, full } of keyed) {
    const same = byFull.get(full);
    if (same) {
      same.indexes.push(i);
      continue;
    }
    const span = JSON.stringify([e.start, e.end, e.type]);
    const n = (perSpan.get(span) ?? 0) + 1;
    perSpan.set(span, n);
    const entry = { ev: e, indexes: [i], suffix: n === 1 ? '' : `-${n}` };
    byFull.set(full, entry);
    out.push(entry);
  }
  for (const entry of out) entry.indexes.sort((a, b) => a - b);
  return out;
}
