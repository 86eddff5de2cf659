// Finds entities from what a user types: any label, alias or name-like surface, ignoring case,
// accents, elided articles and punctuation, and accepting a partial name ("lavrov").
import type { Store } from 'oxigraph';
import type { EntityType } from '../types.js';
import { foldText } from '../graph/iri.js';
import { sparqlPrefixes } from '../graph/vocab.js';
import { select } from './sparql.js';

export interface EntityMatch {
  iri: string;
  type: EntityType;
  label: string;
  /** The name that matched best. */
  matched: string;
  /** 3 exact name, 2 every typed word is a word of the name, 1 every typed word starts a word of the name. */
  score: 1 | 2 | 3;
}

const STOPWORDS = new Set(['le', 'la', 'les', 'de', 'du', 'des', 'et', 'en', 'au', 'aux', 'a', 'un', 'une', 'the', 'of']);

/** "l'Otan" → "otan", "Sergueï  LAVROV" → "serguei lavrov". */
export function normalizeName(text: string): string {
  return foldText(text)
    .replace(/\b(?:l|d|qu|j|n|s|c|m|t)['’ʼ`]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function words(normalized: string): string[] {
  return normalized.split(' ').filter((w) => w !== '' && !STOPWORDS.has(w));
}

function score(query: string, name: string): 0 | 1 | 2 | 3 {
  if (query === name) return 3;
  const q = words(query);
  const n = words(name);
  if (q.length === 0) return 0;
  if (q.every((w) => n.includes(w))) return 2;
  // Prefixes shorter than three letters would match almost anything.
  if (q.every((w) => w.length >= 3 && n.some((x) => x.startsWith(w)))) return 1;
  return 0;
}

/**
 * Every entity with each of its names (labels, aliases, name-like mention surfaces) and its
 * Wikidata item id ("Q7747", from skos:exactMatch): what look-ups score, so `about Q7747` finds
 * the entity linked to that item, embedded or on a remote endpoint alike.
 */
export const ENTITY_NAMES = `${sparqlPrefixes()}SELECT DISTINCT ?e ?type ?label ?name WHERE {
  VALUES ?type { nkg:Person nkg:Organization nkg:Country nkg:Place }
  ?e a ?type ; rdfs:label ?label .
  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
  UNION { ?m nkg:mentionOf ?e ; nkg:surface ?name ; nkg:mentionKind ?kind . FILTER(?kind IN ("name", "acronym", "metonym")) }
  UNION { ?e skos:exactMatch ?item . FILTER(STRSTARTS(STR(?item), "http://www.wikidata.org/entity/Q"))
          BIND(STRAFTER(STR(?item), "http://www.wikidata.org/entity/") AS ?name) }
}`;

/** Matching entities, best first (score, then label, then IRI); empty when nothing matches. */
export function resolveEntity(store: Store, text: string): EntityMatch[] {
  const query = normalizeName(text);
  if (query === '') return [];
  const best = new Map<string, EntityMatch>();
  for (const r of select(store, ENTITY_NAMES).rows) {
    const s = score(query, normalizeName(r.name!));
    if (s === 0) continue;
    const prev = best.get(r.e!);
    if (prev && (prev.score > s || (prev.score === s && prev.matched <= r.name!))) continue;
    const type = r.type!.slice(r.type!.lastIndexOf('#') + 1) as EntityType;
    best.set(r.e!, { iri: r.e!, type, label: r.label!, matched: r.name!, score: s });
  }
  return [...best.values()].sort(
    (a, b) => b.score - a.score || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) || (a.iri < b.iri ? -1 : 1),
  );
}
