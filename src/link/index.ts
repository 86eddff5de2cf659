// The link stage: ties entities to outside identifiers (Wikidata items, GeoNames places, ISO
// codes) from packaged tables, after resolution and before the graph is written. It never
// invents an identifier, and an entity with no confident candidate gets no link: a wrong link is
// worse than none. See docs/rdf-model.md, "Links to other graphs".
import type { Entity, EntityLink } from '../types.js';
import { citiesWithKey, foldKey, foldName, linkTables, type City, type GazetteerPlace } from './data.js';

export { foldKey } from './data.js';

/**
 * Links for the entities of a corpus, by entity key. Each article decides in its own context (the
 * countries it speaks of); a key gets a link only when every article that has it decides the
 * same: a name that points to two places in two articles is left unlinked.
 */
export function linkEntities(articles: Iterable<{ entities: Entity[] }>): Map<string, EntityLink> {
  const decided = new Map<string, EntityLink | null>();
  for (const a of articles) {
    for (const [key, link] of linkArticle(a.entities)) {
      if (!decided.has(key)) decided.set(key, link);
      else if (!sameLink(decided.get(key)!, link)) decided.set(key, null);
    }
  }
  const out = new Map<string, EntityLink>();
  for (const [key, link] of decided) if (link) out.set(key, link);
  return out;
}

/** Each entity of one article with its link, or null where the article gives no confident one. */
export function linkArticle(entities: Entity[]): Map<string, EntityLink | null> {
  const t = linkTables();
  const slugOf = (e: Entity) => foldName(e.key.slice(e.key.indexOf('/') + 1));
  // The countries the article speaks of: named ones, and those of the cities and regions of the
  // gazetteer it names (with the entity keys naming them, so a place is not its own evidence).
  const named = new Set<string>();
  const placedBy = new Map<string, Set<string>>();
  for (const e of entities) {
    if (e.type === 'Country') {
      const iso = t.countries.get(slugOf(e))?.iso2;
      if (iso) named.add(iso);
    } else if (e.type === 'Place') {
      const gaz = t.places.get(slugOf(e));
      if (gaz?.country && (gaz.kind === 'city' || gaz.kind === 'region')) {
        let keys = placedBy.get(gaz.country);
        if (!keys) placedBy.set(gaz.country, (keys = new Set()));
        keys.add(e.key);
      }
    }
  }
  /** Countries holding a city or region of the article other than `self`. */
  const placedOther = (self: string) => new Set([...placedBy].filter(([, keys]) => [...keys].some((k) => k !== self)).map(([iso]) => iso));
  const out = new Map<string, EntityLink | null>();
  for (const e of entities) {
    const slug = slugOf(e);
    if (e.type === 'Country') {
      const row = t.countries.get(slug);
      if (!row) continue;
      const amb = t.ambiguous.get(row.slug);
      // The other state is spoken of and no place of this country is: the name may be its subdivision.
      const placed = placedOther(e.key);
      if (amb && (named.has(amb.other) || placed.has(amb.other)) && !placed.has(amb.iso2)) {
        out.set(e.key, null);
        continue;
      }
      out.set(e.key, { ...(row.wikidata ? { wikidata: row.wikidata } : {}), iso2: row.iso2, ...(row.iso3 ? { iso3: row.iso3 } : {}), linkedBy: 'gazetteer' });
    } else if (e.type === 'Place') {
      out.set(e.key, linkPlace(e, t.places.get(slug), named, placedOther(e.key)));
    } else {
      const q = t.entities.get(foldKey(e.key));
      if (q) out.set(e.key, { wikidata: q, linkedBy: 'gazetteer' });
    }
  }
  return out;
}

/** Population ratio by which the largest candidate must lead the next to be chosen. */
const LEAD_GAZETTEER = 5;
const LEAD = 10;
/** Without any context, only a place this large is taken on population alone. */
const POPULATION_ALONE = 100_000;

/**
 * `named`: countries the article names; `placed`: countries of the other cities and regions it
 * names. A named country is weak evidence against the gazetteer (the United States are named in
 * most international news, and have a Paris and a Hamburg); a city or region is strong: Paris
 * next to Texas is not the capital of France, unless the article also names a French place.
 */
function linkPlace(e: Entity, gaz: GazetteerPlace | undefined, named: Set<string>, placed: Set<string>): EntityLink | null {
  // GeoNames' populated places only: a region, sea or venue of the same name would be another thing.
  if (gaz && gaz.kind !== 'city') return null;
  const candidates = citiesNamed(gaz ? [...gaz.names, ...gaz.variants] : adHocNames(e));
  if (candidates.length === 0) return null;
  if (gaz?.country) {
    // The usual name first: "New Delhi" is not Delhi, which the gazetteer lists as a variant.
    const named = citiesNamed(gaz.names).filter((c) => c.country === gaz.country);
    const home = named.length > 0 ? named : candidates.filter((c) => c.country === gaz.country);
    // The article places itself in another country holding a place of that name, not in the gazetteer's.
    const elsewhere = candidates.some((c) => c.country !== gaz.country && placed.has(c.country));
    if (home.length === 0 || (elsewhere && !placed.has(gaz.country))) return null;
    return placeLink(leader(home, LEAD_GAZETTEER), 'gazetteer');
  }
  const context = new Set([...named, ...placed]);
  const inContext = candidates.filter((c) => context.has(c.country));
  if (inContext.length > 0) return placeLink(leader(inContext, LEAD), 'context');
  const top = leader(candidates, LEAD);
  return top && top.population >= POPULATION_ALONE ? placeLink(top, 'population') : null;
}

function citiesNamed(names: string[]): City[] {
  const byId = new Map<number, City>();
  for (const n of names) for (const c of citiesWithKey(n)) byId.set(c.geonames, c);
  return [...byId.values()];
}

function adHocNames(e: Entity): string[] {
  const { exonyms } = linkTables();
  const names = new Set<string>();
  for (const n of [e.label, ...e.aliases].map(foldName).filter(Boolean)) {
    names.add(n);
    for (const g of exonyms.get(n) ?? []) names.add(g);
  }
  return [...names];
}

/** The most populous candidate when it leads the next by `lead` times, else null (too close to call). */
function leader(list: City[], lead: number): City | null {
  const sorted = [...list].sort((a, b) => b.population - a.population || a.geonames - b.geonames);
  if (sorted.length === 1) return sorted[0];
  return sorted[0].population >= lead * Math.max(sorted[1].population, 1) ? sorted[0] : null;
}

function placeLink(c: City | null, linkedBy: EntityLink['linkedBy']): EntityLink | null {
  return c ? { geonames: c.geonames, lat: c.lat, lon: c.lon, linkedBy } : null;
}

function sameLink(a: EntityLink | null, b: EntityLink | null): boolean {
  if (a === null || b === null) return a === b;
  return a.wikidata === b.wikidata && a.geonames === b.geonames && a.iso2 === b.iso2;
}
