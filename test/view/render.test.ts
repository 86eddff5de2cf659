import { describe, expect, it } from 'vitest';
import { projectActors } from '../../src/analytics/index.js';
import { pageBundle } from '../../src/view/bundle.js';
import { displayLabel, layoutActors, viewDataOf } from '../../src/view/data.js';
import { renderHtml, scriptCode, scriptJson } from '../../src/view/render-html.js';
import { fixtureStore } from '../analytics/fixture.js';

describe('page data', () => {
  const g = projectActors(fixtureStore());

  it('lays the graph out the same way every time, with finite positions', () => {
    const a = layoutActors(g);
    expect([...layoutActors(projectActors(fixtureStore()))]).toEqual([...a]);
    expect(a.size).toBe(g.order);
    for (const p of a.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('keeps sigma attributes apart from newskg ones', () => {
    const d = viewDataOf(g);
    for (const n of d.graph.nodes) expect(n.attributes).not.toHaveProperty('type');
    for (const e of d.graph.edges) expect(['arrow', 'line']).toContain(e.attributes.type);
    expect(d.graph.edges.find((e) => e.attributes.interaction === 'met')!.attributes.type).toBe('line');
    expect(d.dateRange).toEqual(['2024-03-01', '2024-03-02']);
  });

  it('shortens long names to a capitalised alias', () => {
    expect(displayLabel("Organisation du traité de l'Atlantique Nord", ['Alliance atlantique', 'OTAN', 'Otan'])).toBe('OTAN');
    expect(displayLabel('Antony Blinken', ['Blinken'])).toBe('Antony Blinken');
    expect(displayLabel('Communauté économique des États de l’Afrique', [])).toMatch(/^Communauté économique…$/);
  });
});

describe('HTML', () => {
  it('cannot be broken out of by the data or the script', () => {
    expect(scriptJson({ s: '</script><script>alert(1)</script>\u2028' })).not.toMatch(/<|\u2028/);
    expect(JSON.parse(scriptJson({ s: '</script>' }))).toEqual({ s: '</script>' });
    expect(scriptCode('x="</script>"; y="<!--"')).toBe('x="<\\/script>"; y="<\\!--"');
  });

  it('inlines the bundle and the data, and escapes the title', async () => {
    const bundle = await pageBundle();
    expect(bundle.length).toBeGreaterThan(50_000);
    const html = renderHtml({ ...viewDataOf(projectActors(fixtureStore())), title: 'A <b>&' }, bundle);
    expect(html).toContain('<title>A &lt;b&gt;&amp;</title>');
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html).toContain('"Tensions \\u003c& \\"quotes\\"\\u003e"');
  });
});
