// `newskg why <event>`: the mentions an event was merged from and the rule that merged them.
import type { Command } from 'commander';
import { explainEvent, explanationTable, findEvents, formatCsv, type EventExplanation } from '../../query/index.js';
import { UserError } from '../errors.js';
import { graphOption, openGraph } from './shared.js';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd').trim();

export function formatExplanation(x: EventExplanation): string {
  const actors = [x.agent, x.target, ...x.participants].filter((r): r is NonNullable<typeof r> => r !== null);
  const who =
    x.type === 'Meeting'
      ? [...new Set(actors.map((a) => a.label))].join(', ')
      : `${x.agent?.label ?? '?'}${x.target ? ` → ${x.target.label}` : ''}`;
  const [, ...shared] = x.explanation.split(':');
  const lines = [
    `${x.type} ${x.event}`,
    `  who      ${who}`,
    ...(x.place ? [`  where    ${x.place.label}`] : []),
    `  when     ${x.date ?? 'no date'}`,
    ...(x.topic ? [`  topic    ${oneLine(x.topic)}`] : []),
    ...(x.quote ? [`  quote    « ${oneLine(x.quote)} »`] : []),
    `  sources  ${x.sources} article${x.sources === 1 ? '' : 's'}, ${x.mentions.length} mention${x.mentions.length === 1 ? '' : 's'}`,
    `  rule     ${x.rule}`,
    ...shared.join(':').split('; ').map((part) => part.trim()).filter((p) => p !== '').map((p) => `           ${p}`),
    '',
    'Merged mentions',
  ];
  for (const m of x.mentions) {
    const where = `[${m.span[0]}, ${m.span[1]}]${m.sentence === null ? '' : ` sentence ${m.sentence}`}`;
    lines.push(`  ${m.article}  ${where}  trigger «${oneLine(m.trigger)}»`, `    « ${oneLine(m.evidence)} »`);
  }
  return `${lines.join('\n')}\n`;
}

export function registerWhy(program: Command): void {
  program
    .command('why')
    .description('explain a merged event: the mentions (article, evidence, span) it was merged from, and the rule that merged them')
    .argument('<event>', 'event IRI, event-mention IRI, or the end of one (e.g. meeting-e8eff561f004)')
    .addOption(graphOption())
    .option('-f, --format <format>', 'table | json | csv (csv: one row per merged mention)', 'table')
    .action(async (text: string, opts: { graph: string; format: string }) => {
      if (!['table', 'json', 'csv'].includes(opts.format)) throw new UserError(`unknown --format ${JSON.stringify(opts.format)} (table, json, csv)`);
      const store = await openGraph(opts.graph);
      const found = findEvents(store, text);
      if (found.length === 0) throw new UserError(`no event matches ${JSON.stringify(text)} in ${opts.graph} (see newskg events or newskg query timeline)`);
      if (found.length > 1) {
        const shown = found.slice(0, 5).join(', ');
        throw new UserError(`${JSON.stringify(text)} matches ${found.length} events (${shown}${found.length > 5 ? ', …' : ''}); give more of the IRI`);
      }
      const x = explainEvent(store, found[0]);
      if (!x) throw new UserError(`${found[0]} has no event type in ${opts.graph}`);
      if (opts.format === 'csv') return void process.stdout.write(formatCsv(explanationTable(x)));
      process.stdout.write(opts.format === 'json' ? `${JSON.stringify(x, null, 2)}\n` : formatExplanation(x));
    });
}
