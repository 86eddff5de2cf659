// A tiny hand-written graph in newskg's RDF model, so projection and analytics can be checked
// against numbers worked out by hand, independently of the extractor.
import type { Store } from 'oxigraph';
import { loadGraphText } from '../../src/query/load-graph.js';

export const B = 'https://example.org/id/';
export const A = `${B}person/alice`;
export const BOB = `${B}person/bob`;
export const C = `${B}country/carpathia`;
export const D = `${B}organization/dunmore-league`;
export const E = `${B}person/eve`;
export const PLACE = `${B}place/geneva`;
export const LONELY = `${B}person/lonely`;

// Alice accused Carpathia twice (two events → one edge of weight 2); Bob accused Carpathia;
// Carpathia demanded of the League; Alice, Bob and Eve met (three pairs); Eve met Eve (no edge);
// Alice warned Geneva (a place: no edge); Lonely only made a statement. Bob's refusal of
// Carpathia is written as newskg writes merged events: two articles report it, each as an
// nkg:EventMention carrying its own evidence.
export const TURTLE = `
@prefix nkg: <https://w3id.org/newskg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix : <${B}> .

:article\\/a1 a nkg:Article ; dcterms:identifier "a1.txt" ; dcterms:title "Tensions <& \\"quotes\\">"@fr ; dcterms:date "2024-03-01"^^xsd:date .
:article\\/a2 a nkg:Article ; dcterms:identifier "a2.txt" ; dcterms:date "2024-03"^^xsd:gYearMonth .
:article\\/a1\\/s0 a nkg:Sentence ; nkg:inArticle :article\\/a1 ; nkg:index 0 ; nkg:text "Alice a accusé la Carpathie de tricher & de mentir <encore>." .
:article\\/a1\\/s1 a nkg:Sentence ; nkg:inArticle :article\\/a1 ; nkg:index 1 ; nkg:text "Alice, Bob et Eve se sont réunis à Genève." .
:article\\/a2\\/s0 a nkg:Sentence ; nkg:inArticle :article\\/a2 ; nkg:index 0 ; nkg:text "Bob accuse la Carpathie ; Alice aussi." .

<${A}> a nkg:Person ; rdfs:label "Alice Martin"@fr ; skos:altLabel "Alice"@fr .
<${BOB}> a nkg:Person ; rdfs:label "Bob Durand"@fr ; skos:altLabel "Bob"@fr .
<${E}> a nkg:Person ; rdfs:label "Ève Petit"@fr .
<${LONELY}> a nkg:Person ; rdfs:label "Lonely Solo"@fr .
<${B}person/nobody> a nkg:Person ; rdfs:label "Nobody"@fr .
<${C}> a nkg:Country ; rdfs:label "Carpathie"@fr ; skos:altLabel "Carpathia"@fr .
<${D}> a nkg:Organization ; rdfs:label "Ligue de Dunmore"@fr ; skos:altLabel "LDD"@fr .
<${PLACE}> a nkg:Place ; rdfs:label "Genève"@fr .

:event\\/accusation-1 a nkg:Accusation ; nkg:agent <${A}> ; nkg:target <${C}> ; nkg:topic "tricher"@fr ; nkg:date "2024-03-01"^^xsd:date ;
  nkg:evidence "accusé la Carpathie de tricher" ; nkg:inSentence :article\\/a1\\/s0 ; nkg:start 6 ; nkg:end 36 ; prov:wasDerivedFrom :article\\/a1 .
:event\\/accusation-2 a nkg:Accusation ; nkg:agent <${A}> ; nkg:target <${C}> ; nkg:topic "mentir"@fr ;
  nkg:evidence "Alice aussi" ; nkg:inSentence :article\\/a2\\/s0 ; nkg:start 27 ; nkg:end 38 ; prov:wasDerivedFrom :article\\/a2 .
:event\\/accusation-3 a nkg:Accusation ; nkg:agent <${BOB}> ; nkg:target <${C}> ;
  nkg:evidence "Bob accuse la Carpathie" ; nkg:inSentence :article\\/a2\\/s0 ; nkg:start 0 ; nkg:end 23 ; prov:wasDerivedFrom :article\\/a2 .
:event\\/demand-1 a nkg:Demand ; nkg:agent <${C}> ; nkg:target <${D}> ; nkg:topic "se retirer"@fr ;
  nkg:evidence "demandé à la Ligue" ; prov:wasDerivedFrom :article\\/a2 .
:event\\/meeting-1 a nkg:Meeting ; nkg:agent <${E}> ; nkg:participant <${A}>, <${BOB}>, <${E}> ; nkg:place <${PLACE}> ; nkg:date "2024-03-01"^^xsd:date ;
  nkg:evidence "se sont réunis à Genève" ; nkg:inSentence :article\\/a1\\/s1 ; prov:wasDerivedFrom :article\\/a1 .
:event\\/meeting-2 a nkg:Meeting ; nkg:agent <${E}> ; nkg:participant <${E}> ; nkg:evidence "Eve seule" ; prov:wasDerivedFrom :article\\/a1 .
:event\\/warning-1 a nkg:Warning ; nkg:agent <${A}> ; nkg:target <${PLACE}> ; nkg:evidence "averti Genève" ; prov:wasDerivedFrom :article\\/a1 .
:event\\/refusal-1 a nkg:Refusal ; nkg:agent <${BOB}> ; nkg:target <${C}> ; nkg:topic "négocier"@fr ;
  nkg:hasMention :article\\/a2\\/e0-refusal, :article\\/a1\\/e5-refusal ; nkg:mergeRule "agent-target-topic: 2 mentions in 2 articles" .
:article\\/a1\\/e5-refusal a nkg:EventMention ; nkg:mentionOfEvent :event\\/refusal-1 ; nkg:evidence "Bob refuse de négocier" ;
  nkg:inSentence :article\\/a1\\/s2 ; nkg:start 60 ; nkg:end 82 ; nkg:reportedDate "2024-03-02"^^xsd:date ; prov:wasDerivedFrom :article\\/a1 .
:article\\/a2\\/e0-refusal a nkg:EventMention ; nkg:mentionOfEvent :event\\/refusal-1 ; nkg:evidence "Bob a refusé" ;
  nkg:inSentence :article\\/a2\\/s1 ; nkg:start 40 ; nkg:end 52 ; prov:wasDerivedFrom :article\\/a2 .
:article\\/a1\\/s2 a nkg:Sentence ; nkg:inArticle :article\\/a1 ; nkg:index 2 ; nkg:text "Bob refuse de négocier avec la Carpathie." .
:article\\/a2\\/s1 a nkg:Sentence ; nkg:inArticle :article\\/a2 ; nkg:index 1 ; nkg:text "Bob a refusé toute négociation." .
:event\\/statement-1 a nkg:Statement ; nkg:agent <${LONELY}> ; nkg:quote "Rien."@fr ; nkg:evidence "Rien." ; prov:wasDerivedFrom :article\\/a1 .
`;

export function fixtureStore(): Store {
  return loadGraphText(TURTLE, 'turtle', 'fixture.ttl');
}
