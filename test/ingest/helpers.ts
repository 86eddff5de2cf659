import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { ingest, type IngestOptions } from '../../src/ingest/index.js';
import type { Article, IngestItem, IngestProblem } from '../../src/types.js';

const dirs: string[] = [];

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh temporary directory, removed after the test. */
export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'newskg-ingest-'));
  dirs.push(d);
  return d;
}

/** Writes `files` (relative path → content) under a fresh temp dir and returns it. */
export function tree(files: Record<string, string | Buffer>): string {
  const root = tempDir();
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}

export async function collect(paths: string[], opts?: IngestOptions): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of ingest(paths, opts)) items.push(item);
  return items;
}

export function articles(items: IngestItem[]): Article[] {
  return items.flatMap((i) => (i.kind === 'article' ? [i.article] : []));
}

export function problems(items: IngestItem[]): IngestProblem[] {
  return items.flatMap((i) => (i.kind === 'problem' ? [i.problem] : []));
}

/** The single article of a one-file ingest; fails loudly otherwise. */
export async function ingestOne(name: string, content: string | Buffer): Promise<Article> {
  const root = tree({ [name]: content });
  const items = await collect([join(root, name)]);
  const found = articles(items);
  if (found.length !== 1) throw new Error(`expected one article, got ${JSON.stringify(items)}`);
  return found[0];
}
