import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { extractArticle } from '../../src/extract/index.js';
import { clusterBlock, plainBlock, resolveInputs, resolveInputsWith, toResolveInput } from '../../src/resolve/index.js';
import type { ResolveInput } from '../../src/types.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

/** The embedded corpus, as the slim views a build resolves. */
async function corpusInputs(): Promise<ResolveInput[]> {
  const out: ResolveInput[] = [];
  for await (const item of ingest([join(PACKAGE_ROOT, 'corpus')])) if (item.kind === 'article') out.push(toResolveInput(extractArticle(item.article)));
  return out;
}

describe('clustering blocks elsewhere', () => {
  it('gives the events of resolveInputs, blocks done in reverse order on plain copies', async () => {
    expect(readdirSync(join(PACKAGE_ROOT, 'corpus')).length).toBeGreaterThan(2);
    const inputs = await corpusInputs();
    const here = resolveInputs(inputs);
    let seen = 0;
    const elsewhere = await resolveInputsWith(inputs, async (blocks, signatures) => {
      seen = blocks.length;
      // Structured clones, as a thread receives them.
      const copies = blocks.map((b) => structuredClone(plainBlock(b)));
      return copies.map((_, i) => clusterBlock(copies[copies.length - 1 - i], signatures)).reverse();
    });
    expect(seen).toBeGreaterThan(1);
    expect(here.events.some((e) => e.mentions.length > 1)).toBe(true);
    expect(elsewhere.events).toEqual(here.events);
  });

  it('keeps plain copies free of the source mention', async () => {
    const inputs = await corpusInputs();
    let keys: string[] = [];
    await resolveInputsWith(inputs, async (blocks, signatures) => {
      const plain = plainBlock(blocks.find((b) => b.items.length > 1)!);
      keys = Object.keys(plain.items[0]);
      return blocks.map((b) => clusterBlock(b, signatures));
    });
    expect(keys).not.toContain('ev');
    expect(keys).toContain('signature');
  });
});
