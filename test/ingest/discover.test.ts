import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFsError } from '../../src/ingest/errors.js';
import { articles, collect, problems, tempDir, tree } from './helpers.js';

const BODY = 'Titre\n\nLe ministre a reçu son homologue.';
const isRoot = process.getuid?.() === 0;

describe('discover', () => {
  it('walks directories recursively in sorted order, skipping hidden files and sidecars', async () => {
    const root = tree({
      'b/deux.txt': BODY,
      'a/z.txt': BODY,
      'a/sous/un.md': '# Titre\n\nCorps du texte.',
      'a/z.meta.json': '{"source": "Agence"}',
      '.cache/cache.txt': BODY,
      'a/.brouillon.txt': BODY,
    });
    const items = await collect([root]);
    expect(problems(items)).toEqual([]);
    expect(articles(items).map((a) => a.origin)).toEqual([
      join(root, 'a/sous/un.md'),
      join(root, 'a/z.txt'),
      join(root, 'b/deux.txt'),
    ]);
    expect(articles(items).map((a) => a.id)).toEqual(['un.md', 'z.txt', 'deux.txt']);
  });

  it('sorts the given paths and accepts single files of any extension', async () => {
    const root = tree({ 'b.txt': BODY, 'a.article': BODY });
    const items = await collect([join(root, 'b.txt'), join(root, 'a.article')]);
    expect(articles(items).map((a) => a.id)).toEqual(['a.article', 'b.txt']);
  });

  it('reports a missing path and goes on', async () => {
    const root = tree({ 'ok.txt': BODY });
    const missing = join(root, 'absent.txt');
    const items = await collect([missing, join(root, 'ok.txt')]);
    expect(problems(items)).toEqual([{ origin: missing, message: 'no such file or directory' }]);
    expect(articles(items)).toHaveLength(1);
  });

  it('detects a symlink loop, reports it once and does not follow it', async () => {
    const root = tree({ 'corpus/a.txt': BODY, 'corpus/sous/b.txt': BODY });
    symlinkSync(join(root, 'corpus'), join(root, 'corpus/sous/retour'));
    symlinkSync(join(root, 'corpus'), join(root, 'corpus/sous/encore'));
    const items = await collect([join(root, 'corpus')]);
    const loops = problems(items).filter((p) => /symlink loop/.test(p.message));
    expect(loops).toHaveLength(1);
    expect(articles(items).map((a) => a.id)).toEqual(['a.txt', 'b.txt']);
  });

  it('reports self-referencing and broken symlinks', async () => {
    const root = tempDir();
    symlinkSync(join(root, 'moi'), join(root, 'moi'));
    symlinkSync(join(root, 'nulle-part.txt'), join(root, 'casse.txt'));
    const items = await collect([root]);
    expect(problems(items)).toEqual([
      { origin: join(root, 'casse.txt'), message: expect.stringMatching(/no such file or directory \(broken/) },
      { origin: join(root, 'moi'), message: expect.stringMatching(/symlink loop/) },
    ]);
  });

  it('reads a file reached through a symlink once', async () => {
    const root = tree({ 'a/texte.txt': BODY });
    mkdirSync(join(root, 'b'));
    symlinkSync(join(root, 'a/texte.txt'), join(root, 'b/lien.txt'));
    expect(articles(await collect([root]))).toHaveLength(1);
  });

  it('reports files of unknown type found in a directory', async () => {
    const root = tree({ 'notes.csv': 'a,b', 'ok.txt': BODY });
    const items = await collect([root]);
    expect(problems(items)).toEqual([{ origin: join(root, 'notes.csv'), message: expect.stringMatching(/unsupported file type/) }]);
    expect(articles(items)).toHaveLength(1);
  });

  it('maps permission errors to a clear message', () => {
    expect(describeFsError(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('permission denied');
    expect(describeFsError(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe('no such file or directory');
  });

  it.skipIf(isRoot)('reports unreadable files and directories (skipped as root: root reads everything)', async () => {
    const root = tree({ 'ferme.txt': BODY, 'cache/x.txt': BODY, 'ok.txt': BODY });
    chmodSync(join(root, 'ferme.txt'), 0o000);
    chmodSync(join(root, 'cache'), 0o000);
    try {
      const items = await collect([root]);
      expect(problems(items).map((p) => p.message)).toEqual(['permission denied', 'permission denied']);
      expect(articles(items).map((a) => a.id)).toEqual(['ok.txt']);
    } finally {
      chmodSync(join(root, 'cache'), 0o755);
    }
  });

  it('reports a file above maxBytes without reading it', async () => {
    const root = tree({ 'gros.txt': 'x'.repeat(2000), 'petit.txt': BODY });
    const items = await collect([root], { maxBytes: 1000 });
    expect(problems(items)).toEqual([{ origin: join(root, 'gros.txt'), message: 'file too large: 2000 bytes (limit 1000)' }]);
    expect(articles(items).map((a) => a.id)).toEqual(['petit.txt']);
  });

  it('reports a FIFO as not a regular file instead of blocking on it', async () => {
    const root = tree({ 'ok.txt': BODY });
    execFileSync('mkfifo', [join(root, 'tube.txt')]);
    const items = await collect([root]);
    expect(problems(items)).toEqual([{ origin: join(root, 'tube.txt'), message: 'not a regular file' }]);
    expect(articles(items)).toHaveLength(1);
  });
});
