import type { Command } from 'commander';
import { resolve } from 'node:path';
import { evaluate, formatReport, GoldError, loadGold } from '../../eval/index.js';
import { entitiesByArticle, listEvents } from '../../query/index.js';
import { oneLine, UserError } from '../errors.js';
import { openGraph } from './shared.js';

interface EvalOptions {
  gold: string;
  graph?: string;
  articles?: string;
  only?: string;
  verbose?: boolean;
  format: string;
  details?: boolean;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score against gold annotations: build each article of --articles on its own as the outside scorer does, or score one built --graph')
    .requiredOption('--gold <dir>', 'folder of NAME.gold.json files')
    .option('--articles <dir>', 'folder of the articles the gold files name: each is built on its own and scored with the outside scorer\'s rules')
    .option('-g, --graph <file>', 'graph file (or build folder) to score with the project\'s own rules (src/eval/README.md)')
    .option('--only <substr>', 'with --articles: only gold files whose name contains this')
    .option('--verbose', 'with --articles: list each article\'s missed and spurious events and entities')
    .option('-f, --format <format>', 'table | json', 'table')
    .option('--details', 'with --graph: list false positives and false negatives per article')
    .action(async (opts: EvalOptions) => {
      if (opts.format !== 'table' && opts.format !== 'json') throw new UserError(`unknown --format ${JSON.stringify(opts.format)} (table, json)`);
      if ((opts.articles === undefined) === (opts.graph === undefined)) {
        throw new UserError('eval needs either --articles DIR (build and score each article) or --graph FILE (score a built graph), not both');
      }
      if (opts.articles !== undefined) return evalArticles(opts.articles, opts);
      if (opts.only !== undefined || opts.verbose) throw new UserError('--only and --verbose go with --articles (with --graph, use --details)');
      await evalGraph(opts.graph!, opts);
    });
}

async function evalGraph(graph: string, opts: EvalOptions): Promise<void> {
  let gold;
  try {
    gold = loadGold(opts.gold);
  } catch (err) {
    if (err instanceof GoldError) throw new UserError(err.message);
    throw err;
  }
  const store = await openGraph(graph);
  const report = evaluate(gold, entitiesByArticle(store), listEvents(store), { details: !!opts.details });
  if (opts.format === 'json') process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else process.stdout.write(formatReport(report) + '\n');
}

async function evalArticles(articles: string, opts: EvalOptions): Promise<void> {
  if (opts.details) throw new UserError('--details goes with --graph (with --articles, use --verbose)');
  // Loaded here: the build pipeline and its lexicons are not needed to score a built graph.
  const [{ runOutsideEval, OutsideGoldError }, { buildOne }, { formatOutsideTable, formatDoc }] = await Promise.all([
    import('../../eval/outside-run.js'),
    import('../../eval/build-one.js'),
    import('../../eval/outside-format.js'),
  ]);
  const tty = process.stderr.isTTY;
  let done = 0;
  let report;
  try {
    report = await runOutsideEval(resolve(articles), opts.gold, {
      only: opts.only,
      system: buildOne,
      onArticle: tty ? (_, file) => process.stderr.write(`\r\x1b[K[${++done}] ${oneLine(file).slice(-60)}`) : undefined,
    });
  } catch (err) {
    if (err instanceof OutsideGoldError) throw new UserError(err.message);
    throw err;
  } finally {
    if (tty) process.stderr.write('\r\x1b[K');
  }
  if (opts.format === 'json') return void process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  if (opts.verbose) for (const d of report.perDoc) process.stdout.write(formatDoc(d) + '\n');
  process.stdout.write(formatOutsideTable(report));
}
