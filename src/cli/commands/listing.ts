import type { Command } from 'commander';
import { entitiesTable, eventsTable, formatCsv, formatTable, listEntities, listEvents } from '../../query/index.js';
import { graphOption, openGraph, outputFormat, tableOptions } from './shared.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// `entities` and `events` print the public JSON contract (README, "JSON contract"); table and
// csv are for people and spreadsheets.
export function registerListings(program: Command): void {
  program
    .command('entities')
    .description('list the entities of a graph (people, organizations, countries, places)')
    .addOption(graphOption())
    .option('-f, --format <format>', 'table | json | csv', 'table')
    .action(async (opts: { graph: string; format: string }) => {
      const format = outputFormat(opts.format);
      const rows = listEntities(await openGraph(opts.graph));
      if (format === 'json') return void process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
      if (format === 'csv') return void process.stdout.write(formatCsv(entitiesTable(rows, true)));
      process.stdout.write(formatTable(entitiesTable(rows), tableOptions({ maxCell: 80, empty: null })));
      process.stdout.write(`${plural(rows.length, 'entity', 'entities')}\n`);
    });
  program
    .command('events')
    .description('list the event mentions of a graph (one per article reporting an event) with their evidence')
    .addOption(graphOption())
    .option('-f, --format <format>', 'table | json | csv', 'table')
    .action(async (opts: { graph: string; format: string }) => {
      const format = outputFormat(opts.format);
      const rows = listEvents(await openGraph(opts.graph));
      if (format === 'json') return void process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
      if (format === 'csv') return void process.stdout.write(formatCsv(eventsTable(rows, true)));
      process.stdout.write(formatTable(eventsTable(rows), tableOptions({ empty: null })));
      const events = new Set(rows.map((e) => e.event)).size;
      process.stdout.write(`${plural(rows.length, 'event mention')} (${plural(events, 'event')})\n`);
    });
}
