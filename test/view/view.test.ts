// `newskg view` in a real browser: Debian's chromium driven by playwright-core, never a
// downloaded browser. Skipped (loudly) without chromium or the seed corpus, unless CI requires them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeKey, projectActors } from '../../src/analytics/index.js';
import { writeView } from '../../src/view/write.js';
import { ROOT, haveShared, haveTool } from '../helpers.js';
import { buildSeed, iriOf, type SeedBuild } from '../analytics/seed.js';

const ready = haveShared() && haveTool('chromium');
const SCREENSHOT = join(ROOT, 'out', 'view.png');

describe.skipIf(!ready)('newskg view in chromium', () => {
  let seed: SeedBuild;
  let tmp: string;
  let page: Page;
  let context: BrowserContext;
  const requests: string[] = [];
  const errors: string[] = [];
  let html: string;
  let lavrov: string;
  let otan: string;

  beforeAll(async () => {
    seed = await buildSeed();
    tmp = mkdtempSync(join(tmpdir(), 'newskg-view-'));
    const out = join(tmp, 'graph.html');
    await writeView({ graph: seed.file, out });
    html = readFileSync(out, 'utf8');
    lavrov = iriOf(seed.store, 'Lavrov');
    otan = iriOf(seed.store, "l'OTAN");
    const executablePath = execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
    context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
      executablePath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1400, height: 860 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(out).href);
    await page.waitForFunction(() => document.body.dataset.ready !== undefined, undefined, { timeout: 30_000 });
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    seed?.cleanup();
  });

  it('is one self-contained file', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|https?:\/\/[^"'\s]*\.(?:js|css)\b/i);
    expect(html).toContain("connect-src 'none'");
  });

  it('draws the actors and the accusation edge Lavrov → NATO', async () => {
    expect(await page.evaluate(() => document.body.dataset.ready)).toBe('true');
    expect(errors).toEqual([]);
    const names = ['Lavrov', 'Blinken', 'OTAN', 'OSCE'].map((n) => iriOf(seed.store, n));
    const present = await page.evaluate((iris) => iris.map((i) => window.__newskg.graph.hasNode(i)), names);
    expect(present).toEqual([true, true, true, true]);
    const drawn = await page.evaluate((iris) => iris.map((i) => window.__newskg.renderer.getNodeDisplayData(i)?.hidden === false), names);
    expect(drawn).toEqual([true, true, true, true]);
    const accusation = await page.evaluate(
      ([a, b]) => window.__newskg.graph.outEdges(a, b).filter((e) => window.__newskg.graph.getEdgeAttribute(e, 'interaction') === 'accused'),
      [lavrov, otan],
    );
    expect(accusation).toEqual([edgeKey('accused', lavrov, otan)]);
    const canvases = await page.locator('#graph canvas').count();
    expect(canvases).toBeGreaterThan(0);
  });

  it('opens the side panel on a click on Lavrov, listing his accusation of NATO with its evidence', async () => {
    const at = await page.evaluate((node) => {
      const { renderer } = window.__newskg;
      const d = renderer.getNodeDisplayData(node)!;
      const p = renderer.framedGraphToViewport({ x: d.x, y: d.y });
      const box = renderer.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, lavrov);
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector('#panel:not([hidden])', { timeout: 5000 });
    expect(await page.getAttribute('#panel', 'data-node')).toBe(lavrov);
    expect(await page.textContent('#panel h2')).toContain('Sergueï Lavrov');

    const expected = projectActors(seed.store).getEdgeAttributes(edgeKey('accused', lavrov, otan)).events;
    expect(expected.length).toBeGreaterThan(0);
    const items = page.locator('#panel li.event[data-interaction="accused"]', { has: page.locator(`a[data-node="${otan}"]`) });
    expect(await items.count()).toBe(expected.length);
    const text = (await items.allTextContents()).join('\n');
    expect(text).toContain('accused');
    for (const e of expected) for (const r of e.reports) expect(text).toContain(r.sentence);
    expect(text).toContain("accusé l'OTAN d'ignorer les intérêts russes");
  });

  it('finds an actor by any alias, ignoring case and accents', async () => {
    await page.fill('#search', "l'otan");
    await page.waitForSelector('#suggestions li[data-node]');
    expect(await page.getAttribute('#suggestions li[data-node] >> nth=0', 'data-node')).toBe(otan);
    await page.fill('#search', 'SERGUEI');
    await page.waitForSelector(`#suggestions li[data-node="${lavrov}"]`);
    await page.press('#search', 'Enter');
    expect(await page.getAttribute('#panel', 'data-node')).toBe(lavrov);
  });

  it('filters edges by event type', async () => {
    const key = edgeKey('accused', lavrov, otan);
    const hidden = () => page.evaluate((k) => window.__newskg.renderer.getEdgeDisplayData(k)?.hidden, key);
    expect(await hidden()).toBe(false);
    await page.uncheck('#legend input[data-type="accused"]');
    expect(await hidden()).toBe(true);
    expect(await page.locator('#panel li.event[data-interaction="accused"]').count()).toBe(0);
    await page.check('#legend input[data-type="accused"]');
    expect(await hidden()).toBe(false);
  });

  it('has a map tab: the world drawn from the page itself, each linked place sized by its events', async () => {
    await page.click('#tabs button[data-tab="map"]');
    await page.waitForSelector('#map svg .place');
    expect(await page.evaluate(() => document.body.dataset.tab)).toBe('map');
    expect(await page.locator('#map .countries path').count()).toBeGreaterThan(150);
    const places = await page.evaluate(() => window.__newskg.data.map!.places.map((p) => ({ iri: p.iri, label: p.label, events: p.events })));
    expect(await page.locator('#map .place').count()).toBe(places.length);
    const stockholm = places.find((p) => p.label === 'Stockholm')!;
    const geneva = places.find((p) => p.label === 'Genève')!;
    expect(stockholm.events).toBeGreaterThan(geneva.events);
    const radius = (iri: string) => page.evaluate((i) => Number(window.__newskg.map!.circles.get(i)!.getAttribute('r')), iri);
    expect(await radius(stockholm.iri)).toBeGreaterThan(await radius(geneva.iri));
    // Stockholm (about 59°N, 18°E) is drawn north-east of Geneva (46°N, 6°E): up and to the right.
    const box = (iri: string) => page.evaluate((i) => window.__newskg.map!.circles.get(i)!.getBoundingClientRect().toJSON() as DOMRect, iri);
    const [s, g] = [await box(stockholm.iri), await box(geneva.iri)];
    expect(s.x).toBeGreaterThan(g.x);
    expect(s.y).toBeLessThan(g.y);
    await page.click(`#map .place[data-place="${stockholm.iri}"] circle`);
    await page.waitForSelector('#panel:not([hidden])');
    expect(await page.getAttribute('#panel', 'data-place')).toBe(stockholm.iri);
    expect(await page.textContent('#panel h2')).toContain('Stockholm');
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: join(dirname(SCREENSHOT), 'view-map.png') });
    await page.click('#panel-close');
    await page.click('#tabs button[data-tab="network"]');
    expect(await page.isVisible('#map')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('sent no request beyond the file itself and saves a screenshot', async () => {
    await page.evaluate((node) => {
      window.__newskg.selectNode(node);
      window.__newskg.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    }, lavrov);
    await page.waitForTimeout(800);
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(readFileSync(SCREENSHOT).subarray(1, 4).toString()).toBe('PNG');
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
  });
});
