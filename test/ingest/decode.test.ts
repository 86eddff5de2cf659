import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decode } from '../../src/ingest/decode.js';
import { collect, problems, articles, tree } from './helpers.js';
import { join } from 'node:path';

const FR = 'Sergueï Lavrov a parlé à la presse de la sécurité européenne, « sans détour ».';

function text(buf: Buffer): string {
  const d = decode(buf);
  if (!d.ok) throw new Error(d.message);
  return d.text;
}

function failure(buf: Buffer): string {
  const d = decode(buf);
  if (d.ok) throw new Error(`decoded as ${d.encoding}: ${d.text.slice(0, 40)}`);
  return d.message;
}

describe('decode', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(text(Buffer.from(FR, 'utf8'))).toBe(FR);
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FR, 'utf8')]);
    expect(text(withBom)).toBe(FR);
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FR, 'utf16le')]);
    expect(text(le)).toBe(FR);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(FR, 'utf16-be')]);
    expect(text(be)).toBe(FR);
  });

  it('reads UTF-16 LE without a BOM', () => {
    expect(text(Buffer.from(FR, 'utf16le'))).toBe(FR);
  });

  it('reads Latin-1 / Windows-1252 French text right', () => {
    const latin1 = iconv.encode('Sergueï Lavrov à la sécurité', 'latin1');
    expect(text(latin1)).toBe('Sergueï Lavrov à la sécurité');
    // Windows-1252 only: curly apostrophe (0x92) and œ (0x9c).
    const cp1252 = iconv.encode('L’œuvre de l’OSCE à Genève', 'win1252');
    expect(text(cp1252)).toBe('L’œuvre de l’OSCE à Genève');
  });

  it('keeps UTF-8 parts of a file that also has stray Windows-1252 bytes', () => {
    const mixed = Buffer.concat([Buffer.from('Réunion à Genève. ', 'utf8'), iconv.encode('Le ministre a été reçu.', 'win1252')]);
    expect(text(mixed)).toBe('Réunion à Genève. Le ministre a été reçu.');
  });

  it('rejects invalid UTF-8 that is not plausible Latin-1', () => {
    const garbage = Buffer.from([0x41, 0x8d, 0x81, 0xa4, 0xa8, 0x42, 0x8f, 0xac, 0xb9, 0x9d, 0x43, 0x88, 0xa6, 0x20, 0x44]);
    expect(failure(garbage)).toMatch(/invalid UTF-8/);
  });

  it('reads UTF-8 with a few bad bytes as U+FFFD and says where they were; refuses many', () => {
    const article = Buffer.from(`${'Le ministre a reçu son homologue à Genève pour parler de sécurité. '.repeat(60)}\n`, 'utf8');
    const at = [100, 700, 1300, 1901, 2500, 3102, 3700];
    const damaged = Buffer.from(article);
    for (const i of at) damaged[i] = 0x81; // undefined in Windows-1252 too
    const d = decode(damaged);
    if (!d.ok) throw new Error(d.message);
    expect(d.replaced).toEqual(at);
    expect(d.text.length).toBe(article.toString('utf8').length);
    expect([...d.text.matchAll(/\ufffd/g)].map((m) => m.index)).toHaveLength(7);
    // With a UTF-8 BOM the offsets are still the file's.
    const bom = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), damaged]));
    expect(bom.ok && bom.replaced).toEqual(at.map((i) => i + 3));
    // One byte in a hundred is not a few: another encoding, refused as before.
    const many = Buffer.from(article);
    for (let i = 50; i < many.length; i += 100) many[i] = 0x8d;
    expect(failure(many)).toMatch(/^invalid UTF-8 \(\d+ bad bytes\) and not plausibly Latin-1/);
    // Under 0.1 % of a larger file is still a few.
    const big = Buffer.from(article.toString('utf8').repeat(10), 'utf8');
    for (let i = 0; i < 40; i++) big[500 + i * 1000] = 0x90;
    expect(decode(big)).toMatchObject({ ok: true, replaced: expect.any(Array) });
  });

  it('rejects binary files by magic number, NUL bytes and control characters', () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR texte')]);
    expect(failure(png)).toMatch(/^binary file/);
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('contenu.txt')]);
    expect(failure(zip)).toMatch(/^binary file/);
    expect(failure(Buffer.from('%PDF-1.7\nobj'))).toMatch(/^binary file/);
    expect(failure(Buffer.from([0x61, 0x62, 0x00, 0x00, 0x00, 0x63, 0x01, 0x02]))).toMatch(/^binary file/);
    const controls = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x61)));
    expect(failure(controls)).toMatch(/^binary file \(control/);
  });

  it('reports empty and whitespace-only files as empty', () => {
    expect(failure(Buffer.alloc(0))).toMatch(/empty/);
    expect(failure(Buffer.from(' \n\t\r\n  \n'))).toMatch(/empty/);
    expect(failure(Buffer.from([0xef, 0xbb, 0xbf, 0x20, 0x0a]))).toMatch(/empty/);
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(text(Buffer.from('Un.\r\nDeux.\rTrois.'))).toBe('Un.\nDeux.\nTrois.');
  });
});

describe('ingest reports undecodable files and goes on', () => {
  it('keeps an article with a few bad bytes and warns once, with their count and offsets', async () => {
    const bytes = Buffer.from(`Réunion à Genève\n\n${'Le ministre a reçu son homologue pour parler de sécurité. '.repeat(40)}`, 'utf8');
    for (const i of [300, 900, 1500]) bytes[i] = 0x9d;
    const root = tree({ 'abime.txt': bytes });
    const items = await collect([root]);
    expect(problems(items)).toEqual([]);
    expect(articles(items)).toHaveLength(1);
    expect(items.filter((i) => i.kind === 'warning')).toEqual([
      { kind: 'warning', warning: { origin: join(root, 'abime.txt'), message: '3 invalid UTF-8 bytes read as U+FFFD (at bytes 300, 900, 1500), article kept' } },
    ]);
  });

  it('yields a problem per bad file and articles for the good ones', async () => {
    const root = tree({
      'a-image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'b-vide.txt': '   \n\n',
      'c-latin1.txt': iconv.encode('Titre\n\nSergueï Lavrov évoque la sécurité.', 'latin1'),
    });
    const items = await collect([root]);
    expect(problems(items)).toEqual([
      { origin: join(root, 'a-image.txt'), message: expect.stringMatching(/^binary file/) },
      { origin: join(root, 'b-vide.txt'), message: expect.stringMatching(/empty/) },
    ]);
    expect(articles(items).map((a) => a.text)).toEqual(['Titre\n\nSergueï Lavrov évoque la sécurité.']);
  });
});
