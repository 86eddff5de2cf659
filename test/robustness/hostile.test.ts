// Hostile text cannot break the output: names made of any Unicode (quotes, backslashes, « »,
// control characters, lone surrogates, `"""; DROP`, emoji, right-to-left text) embedded in
// French sentences go through the real pipeline (extract → resolve → graph → Turtle and
// N-Triples) and the result always parses, with n3 and strict oxigraph on every run and with
// `rapper` on the whole generated corpus.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Parser, type Quad } from 'n3';
import { Store } from 'oxigraph';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { buildGraph, serializeGraph } from '../../src/graph/index.js';
import { wellFormed } from '../../src/graph/literals.js';
import { buildCorpus } from '../../src/pipeline/build.js';
import { resolve } from '../../src/resolve/index.js';
import type { Article, ArticleExtraction } from '../../src/types.js';
import { haveTool } from '../helpers.js';
import { rapperCount } from '../graph/tools.js';

const NASTY = [
  '"', "'", '\\', '\\"', '"""', "'''", '"""; DROP TABLE articles; --', '«', '»', '« ', ' »', '\n', '\r\n', '\r', '\t',
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009f', '\u2028', '\u2029',
  '\ud800', '\udfff', '\udbff\udbff', '\udc00\ud800', '\ufeff', '\ufffd', '\ufffe', '\uffff', '👩🏽‍⚖️', '🇫🇷', '\u{1F600}',
  'عبد الله', 'שלום', '\u202e', '\u200f', '\u200b', '\u2066', 'e\u0301', 'Сергей Лавров', '習近平', 'ﬁ', 'Œuvre',
  '<', '>', '{', '}', '|', '^', '`', '#', '%', '%20', '@fr', '^^xsd:string', '_:b0', '.', ' .', '\\u0022', '\\U0001F600',
  '<http://x/>', 'M.', 'l’', "d'", '-', '/', '..', ':', '?', '&amp;', '<script>', ']]>',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.constantFrom('Sergueï', 'Lavrov', 'Jean-Marc', 'Ayrault', 'Ōtani', 'Müller', 'ÉLYSÉE', 'Nguyễn') },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 2 }) },
);
const hostile = fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
/** Capitalized, so the extractor takes it for a name more often. */
const name = fc.tuple(fc.constantFrom('', 'Jean ', 'Marie-', 'Sergueï ', 'A'), hostile).map(([a, b]) => a + b);
const org = fc.oneof(fc.constantFrom("l'OTAN", 'la CEDEAO', "l'Union européenne", 'le Kremlin', 'Moscou'), hostile);
const topic = fc.oneof(fc.constantFrom('bloquer les élections', "ignorer les intérêts russes", 'mentir'), hostile);

const TEMPLATES: Array<(n: string, o: string, t: string) => string> = [
  (n, o, t) => `M. ${n} a accusé ${o} de ${t}.`,
  (n, o, t) => `« ${t} », a déclaré ${n} jeudi à Genève.`,
  (n, o) => `Le ministre ${n} a rencontré ${o} à Stockholm.`,
  (n, o, t) => `${o} a exigé que ${n} renonce à ${t}. Mme ${n} a refusé.`,
  (n, o, t) => `Le président, ${n}, a averti ${o} : « ${t} ».`,
];

const articleArb = fc.record({
  id: fc.oneof(hostile, hostile.map((h) => `${h}.txt`), fc.constantFrom('ok.txt', '.', '..', 'a b.txt', 'x#y.md')),
  title: fc.option(hostile, { nil: null }),
  date: fc.constantFrom(null, '2021-12-02', '2021-12', 'jeudi', '2021-13-45'),
  url: fc.option(fc.oneof(hostile, hostile.map((h) => `https://exemple.fr/${h}`)), { nil: null }),
  source: fc.option(hostile, { nil: null }),
  sentences: fc.array(fc.tuple(fc.integer({ min: 0, max: TEMPLATES.length - 1 }), name, org, topic), { minLength: 1, maxLength: 3 }),
});

type Spec = typeof articleArb extends fc.Arbitrary<infer T> ? T : never;

function toArticle(s: Spec): Article {
  const body = s.sentences.map(([k, n, o, t]) => TEMPLATES[k](n, o, t)).join('\n\n');
  return { id: s.id, origin: `hostile/${s.id}`, title: s.title, date: s.date, url: s.url, source: s.source, text: s.title ? `${s.title}\n\n${body}` : body };
}

const parse = (text: string, format: string): Quad[] => new Parser({ format }).parse(text);
const key = (q: Quad) => `${q.subject.id} ${q.predicate.id} ${q.object.id}`;

async function serializeBoth(xs: ArticleExtraction[]): Promise<{ ttl: string; nt: string }> {
  const r = resolve(xs);
  const quads = buildGraph(r.extractions, { events: r.events });
  return { ttl: await serializeGraph(quads, { format: 'turtle' }), nt: await serializeGraph(quads, { format: 'nt' }) };
}

