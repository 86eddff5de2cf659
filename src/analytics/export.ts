// Writes the actor graph for Gephi and Cytoscape (GraphML, GEXF 1.3) or as graphology JSON.
import type { SerializedGraph } from 'graphology-types';
import type { ActorAttributes, ActorGraph, ActorType, InteractionAttributes, InteractionType } from './project.js';

export type ExportFormat = 'graphml' | 'gexf' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['graphml', 'gexf', 'json'];

export const NODE_COLORS: Record<ActorType, string> = { Person: '#2f6fdf', Organization: '#e07b00', Country: '#2a9d4b' };
export const EDGE_COLORS: Record<InteractionType, string> = {
  accused: '#d62728',
  demanded: '#9c4dcc',
  warned: '#e6a100',
  refused: '#5d4037',
  proposed: '#00a3a3',
  met: '#8c8c8c',
};

// XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF even when escaped.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes text for XML content and attribute values (both quote kinds), dropping invalid characters. */
export function xmlEscape(value: unknown): string {
  return String(value)
    .replace(INVALID_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

function edgeFields(a: InteractionAttributes) {
  return {
    events: a.events.map((e) => e.iri).join(' '),
    topics: [...new Set(a.events.map((e) => e.topic).filter((t): t is string => !!t))].join(' | '),
    evidence: [...new Set(a.events.flatMap((e) => e.reports.map((r) => r.sentence)))].join(' | '),
    articles: [...new Set(a.events.flatMap((e) => e.reports.map((r) => r.source)))].join(' '),
    dates: [...new Set(a.events.map((e) => e.date).filter((d): d is string => !!d))].sort().join(' '),
  };
}

export function toGraphML(graph: ActorGraph): string {
  const nodeKeys: Array<[string, string, string]> = [
    ['label', 'label', 'string'],
    ['type', 'type', 'string'],
    ['iri', 'iri', 'string'],
    ['aliases', 'aliases', 'string'],
    ['degree', 'degree', 'int'],
  ];
  const edgeKeys: Array<[string, string, string]> = [
    ['interaction', 'interaction', 'string'],
    ['weight', 'weight', 'double'],
    ['events', 'events', 'string'],
    ['topics', 'topics', 'string'],
    ['evidence', 'evidence', 'string'],
    ['articles', 'articles', 'string'],
    ['dates', 'dates', 'string'],
  ];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [id, name, type] of nodeKeys) out.push(`  <key id="n_${id}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  for (const [id, name, type] of edgeKeys) out.push(`  <key id="e_${id}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  out.push('  <graph id="newskg-actors" edgedefault="directed">');
  const data = (key: string, v: unknown) => `<data key="${key}">${xmlEscape(v)}</data>`;
  graph.forEachNode((node, a: ActorAttributes) => {
    out.push(
      `    <node id="${xmlEscape(node)}">${data('n_label', a.label)}${data('n_type', a.type)}${data('n_iri', a.iri)}${data('n_aliases', a.aliases.join(' | '))}${data('n_degree', graph.degree(node))}</node>`,
    );
  });
  graph.forEachEdge((edge, a, source, target) => {
    const f = edgeFields(a);
    out.push(
      `    <edge id="${xmlEscape(edge)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}"${a.directed ? '' : ' directed="false"'}>` +
        `${data('e_interaction', a.type)}${data('e_weight', a.weight)}${data('e_events', f.events)}${data('e_topics', f.topics)}${data('e_evidence', f.evidence)}${data('e_articles', f.articles)}${data('e_dates', f.dates)}</edge>`,
    );
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
}

export function toGEXF(graph: ActorGraph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>newskg</creator>',
    '    <description>Actors of French news articles and their interactions (accused, demanded, warned, refused, proposed, met)</description>',
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    '    <attributes class="node">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="iri" title="iri" type="string"/>',
    '      <attribute id="aliases" title="aliases" type="string"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="interaction" title="interaction" type="string"/>',
    '      <attribute id="events" title="events" type="string"/>',
    '      <attribute id="topics" title="topics" type="string"/>',
    '      <attribute id="evidence" title="evidence" type="string"/>',
    '      <attribute id="articles" title="articles" type="string"/>',
    '      <attribute id="dates" title="dates" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  const att = (key: string, v: unknown) => `<attvalue for="${key}" value="${xmlEscape(v)}"/>`;
  graph.forEachNode((node, a) => {
    const size = 4 + 2 * Math.sqrt(graph.degree(node));
    out.push(
      `      <node id="${xmlEscape(node)}" label="${xmlEscape(a.label)}"><attvalues>${att('type', a.type)}${att('iri', a.iri)}${att('aliases', a.aliases.join(' | '))}</attvalues>` +
        `<viz:color ${rgb(NODE_COLORS[a.type])}/><viz:size value="${size.toFixed(2)}"/></node>`,
    );
  });
  out.push('    </nodes>', '    <edges>');
  graph.forEachEdge((edge, a, source, target) => {
    const f = edgeFields(a);
    out.push(
      `      <edge id="${xmlEscape(edge)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}" type="${a.directed ? 'directed' : 'undirected'}" kind="${a.type}" label="${a.type}" weight="${a.weight}">` +
        `<attvalues>${att('interaction', a.type)}${att('events', f.events)}${att('topics', f.topics)}${att('evidence', f.evidence)}${att('articles', f.articles)}${att('dates', f.dates)}</attvalues>` +
        `<viz:color ${rgb(EDGE_COLORS[a.type])}/></edge>`,
    );
  });
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

/** graphology's serialization (`graph.import()` reads it back), pretty-printed. */
export function toJSON(graph: ActorGraph): string {
  const data: SerializedGraph<ActorAttributes, InteractionAttributes> = graph.export();
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function exportGraph(graph: ActorGraph, format: ExportFormat): string {
  switch (format) {
    case 'graphml':
      return toGraphML(graph);
    case 'gexf':
      return toGEXF(graph);
    case 'json':
      return toJSON(graph);
  }
}
