// Public JSON contract for entities (documented in docs/rdf-model.md, "Query contract").
import type { Store } from 'oxigraph';
import type { EntityType } from '../types.js';
import { NS, sparqlPrefixes } from '../graph/vocab.js';
import { select } from './sparql.js';

export interface EntityRecord {
  iri: string;
  type: EntityType;
  label: string;
  /** skos:altLabel values, sorted. */
  aliases: string[];
  /** Number of nkg:Mention nodes of the entity, across all articles. */
  mentions: number;
  /** Outside identifiers, when the link stage found them (absent otherwise). */
  ids?: EntityIds;
  /** WGS 84 latitude and longitude in degrees, for a linked place (absent otherwise). */
  coordinates?: [number, number];
}

export interface EntityIds {
  /** Wikidata item, `Q…`. */
  wikidata?: string;
  /** GeoNames feature id. */
  geonames?: number;
  /** ISO 3166-1 alpha-2 code of a country. */
  iso?: string;
}

export interface ArticleEntityRecord {
  iri: string;
  type: EntityType;
  label: string;
  aliases: string[];
  /** Distinct surfaces of the entity's mentions in this article (role descriptions included), in text order. */
  surfaces: string[];
}

const P = sparqlPrefixes();
const ENTITY_TYPES: EntityType[] = ['Person', 'Organization', 'Country', 'Place'];
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** All entities, sorted by IRI. */
export function listEntities(store: Store): EntityRecord[] {
  const base = entityBase(store);
  const counts = new Map<string, number>();
  const q = `${P}SELECT ?e (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a nkg:Mention ; nkg:mentionOf ?e } GROUP BY ?e`;
  for (const r of select(store, q).rows) counts.set(r.e!, Number(r.n));
  return [...base.values()].map(({ ids, coordinates, ...e }) => ({
    ...e,
    mentions: counts.get(e.iri) ?? 0,
    ...(ids ? { ids } : {}),
    ...(coordinates ? { coordinates } : {}),
  }));
}

type EntityBase = Omit<EntityRecord, 'mentions'>;

const WIKIDATA = /^http:\/\/www\.wikidata\.org\/entity\/(Q[1-9][0-9]*)$/;
const GEONAMES = /^https:\/\/sws\.geonames\.org\/([1-9][0-9]*)\/$/;

/** Identifiers and coordinates the graph gives entities (docs/rdf-model.md, "Links to other graphs"). */
function addLinks(store: Store, out: Map<string, EntityBase>): void {
  const ids = (e: EntityBase) => (e.ids ??= {});
  const q = `${P}PREFIX geo: <${NS.geo}>
SELECT ?e ?match ?iso ?lat ?long WHERE {
  { ?e skos:exactMatch ?match } UNION { ?e nkg:iso3166Alpha2 ?iso } UNION { ?e geo:lat ?lat ; geo:long ?long }
}`;
  for (const r of select(store, q).rows) {
    const e = out.get(r.e!);
    if (!e) continue;
    if (r.match) {
      const wd = WIKIDATA.exec(r.match);
      const gn = GEONAMES.exec(r.match);
      if (wd) ids(e).wikidata = wd[1];
      else if (gn) ids(e).geonames = Number(gn[1]);
    }
    if (r.iso) ids(e).iso = r.iso;
    if (r.lat && r.long && Number.isFinite(Number(r.lat)) && Number.isFinite(Number(r.long))) e.coordinates = [Number(r.lat), Number(r.long)];
  }
}

function entityBase(store: Store): Map<string, EntityBase> {
  const out = new Map<string, EntityBase>();
  const types = `${P}SELECT DISTINCT ?e ?type ?label WHERE {
    VALUES ?type { ${ENTITY_TYPES.map((t) => `nkg:${t}`).join(' ')} }
    ?e a ?type . OPTIONAL { ?e rdfs:label ?label }
  } ORDER BY ?e ?label`;
  for (const r of select(store, types).rows) {
    if (out.has(r.e!)) continue;
    const type = r.type!.slice(r.type!.lastIndexOf('#') + 1) as EntityType;
    out.set(r.e!, { iri: r.e!, type, label: r.label ?? localName(r.e!), aliases: [] });
  }
  const aliases = `${P}SELECT DISTINCT ?e ?alias WHERE { ?e skos:altLabel ?alias }`;
  for (const r of select(store, aliases).rows) out.get(r.e!)?.aliases.push(r.alias!);
  for (const e of out.values()) e.aliases.sort(cmp);
  addLinks(store, out);
  return new Map([...out].sort(([a], [b]) => cmp(a, b)));
}

function localName(iri: string): string {
  return decodeURIComponent(iri.slice(iri.lastIndexOf('/') + 1)).replace(/-/g, ' ');
}

/**
 * Article id → entities the article mentions or involves in an event, sorted by IRI; articles in
 * id order, including those with no entity.
 */
export function entitiesByArticle(store: Store): Map<string, ArticleEntityRecord[]> {
  const base = entityBase(store);
  const perArticle = new Map<string, Map<string, Array<{ start: number; surface: string }>>>();
  const articles = `${P}SELECT DISTINCT ?id WHERE { ?a a nkg:Article ; dcterms:identifier ?id }`;
  for (const r of select(store, articles).rows) perArticle.set(r.id!, new Map());
  const touch = (id: string, e: string) => {
    let entities = perArticle.get(id);
    if (!entities) perArticle.set(id, (entities = new Map()));
    let surfaces = entities.get(e);
    if (!surfaces) entities.set(e, (surfaces = []));
    return surfaces;
  };
  const mentions = `${P}SELECT DISTINCT ?id ?e ?m ?surface ?start WHERE {
    ?m a nkg:Mention ; nkg:mentionOf ?e ; prov:wasDerivedFrom ?a ; nkg:surface ?surface ; nkg:start ?start .
    ?a dcterms:identifier ?id .
  }`;
  for (const r of select(store, mentions).rows) touch(r.id!, r.e!).push({ start: Number(r.start), surface: r.surface! });
  // The roles as each article reports them (a merged event may name more than one article does).
  const roles = `${P}SELECT DISTINCT ?id ?e WHERE {
    ?m a nkg:EventMention ; prov:wasDerivedFrom ?a ;
       nkg:reportedAgent|nkg:reportedTarget|nkg:reportedParticipant|nkg:reportedPlace ?e .
    ?a dcterms:identifier ?id .
  }`;
  for (const r of select(store, roles).rows) touch(r.id!, r.e!);

  const out = new Map<string, ArticleEntityRecord[]>();
  for (const id of [...perArticle.keys()].sort(cmp)) {
    const records: ArticleEntityRecord[] = [];
    for (const [iri, found] of perArticle.get(id)!) {
      const e = base.get(iri);
      if (!e) continue;
      found.sort((a, b) => a.start - b.start || cmp(a.surface, b.surface));
      records.push({ ...e, aliases: [...e.aliases], surfaces: [...new Set(found.map((f) => f.surface))] });
    }
    out.set(id, records.sort((a, b) => cmp(a.iri, b.iri)));
  }
  return out;
}
