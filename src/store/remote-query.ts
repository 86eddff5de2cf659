// The named queries (queries/*.rq) on a remote SPARQL endpoint, through the same text and the
// same parameter binding as the embedded engine.
//
// `about <entity>`: the user's text never goes into SPARQL. The endpoint is asked for every
// entity's names (labels, aliases and name-like mention surfaces, the same set resolveEntity reads
// embedded); those go into a small local store and resolveEntity matches them client-side with
// normalizeName, so the ranking is exactly the embedded one. Only resolved IRIs, checked by
// iriValues, are bound into the query.
import { literal, namedNode, quad, Store } from 'oxigraph';
import { NS } from '../graph/vocab.js';
import { namedQueryText, type Page } from '../query/named-queries.js';
import { ENTITY_NAMES, resolveEntity, type EntityMatch } from '../query/resolve-entity.js';
import type { Table } from '../query/sparql.js';
import { resultsToTable, type RdfTerm } from './results.js';
import type { SparqlEndpoint } from './sparql-endpoint.js';

const lit = (t: RdfTerm) => (t['xml:lang'] ? literal(t.value, t['xml:lang']) : literal(t.value));

/** Entities whose names match `text`, best first, resolved against the endpoint's data. */
export async function resolveEntityRemote(endpoint: SparqlEndpoint, text: string): Promise<EntityMatch[]> {
  const results = await endpoint.results(ENTITY_NAMES);
  const names = new Store();
  const label = namedNode(`${NS.rdfs}label`);
  const alt = namedNode(`${NS.skos}altLabel`);
  const type = namedNode(`${NS.rdf}type`);
  for (const b of results.results?.bindings ?? []) {
    if (b.e?.type !== 'uri' || b.type?.type !== 'uri' || !b.label || !b.name) continue;
    const e = namedNode(b.e.value);
    names.add(quad(e, type, namedNode(b.type.value)));
    names.add(quad(e, label, lit(b.label)));
    names.add(quad(e, alt, lit(b.name)));
  }
  return resolveEntity(names, text);
}

/** The best-scoring matches, as `query about` binds them. */
export function bestMatches(matches: EntityMatch[]): EntityMatch[] {
  if (!matches.length) return [];
  return matches.filter((m) => m.score === matches[0].score);
}

/** Runs a named query remotely; `params` (already-resolved IRIs) and `page` as for runNamedQuery. */
export async function runNamedQueryRemote(
  endpoint: SparqlEndpoint,
  name: string,
  params: Record<string, readonly string[]> = {},
  page: Page = {},
): Promise<Table> {
  return resultsToTable(await endpoint.results(namedQueryText(name, params, undefined, page)));
}
