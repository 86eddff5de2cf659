// Output is never half-written: a build killed with SIGKILL in the middle leaves the previous
// out/graph.ttl byte for byte, and the next build clears the temporary files of dead builds.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../helpers.js';
import { cleanup, goodCorpus, newskg, tempDir } from './corpus.js';

const N = 2_000;

afterAll(cleanup);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Files under `dir` (two levels: the out folder and the cache's shards). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string, depth: number): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory() && depth < 3) walk(join(d, e.name), depth + 1);
      else out.push(join(d, e.name));
    }
  };
  walk(dir, 0);
  return out;
}

const temps = (out: string) => filesUnder(out).filter((f) => /\.tmp-\d+$/.test(f));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('SIGKILL in the middle of a build', () => {
  it('leaves the previous graph intact, and the next build cleans up', async () => {
    const dir = tempDir();
    const small = goodCorpus(dir);
    const out = join(dir, 'out');
    const first = await newskg(['build', small, '-o', out]);
    expect(first.code, first.err).toBe(0);
    const graphFile = join(out, 'graph.ttl');
    const good = readFileSync(graphFile);

    // A large corpus, built into the same folder.
    const big = join(dir, 'big');
    mkdirSync(big);
    for (let i = 0; i < N; i++) {
      const para = `M. Lavrov a accusé l'OTAN de provoquer la crise numéro ${i}. Antony Blinken a rencontré Sergueï Lavrov à Genève le ${1 + (i % 28)} mars.`;
      writeFileSync(join(big, `long-${String(i).padStart(4, '0')}.txt`), `Article ${i}\n\n${`${para}\n\n`.repeat(4)}`);
    }
    const before = new Set(filesUnder(out));
    const child = spawn(process.execPath, [CLI, 'build', big, '-o', out], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
    // Wait until it is processing: new extractions land in the cache (or 1 s has passed with the cache off).
    const started = Date.now();
    while (Date.now() - started < 30_000) {
      await sleep(100);
      const fresh = filesUnder(out).filter((f) => !before.has(f));
      if (fresh.length >= 10 || (Date.now() - started > 1_000 && !existsSync(join(out, '.cache')))) break;
    }
    expect(child.exitCode, 'the big build was still running when killed').toBeNull();
    child.kill('SIGKILL');
    const end = await exited;
    expect(end.signal).toBe('SIGKILL');

    // The previous graph, byte for byte; no temporary file that a live process still writes.
    expect(readFileSync(graphFile).equals(good)).toBe(true);
    for (const t of temps(out)) expect(alive(Number(/\.tmp-(\d+)$/.exec(t)![1])), t).toBe(false);

    // Leftovers of dead builds, and a file of a live process (this one), which must be left alone.
    const dead = child.pid!;
    writeFileSync(join(out, `graph.ttl.tmp-${dead}`), 'half a graph');
    mkdirSync(join(out, '.cache', 'zz'), { recursive: true });
    writeFileSync(join(out, '.cache', 'zz', `k.json.tmp-${dead}`), '{');
    const live = join(out, `graph.ttl.tmp-${process.pid}`);
    writeFileSync(live, 'being written');

    const again = await newskg(['build', small, '-o', out]);
    expect(again.code, again.err).toBe(0);
    expect(readFileSync(graphFile).equals(good), 'same corpus, same bytes').toBe(true);
    expect(temps(out)).toEqual([live]);
  }, 300_000);
});
