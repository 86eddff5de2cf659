// The places the map tab draws: linked places with coordinates (the named query `places`), each
// with the events that happen there, for the panel a click opens.
import type { Store } from 'oxigraph';
import { runNamedQuery } from '../query/named-queries.js';
import { select } from '../query/sparql.js';
import { sparqlPrefixes } from '../graph/vocab.js';
import { project } from './world-map.js';

export interface MapEvent {
  type: string;
  topic: string | null;
  date: string | null;
  evidence: string;
}

export interface MapPlace {
  iri: string;
  label: string;
  lat: number;
  lon: number;
  /** Position on the projected map (world-map.ts). */
  x: number;
  y: number;
  /** Events with the place in any role (the `places` query's count). */
  events: number;
  geonames: string | null;
  /** Events at the place (nkg:place), first reported first. */
  list: MapEvent[];
}

export function mapPlaces(store: Store): MapPlace[] {
  const rows = runNamedQuery(store, 'places').rows;
  const byPlace = new Map<string, MapEvent[]>();
  const q = `${sparqlPrefixes()}SELECT ?place ?type ?topic ?date ?evidence ?order WHERE {
    ?event nkg:place ?place ; a ?type ; nkg:reportOrder ?order ; nkg:firstMention ?first .
    ?first nkg:evidence ?evidence .
    OPTIONAL { ?event nkg:topic ?topic } OPTIONAL { ?event nkg:date ?date }
    FILTER(STRSTARTS(STR(?type), STR(nkg:)))
  } ORDER BY ?place ?order`;
  for (const r of select(store, q).rows) {
    let list = byPlace.get(r.place!);
    if (!list) byPlace.set(r.place!, (list = []));
    list.push({ type: r.type!.slice(r.type!.lastIndexOf('#') + 1), topic: r.topic ?? null, date: r.date ?? null, evidence: r.evidence! });
  }
  return rows.map((r) => {
    const lat = Number(r.lat);
    const lon = Number(r.long);
    const [x, y] = project(lat, lon);
    return {
      iri: r.entity!,
      label: r.place!,
      lat,
      lon,
      x,
      y,
      events: Number(r.events ?? 0),
      geonames: r.geonames ?? null,
      list: byPlace.get(r.entity!) ?? [],
    };
  });
}
