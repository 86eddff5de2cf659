import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { edgeKey, exportGraph, projectActors, toGEXF, toGraphML, xmlEscape, type ActorGraph } from '../../src/analytics/index.js';
import { haveShared } from '../helpers.js';
import { A, C, fixtureStore } from './fixture.js';
import { type SeedBuild, withSeedActors } from './seed.js';
import { checkXml, unescapeXml } from './xml.js';

describe('checkXml (the test helper)', () => {
  it('accepts well-formed XML and rejects broken XML', () => {
    expect(checkXml('<?xml version="1.0"?><a x="1"><b/><b>t &amp; u</b></a>').counts).toEqual({ a: 1, b: 2 });
    for (const bad of ['<a><b></a>', '<a x="1" x="2"/>', '<a>&nbsp;</a>', '<a>1 < 2</a>', '<a/><b/>', '<a x="<"/>', '<a>\u0001</a>']) {
      expect(() => checkXml(bad), bad).toThrow();
    }
  });
});

describe('xmlEscape', () => {
  it('escapes markup and quotes, and replaces characters XML cannot hold', () => {
    expect(xmlEscape(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
    expect(xmlEscape('a\u0000b\u001fc\ud800d')).toBe('a\ufffdb\ufffdc\ufffdd');
    expect(xmlEscape('line\nbreak')).toBe('line&#10;break');
    expect(xmlEscape('😀')).toBe('😀');
  });
});

function nasty(): ActorGraph {
  // Labels and evidence that would break a writer that forgets to escape.
  const g = projectActors(fixtureStore());
  g.setNodeAttribute(A, 'label', `Alice "<&>" O'Neil \u0007`);
  g.updateEdgeAttribute(edgeKey('accused', A, C), 'events', (evs) => evs!.map((e) => ({ ...e, topic: ']]> <script>&', sentence: 'a\r\nb\tc' })));
  return g;
}

describe('GraphML and GEXF', () => {
  const g = nasty();

  it('writes well-formed GraphML with one <node> per actor and one <edge> per interaction', () => {
    const x = checkXml(toGraphML(g));
    expect(x.root).toBe('graphml');
    expect(x.counts.node).toBe(g.order);
    expect(x.counts.edge).toBe(g.size);
    const ids = x.attributes('node').map((a) => unescapeXml(a.id));
    expect(ids).toEqual(g.nodes());
    const met = x.attributes('edge').find((a) => unescapeXml(a.id).startsWith('met:'))!;
    expect(met.directed).toBe('false');
    expect(x.attributes('graph')[0].edgedefault).toBe('directed');
  });

  it('writes well-formed GEXF 1.3 with weights, kinds and undirected meetings', () => {
    const text = toGEXF(g);
    const x = checkXml(text);
    expect(x.root).toBe('gexf');
    expect(x.attributes('gexf')[0]).toMatchObject({ xmlns: 'http://gexf.net/1.3', version: '1.3' });
    expect(x.counts.node).toBe(g.order);
    expect(x.counts.edge).toBe(g.size);
    const alice = x.attributes('node').find((a) => unescapeXml(a.id) === A)!;
    expect(unescapeXml(alice.label)).toBe(`Alice "<&>" O'Neil \ufffd`);
    const acc = x.attributes('edge').find((a) => unescapeXml(a.id) === edgeKey('accused', A, C))!;
    expect(acc).toMatchObject({ weight: '2', kind: 'accused', type: 'directed' });
    expect(x.attributes('edge').filter((a) => a.kind === 'met').every((a) => a.type === 'undirected')).toBe(true);
    expect(text).toContain(unescapedNever(']]> <script>'));
  });

  it('writes graphology JSON that imports back to the same graph', () => {
    const back = new MultiDirectedGraph();
    back.import(JSON.parse(exportGraph(g, 'json')));
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(back.getEdgeAttribute(edgeKey('accused', A, C), 'weight')).toBe(2);
  });
});

/** The escaped form of a string: what must appear in the file instead of the raw text. */
function unescapedNever(s: string): string {
  return xmlEscape(s);
}

describe.skipIf(!haveShared())('exports of the seed build', () => {
  let seed: SeedBuild;
  let g: ActorGraph;
  withSeedActors((s, actors) => ((seed = s), (g = actors)));

  it('are well-formed and complete', () => {
    for (const format of ['graphml', 'gexf'] as const) {
      const x = checkXml(exportGraph(g, format));
      expect(x.counts.node, format).toBe(g.order);
      expect(x.counts.edge, format).toBe(g.size);
    }
    expect(JSON.parse(exportGraph(g, 'json')).edges).toHaveLength(g.size);
    expect(exportGraph(g, 'gexf')).toBe(exportGraph(projectActors(seed.store), 'gexf'));
  });
});
