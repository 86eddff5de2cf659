import type { Command } from 'commander';
import { listEntities, listEvents } from '../../query/index.js';
import { UserError } from '../errors.js';
import { DEFAULT_GRAPH, openGraph } from './shared.js';

// `entities` and `events` print the public JSON contract (README, "JSON contract").
export function registerListings(program: Command): void {
  program
    .command('entities')
    .description('list the entities of a graph (people, organizations, countries, places)')
    .option('-g, --graph <file>', 'graph file', DEFAULT_GRAPH)
    .option('-f, --format <format>', 'table | json', 'table')
    .action(async (opts: { graph: string; format: string }) => {
      const rows = listEntities(await openGraph(opts.graph));
      if (opts.format === 'json') return void process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
      if (opts.format !== 'table') throw new UserError(`unknown --format ${JSON.stringify(opts.format)} (table, json)`);
      for (const e of rows) process.stdout.write(`${e.type.padEnd(12)} ${e.label.padEnd(40)} ${String(e.mentions).padStart(4)}  ${e.aliases.join(' | ')}\n`);
    });
  program
    .command('events')
    .description('list the event mentions of a graph (one per article reporting an event) with their evidence')
    .option('-g, --graph <file>', 'graph file', DEFAULT_GRAPH)
    .option('-f, --format <format>', 'table | json', 'table')
    .action(async (opts: { graph: string; format: string }) => {
      const rows = listEvents(await openGraph(opts.graph));
      if (opts.format === 'json') return void process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
      if (opts.format !== 'table') throw new UserError(`unknown --format ${JSON.stringify(opts.format)} (table, json)`);
      for (const e of rows) {
        const who = [e.agent?.label ?? '?', e.target ? `→ ${e.target.label}` : ''].join(' ');
        const sources = e.sources > 1 ? `  (1 of ${e.sources} sources)` : '';
        process.stdout.write(`${e.type.padEnd(11)} ${who.padEnd(44)} ${(e.topic ?? '').slice(0, 50).padEnd(50)} ${e.date ?? '          '} ${e.source}${sources}\n`);
      }
    });
}
