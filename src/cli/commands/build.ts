import type { Command } from 'commander';
import { buildCorpus, type BuildSummary } from '../../pipeline/build.js';
import type { GraphFormat } from '../../graph/index.js';
import { EXIT, oneLine, UserError } from '../errors.js';
import { recordLastBuild } from '../graph-arg.js';

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('extract entities and events from French news articles and write the RDF graph')
    .argument('[paths...]', 'files or directories (.txt, .md, .html, .jsonl)', ['corpus'])
    .option('-o, --out <dir>', 'output directory', 'out')
    .option('--base <iri>', 'base IRI for the data', 'https://w3id.org/newskg/id/')
    .option('--format <format>', 'turtle | nt | trig', 'turtle')
    .option('-j, --workers <n>', 'extraction threads (default: one per core)')
    .option('--no-cache', 'extract every article again, ignoring out/.cache')
    .option('--max-seconds <s>', 'skip an article whose extraction, or the writing of its graph, takes longer (0 = no limit)', '60')
    .option('--max-chars <n>', 'skip an article whose text is longer (0 = no limit)', '1000000')
    .option('--lang-check <on|off>', 'skip an article that does not read as French text', 'on')
    .action(async (paths: string[], opts: { out: string; base: string; format: string; workers?: string; cache: boolean; maxSeconds: string; maxChars: string; langCheck: string }) => {
      const workers = opts.workers === undefined ? undefined : Number(opts.workers);
      if (workers !== undefined && (!Number.isInteger(workers) || workers < 1)) throw new UserError(`--workers must be a whole number ≥ 1, not ${JSON.stringify(opts.workers)}`);
      const maxSeconds = Number(opts.maxSeconds);
      if (opts.maxSeconds.trim() === '' || !Number.isFinite(maxSeconds) || maxSeconds < 0) throw new UserError(`--max-seconds must be a number of seconds ≥ 0, not ${JSON.stringify(opts.maxSeconds)}`);
      const maxChars = Number(opts.maxChars);
      if (!Number.isInteger(maxChars) || maxChars < 0) throw new UserError(`--max-chars must be a whole number ≥ 0, not ${JSON.stringify(opts.maxChars)}`);
      if (!['turtle', 'nt', 'trig'].includes(opts.format)) throw new UserError(`unknown --format ${JSON.stringify(opts.format)} (turtle, nt or trig)`);
      if (opts.langCheck !== 'on' && opts.langCheck !== 'off') throw new UserError(`--lang-check must be on or off, not ${JSON.stringify(opts.langCheck)}`);
      const tty = process.stderr.isTTY;
      const summary = await buildCorpus(paths, {
        outDir: opts.out,
        base: opts.base,
        format: opts.format as GraphFormat,
        workers,
        cache: opts.cache,
        maxSeconds,
        maxChars,
        langCheck: opts.langCheck === 'on',
        onProblem: (p) => process.stderr.write(`${tty ? '\r\x1b[K' : ''}newskg: skipped ${oneLine(`${p.origin}: ${p.message}`)}\n`),
        onWarning: (w) => process.stderr.write(`${tty ? '\r\x1b[K' : ''}newskg: warning: ${oneLine(`${w.origin}: ${w.message}`)}\n`),
        onProgress: tty ? (n, origin) => process.stderr.write(`\r\x1b[K[${n}] ${oneLine(origin).slice(-60)}`) : undefined,
      });
      if (tty) process.stderr.write('\r\x1b[K');
      if (summary.articles === 0) throw new UserError(`nothing could be built from ${oneLine(paths.join(', '))}`, EXIT.usage);
      process.stdout.write(formatSummary(summary));
      await recordLastBuild(summary.output); // the reading commands default to this graph
      process.exitCode = summary.skipped.length ? EXIT.skipped : EXIT.ok;
    });
}

export function formatSummary(s: BuildSummary): string {
  const ents = Object.entries(s.entities).map(([k, v]) => `${k} ${v}`).join(', ');
  const evs = Object.entries(s.events).map(([k, v]) => `${k} ${v}`).join(', ');
  const lines = [
    `Built ${s.output}`,
    `  articles  ${s.articles}${s.skipped.length ? ` (${s.skipped.length} input(s) skipped)` : ''}`,
    `  entities  ${Object.values(s.entities).reduce((a, b) => a + b, 0)} (${ents})`,
    `  events    ${Object.values(s.events).reduce((a, b) => a + b, 0)} (${evs})`,
    `            from ${s.eventMentions} mention(s); ${s.multiSourceEvents} reported by several articles`,
    `  triples   ${s.triples}`,
    `  warnings  ${s.warnings.length}`,
    `  time      extract ${s.seconds.extract.toFixed(1)} s, resolve ${s.seconds.resolve.toFixed(1)} s, write ${s.seconds.write.toFixed(1)} s` +
      ` (${s.workers} thread${s.workers === 1 ? '' : 's'}${s.cached ? `, ${s.cached} article(s) from the cache` : ''})`,
  ];
  for (const p of s.skipped) lines.push(`  skipped   ${oneLine(`${p.origin}: ${p.message}`)}`);
  return lines.join('\n') + '\n';
}
