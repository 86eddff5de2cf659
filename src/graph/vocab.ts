// Namespace IRIs and term helpers shared by the graph writer, the query layer and the ontology.
import { DataFactory } from 'n3';
import type { NamedNode } from 'n3';

export const NS = {
  nkg: 'https://w3id.org/newskg/ontology#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
  prov: 'http://www.w3.org/ns/prov#',
  // schema.org's published RDF and JSON-LD context still use the http form.
  schema: 'http://schema.org/',
  sem: 'http://semanticweb.cs.vu.nl/2009/11/sem/',
  sh: 'http://www.w3.org/ns/shacl#',
  // W3C Basic Geo (WGS 84 latitude and longitude), and Wikidata's items.
  geo: 'http://www.w3.org/2003/01/geo/wgs84_pos#',
  wd: 'http://www.wikidata.org/entity/',
} as const;

export type Prefix = keyof typeof NS;

/**
 * Returns a function minting named nodes in one namespace. Terms are immutable, so each is
 * minted once: the million predicates of a large graph are then a few dozen shared terms whose
 * IRIs are flat strings with their hash computed, not a fresh concatenation per triple that
 * sorting and writing would flatten and hash again.
 */
export function namespace(base: string): (local: string) => NamedNode {
  const minted = new Map<string, NamedNode>();
  return (local) => {
    let term = minted.get(local);
    if (!term) minted.set(local, (term = DataFactory.namedNode(base + local)));
    return term;
  };
}

export const nkg = namespace(NS.nkg);
export const rdf = namespace(NS.rdf);
export const rdfs = namespace(NS.rdfs);
export const xsd = namespace(NS.xsd);
export const skos = namespace(NS.skos);
export const dcterms = namespace(NS.dcterms);
export const prov = namespace(NS.prov);
export const schema = namespace(NS.schema);
export const geo = namespace(NS.geo);
export const wd = namespace(NS.wd);
/** GeoNames' IRI of a feature (its semantic web service, not a page). */
export const geonamesIri = (id: number): string => `https://sws.geonames.org/${id}/`;

/** `PREFIX` lines for SPARQL written in code, so they cannot drift from the writer's prefixes. */
export function sparqlPrefixes(names: Prefix[] = ['nkg', 'rdf', 'rdfs', 'xsd', 'skos', 'dcterms', 'prov', 'schema']): string {
  return names.map((p) => `PREFIX ${p}: <${NS[p]}>`).join('\n') + '\n';
}
