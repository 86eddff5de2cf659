// Entities are merged across articles by the IRI their key mints to, so keys that differ only by
// accents or case ("person/sergueï-lavrov", "person/serguei-lavrov") become one node.
import type { Entity, EntityLink, EntityType } from '../types.js';
import { entityIri } from './iri.js';

export interface MergedEntity {
  iri: string;
  type: EntityType;
  label: string;
  /** Every other name seen for the entity, label excluded, sorted. */
  aliases: string[];
  /** Source keys that minted this IRI, sorted. */
  keys: string[];
  /** Outside identifiers from the link stage, when every key agrees on them. */
  link?: EntityLink;
}

/**
 * Sets each merged entity's link from the link stage's (`linkEntities`, by key): only when every
 * key that minted the IRI has a link and all name the same thing.
 */
export function withLinks(entities: MergedEntity[], links: Map<string, EntityLink>): MergedEntity[] {
  for (const e of entities) {
    const found = e.keys.map((k) => links.get(k));
    const first = found[0];
    if (!first || found.some((l) => !l || l.wikidata !== first.wikidata || l.geonames !== first.geonames || l.iso2 !== first.iso2)) continue;
    e.link = first;
  }
  return entities;
}

/**
 * Entities must arrive in a deterministic order (buildGraph sorts articles by id): the first
 * non-empty label seen wins, so the same corpus always labels an entity the same way.
 */
export function mergeEntities(entities: Iterable<Entity>, base: string): MergedEntity[] {
  const byIri = new Map<string, { type: EntityType; label: string; names: Set<string>; keys: Set<string> }>();
  for (const e of entities) {
    const iri = entityIri(base, e.key, e.type);
    let acc = byIri.get(iri);
    if (!acc) {
      acc = { type: e.type, label: '', names: new Set(), keys: new Set() };
      byIri.set(iri, acc);
    }
    acc.keys.add(e.key);
    const label = e.label.trim();
    if (acc.label === '' && label !== '') acc.label = label;
    if (label !== '') acc.names.add(label);
    for (const a of e.aliases) if (a.trim() !== '') acc.names.add(a.trim());
  }
  const merged: MergedEntity[] = [];
  for (const [iri, acc] of byIri) {
    const label = acc.label !== '' ? acc.label : fallbackLabel(acc.keys);
    merged.push({
      iri,
      type: acc.type,
      label,
      aliases: [...acc.names].filter((n) => n !== label).sort(),
      keys: [...acc.keys].sort(),
    });
  }
  return merged.sort((a, b) => (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0));
}

// An entity always needs one label (SHACL requires it); the key's slug is the only name left.
function fallbackLabel(keys: Set<string>): string {
  const key = [...keys].sort()[0] ?? '';
  return key.slice(key.indexOf('/') + 1).replace(/-/g, ' ') || key;
}
