// Applying entity merges to one article: its keys become the merged keys, the merged label
// replaces the article's, and the article's own label stays as an alias. The same function
// rewrites the slim inputs the resolve stage reads and the full extractions the graph is written
// from, so both see the same keys.
import type { Entity, EntityMerge, EventMention, Mention } from '../types.js';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Each merged key → the key it becomes and that key's label (an EntityMerge serves as such). */
export type KeyMap = Map<string, { key: string; label: string }>;

interface Rewritable {
  entities: Entity[];
  mentions: Array<Pick<Mention, 'entity'>>;
  events: EventMention[];
}

/** The merges that concern an article whose entities have these keys. */
export function mergesFor(keys: Iterable<string>, byKey: Map<string, EntityMerge>): EntityMerge[] {
  const out = new Set<EntityMerge>();
  for (const k of keys) {
    const m = byKey.get(k);
    if (m) out.add(m);
  }
  return [...out];
}

/** Merge by key, for every key a merge covers (the kept key included): a KeyMap. */
export function mergeIndex(merges: Iterable<EntityMerge>): Map<string, EntityMerge> {
  const out = new Map<string, EntityMerge>();
  for (const m of merges) for (const k of [m.key, ...m.merged]) out.set(k, m);
  return out;
}

export function applyEntityMerges<T extends Rewritable>(x: T, merges: Iterable<EntityMerge>): T {
  return rewrite(x, mergeIndex(merges));
}

export function rewrite<T extends Rewritable>(x: T, keyMap: KeyMap): T {
  if (keyMap.size === 0) return x;
  if (!x.entities.some((e) => keyMap.has(e.key)) && !x.events.some((ev) => eventKeys(ev).some((k) => keyMap.has(k)))) return x;
  const map = (k: string) => keyMap.get(k)?.key ?? k;
  const mapNullable = (k: string | null) => (k === null ? null : map(k));
  const entities = new Map<string, Entity>();
  for (const e of x.entities) {
    const target = keyMap.get(e.key);
    if (!target) {
      entities.set(e.key, e);
      continue;
    }
    const prev = entities.get(target.key);
    const aliases = [...(prev?.aliases ?? []), ...e.aliases];
    // The label the article used is a name of the person: it stays, as an alias.
    if (e.label.trim() !== '') aliases.push(e.label);
    entities.set(target.key, {
      key: target.key,
      type: e.type,
      label: target.label,
      aliases: [...new Set(aliases)].filter((a) => a !== target.label),
    });
  }
  const events: EventMention[] = x.events.map((ev) => ({
    ...ev,
    agent: mapNullable(ev.agent),
    target: mapNullable(ev.target),
    participants: [...new Set(ev.participants.map(map))],
    place: mapNullable(ev.place),
  }));
  return {
    ...x,
    entities: [...entities.values()].sort((a, b) => cmp(a.key, b.key)),
    mentions: x.mentions.map((m) => (keyMap.has(m.entity) ? { ...m, entity: map(m.entity) } : m)),
    events,
  };
}

function eventKeys(ev: EventMention): string[] {
  return [ev.agent, ev.target, ev.place, ...ev.participants].filter((k): k is string => k !== null);
}
