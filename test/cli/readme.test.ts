// The README's commands, as written: every ```sh block is read, and each command that is safe
// and quick here runs through `sh` and `npm run -s` exactly as a newcomer would type it, in the
// README's order, in a folder of its own laid out like a checkout (corpus/, out/, ../shared).
// The others are listed with the reason they are not run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, SHARED, haveShared, run } from '../helpers.js';
import { cleanup, tempDir } from '../robustness/corpus.js';

/** The commands of the README's ```sh blocks; a command whose quote spans lines is one command. */
export function readmeCommands(markdown: string): string[] {
  const commands: string[] = [];
  const blocks = markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm);
  for (const [, body] of blocks) {
    let pending = '';
    for (const line of body.split('\n')) {
      if (pending === '' && line.trim() === '') continue;
      pending = pending === '' ? line : `${pending}\n${line}`;
      // An odd number of single quotes: the quoted text goes on.
      if ((pending.match(/'/g) ?? []).length % 2 === 0) {
        commands.push(pending);
        pending = '';
      }
    }
    if (pending !== '') commands.push(pending);
  }
  return commands;
}

/** Why a README command is not run here, or null when it is. */
function notRun(command: string): string | null {
  const words = command.replace(/#.*$/gm, '').trim().split(/\s+/);
  if (words[0] === 'export') return 'sets a shell variable for the store commands';
  if (command.startsWith('npm install') || /^npm (start|test)\b/.test(command)) return 'the test suite itself (npm start is build corpus + query accusations, run below)';
  if (/^npm run (ud-eval|train:parser)\b/.test(command)) return 'minutes of work, pinned by test/nlp/parse.test.ts';
  if (!command.startsWith('npm run -s newskg -- ')) return null; // checked below: every newskg example uses npm run -s
  const sub = words[5];
  if (sub === 'serve') return 'runs until Ctrl-C (test/store/serve.test.ts starts it)';
  if (sub === 'load' || command.includes('--endpoint')) return 'needs a triple store on localhost (test/store/virtuoso.test.ts)';
  if (sub === 'eval' && command.includes('--articles')) return 'builds each dev article on its own: minutes (test/pipeline/dev-eval.test.ts)';
  if (command.includes('../shared') && !existsSync(SHARED)) return `${SHARED} is absent`;
  return null;
}

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const COMMANDS = readmeCommands(README);

interface Run {
  code: number | null;
  out: string;
  err: string;
}

function sh(cwd: string, command: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' };
  delete env.NEWSKG_GRAPH;
  delete env.COLUMNS;
  return run('sh', ['-c', command], { cwd, env });
}

function haveNpm(): boolean {
  try {
    execFileSync('npm', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.NEWSKG_REQUIRE_TOOLS === '1') throw new Error('npm is required but not installed');
    console.warn('skipping the README commands: npm is not installed');
    return false;
  }
}

describe('README commands', () => {
  it('are found, and every newskg example runs through `npm run -s` (no npm banner in the output)', () => {
    expect(COMMANDS.length).toBeGreaterThan(20);
    const newskg = COMMANDS.filter((c) => /\bnewskg\b/.test(c.split(/\s+/).slice(0, 4).join(' ')));
    expect(newskg.length).toBeGreaterThan(20);
    for (const c of newskg) expect(c, c).toMatch(/^npm run -s newskg -- /);
    expect(README).not.toMatch(/npm run newskg --/);
  });

  it('reads a quoted command over several lines as one', () => {
    expect(readmeCommands("```sh\na 'x\ny' # c\nb\n```\n")).toEqual(["a 'x\ny' # c", 'b']);
  });

  describe.runIf(haveNpm())('run as written', () => {
    let work: string;
    const runs = new Map<string, Run>();
    const skipped: string[] = [];

    beforeAll(async () => {
      const dir = tempDir('newskg-readme-');
      work = join(dir, 'work');
      mkdirSync(work);
      // A checkout's layout: `npm run newskg` runs the compiled CLI; corpus/ beside it, ../shared above.
      writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'readme-check', private: true, scripts: { newskg: `node ${JSON.stringify(CLI)}` } }));
      symlinkSync(join(ROOT, 'corpus'), join(work, 'corpus'));
      if (existsSync(SHARED)) symlinkSync(SHARED, join(dir, 'shared'));
      if (COMMANDS.some((c) => c.includes('../shared') && !notRun(c))) haveShared();
      for (const command of COMMANDS) {
        const why = notRun(command);
        if (why) skipped.push(`${command.split('\n')[0].replace(/\s+#.*$/, '')}: ${why}`);
        else runs.set(command, await sh(work, command));
      }
      console.info(`README commands not run:\n  ${skipped.join('\n  ')}`);
    }, 900_000);
    afterAll(cleanup);

    it('each exits 0, with nothing on stderr but the line naming the graph read (and export\'s "Wrote")', () => {
      expect(runs.size).toBeGreaterThan(15);
      for (const [command, r] of runs) {
        expect(r.code, `${command}\n${r.err}`).toBe(0);
        for (const line of r.err.split('\n').filter((l) => l !== '')) expect(line, command).toMatch(/^newskg: reading \S+ \(|^Wrote /);
      }
    });

    it('the JSON contract examples give valid JSON, redirected to a file too', () => {
      const entities = [...runs].find(([c]) => /entities --format json\b/.test(c));
      expect(entities).toBeDefined();
      expect(Array.isArray(JSON.parse(entities![1].out))).toBe(true);
      const rows = JSON.parse(readFileSync(join(work, 'events.json'), 'utf8')) as Array<Record<string, unknown>>;
      expect(rows.length).toBeGreaterThan(0);
      for (const key of ['iri', 'type', 'agent', 'target', 'evidence', 'span', 'event', 'sources', 'status']) expect(rows[0]).toHaveProperty(key);
    });

    it('the build makes the graph the other commands read, and the named event exists in it', () => {
      expect(existsSync(join(work, 'out', 'graph.ttl'))).toBe(true);
      const why = [...runs].find(([c]) => / why /.test(c));
      expect(why?.[1].out).toMatch(/^Meeting https:\/\/w3id\.org\/newskg\/id\/event\/meeting-/);
    });

    it.runIf(existsSync(SHARED))('the eval example works as written: it builds out/seed first', () => {
      const evalRun = [...runs].find(([c]) => / eval --gold /.test(c));
      expect(evalRun).toBeDefined();
      expect(evalRun![1].out).toMatch(/F1|f1/);
    });
  });
});
