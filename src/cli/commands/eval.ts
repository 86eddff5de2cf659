import type { Command } from 'commander';
import { evaluate, formatReport, GoldError, loadGold } from '../../eval/index.js';
import { entitiesByArticle, listEvents } from '../../query/index.js';
import { UserError } from '../errors.js';
import { DEFAULT_GRAPH, openGraph } from './shared.js';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score a graph against gold annotations (precision, recall, F1 for entities and events)')
    .requiredOption('--gold <dir>', 'folder of NAME.gold.json files')
    .option('-g, --graph <file>', 'graph file', DEFAULT_GRAPH)
    .option('-f, --format <format>', 'table | json', 'table')
    .option('--details', 'list false positives and false negatives per article')
    .action(async (opts: { gold: string; graph: string; format: string; details?: boolean }) => {
      let gold;
      try {
        gold = loadGold(opts.gold);
      } catch (err) {
        if (err instanceof GoldError) throw new UserError(err.message);
        throw err;
      }
      const store = await openGraph(opts.graph);
      const report = evaluate(gold, entitiesByArticle(store), listEvents(store), { details: !!opts.details });
      if (opts.format === 'json') process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      else process.stdout.write(formatReport(report) + '\n');
    });
}