/** n3 and strict oxigraph both accept both serializations, and they hold the same triples. */
function checkParses(ttl: string, nt: string): Quad[] {
  const fromTtl = parse(ttl, 'text/turtle');
  const fromNt = parse(nt, 'application/n-triples');
  expect(fromTtl.length).toBe(fromNt.length);
  expect(new Set(fromTtl.map(key))).toEqual(new Set(fromNt.map(key)));
  const a = new Store();
  a.load(ttl, { format: 'text/turtle' });
  const b = new Store();
  b.load(nt, { format: 'application/n-triples' });
  expect(a.size).toBe(fromTtl.length);
  expect(b.size).toBe(fromNt.length);
  return fromTtl;
}

const DCT = 'http://purl.org/dc/terms/';
const generated: ArticleExtraction[] = [];

describe('hostile names and sentences through extract → graph → Turtle / N-Triples', () => {
  it('always parse, with the same triples, and keep the text', async () => {
    await fc.assert(
      fc.asyncProperty(articleArb, async (spec) => {
        const article = toArticle(spec);
        const x = extractArticle(article);
        generated.push(x);
        const { ttl, nt } = await serializeBoth([x]);
        const quads = checkParses(ttl, nt);
        const literal = (p: string) => quads.filter((q) => q.predicate.value === DCT + p).map((q) => q.object.value);
        // Literals come back exactly (lone surrogates, which UTF-8 cannot carry, as U+FFFD).
        expect(literal('identifier')).toEqual([wellFormed(article.id)]);
        if (article.title !== null && article.title.trim() !== '') expect(literal('title')).toEqual([wellFormed(article.title)]);
        // Every event's evidence is the cited slice of the text.
        for (const q of quads.filter((q) => q.predicate.value.endsWith('#evidence') || q.predicate.value.endsWith('/evidence'))) {
          expect(wellFormed(article.text)).toContain(q.object.value);
        }
      }),
      { numRuns: Number(process.env.NEWSKG_FC_RUNS ?? 100) },
    );
  }, 120_000);

  it.skipIf(!haveTool('rapper'))('rapper accepts the whole generated corpus as Turtle and N-Triples', async () => {
    expect(generated.length).toBeGreaterThan(0);
    // Ids must be unique in one graph: later duplicates get a suffix.
    const seen = new Map<string, number>();
    const xs = generated.map((x) => {
      const n = seen.get(x.article.id) ?? 0;
      seen.set(x.article.id, n + 1);
      return n ? { ...x, article: { ...x.article, id: `${x.article.id}~${n}` } } : x;
    });
    const { ttl, nt } = await serializeBoth(xs);
    const n = checkParses(ttl, nt).length;
    const dir = mkdtempSync(join(tmpdir(), 'newskg-hostile-'));
    try {
      writeFileSync(join(dir, 'g.ttl'), ttl);
      writeFileSync(join(dir, 'g.nt'), nt);
      const t = rapperCount(join(dir, 'g.ttl'), 'turtle');
      expect(t.ok, t.problems).toBe(true);
      expect(t.triples).toBe(n);
      const r = rapperCount(join(dir, 'g.nt'), 'ntriples');
      expect(r.ok, r.problems).toBe(true);
      expect(r.triples).toBe(n);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('hostile files through buildCorpus (ingest included)', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('writes a graph that parses, whatever the file names and contents', async () => {
    // File names cannot hold NUL or '/', and must fit in 255 bytes.
    const fileName = hostile.map((h) => h.replace(/[\u0000/]/g, '_').replace(/[\ud800-\udfff]/g, '_').slice(0, 40)).filter((h) => !/^\.|^$/.test(h));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fileName, articleArb), { minLength: 1, maxLength: 3 }), async (files) => {
        const dir = mkdtempSync(join(tmpdir(), 'newskg-hostile-'));
        dirs.push(dir);
        const corpus = join(dir, 'corpus');
        mkdirSync(corpus);
        files.forEach(([f, spec], i) => writeFileSync(join(corpus, `${i}-${f}.txt`), toArticle(spec).text));
        const out = join(dir, 'out');
        let summary;
        try {
          summary = await buildCorpus([corpus], { outDir: out, workers: 1, cache: false });
        } catch (err) {
          throw new Error(`build failed: ${(err as Error).message}`);
        }
        if (summary.articles === 0) return; // every file was whitespace or binary-looking: skipped, named
        const ttl = readFileSync(join(out, 'graph.ttl'), 'utf8');
        const quads = parse(ttl, 'text/turtle');
        expect(quads.length).toBeGreaterThan(0);
        new Store().load(ttl, { format: 'text/turtle' });
        await buildCorpus([corpus], { outDir: out, workers: 1, cache: false, format: 'nt' });
        expect(parse(readFileSync(join(out, 'graph.nt'), 'utf8'), 'application/n-triples').length).toBe(quads.length);
      }),
      { numRuns: 15 },
    );
    // Thirty builds, each starting an extraction thread that loads the lexicons and the parser's
    // weights: a guard against a hang, not a speed limit (speed is measured by `npm run bench`).
  }, 480_000);
});
