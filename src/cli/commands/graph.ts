// `newskg graph …`: analytics over the actor projection (people, organizations, countries and
// their typed interactions).
import type { Command } from 'commander';
import type { Store } from 'oxigraph';
import {
  actorCommunities,
  actorNeighbours,
  EXPORT_FORMATS,
  exportGraph,
  graphStats,
  interactionPath,
  projectActors,
  writeFileAtomic,
  type ActorGraph,
  type ExportFormat,
  type NeighbourInteraction,
} from '../../analytics/index.js';
import { formatTable, resolveEntity } from '../../query/index.js';
import { UserError } from '../errors.js';
import { graphOption, openGraph, tableOptions } from './shared.js';

type TableOrJson = 'table' | 'json';

function tableOrJson(f: string): TableOrJson {
  if (f !== 'table' && f !== 'json') throw new UserError(`unknown --format ${JSON.stringify(f)} (table, json)`);
  return f;
}

function positiveInt(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`${name} must be a positive integer, not ${JSON.stringify(v)}`);
  return n;
}

const json = (x: unknown) => process.stdout.write(`${JSON.stringify(x, null, 2)}\n`);

/** The actor node a user means, by any label or alias; a one-line UserError when there is none. */
export function resolveActor(store: Store, graph: ActorGraph, text: string, graphFile: string): string {
  const matches = resolveEntity(store, text);
  if (matches.length === 0) throw new UserError(`no entity matches ${JSON.stringify(text)} in ${graphFile}`);
  const actors = matches.filter((m) => graph.hasNode(m.iri));
  if (actors.length === 0) {
    const m = matches[0];
    const why = m.type === 'Place' ? 'is a place, not an actor' : 'takes part in no event';
    throw new UserError(`${JSON.stringify(text)} matches ${m.label}, which ${why} in ${graphFile}`);
  }
  const best = actors[0];
  const ties = actors.filter((m) => m.score === best.score && m.iri !== best.iri);
  if (ties.length) process.stderr.write(`newskg: ${JSON.stringify(text)} also matches ${ties.map((t) => t.label).join(', ')}; using ${best.label}\n`);
  return best.iri;
}

function arrow(i: NeighbourInteraction): string {
  return i.direction === 'out' ? `${i.type} →` : i.direction === 'in' ? `← ${i.type}` : i.type;
}

async function load(file: string): Promise<{ store: Store; graph: ActorGraph }> {
  const store = await openGraph(file);
  return { store, graph: projectActors(store) };
}

export function registerGraph(program: Command): void {
  const graph = program
    .command('graph')
    .description('actor graph analytics: stats, neighbors, path, communities, export (Gephi/Cytoscape)');

  graph
    .command('stats')
    .description('nodes, edges, density and the top actors by degree and by PageRank')
    .addOption(graphOption())
    .option('-f, --format <format>', 'table | json', 'table')
    .option('--top <n>', 'how many top actors to list', '10')
    .action(async (opts: { graph: string; format: string; top: string }) => {
      const format = tableOrJson(opts.format);
      const top = positiveInt('--top', opts.top);
      const { graph: g } = await load(opts.graph);
      const s = graphStats(g, top);
      if (format === 'json') return void json(s);
      const pairs = (g.order * (g.order - 1)) / 2;
      const lines = [
        `Actor graph of ${opts.graph}`,
        `  nodes     ${s.nodes} (${Object.entries(s.nodesByType).map(([k, v]) => `${k} ${v}`).join(', ')})`,
        `  edges     ${s.edges} typed interactions (${Object.entries(s.edgesByType).map(([k, v]) => `${k} ${v}`).join(', ')})`,
        `  events    ${s.interactions} behind those edges`,
        `  density   ${s.density.toFixed(4)} (${s.connectedPairs} connected pairs of ${pairs})`,
        `  isolated  ${s.isolated} actors with no interaction`,
        '',
        'Top actors by degree',
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
      const rows = (list: typeof s.topByDegree) =>
        list.map((r, i) => ({
          '#': String(i + 1),
          actor: r.label,
          type: r.type,
          degree: String(r.degree),
          neighbours: String(r.neighbours),
          events: String(r.weightedDegree),
          pagerank: r.pagerank.toFixed(4),
        }));
      const columns = ['#', 'actor', 'type', 'degree', 'neighbours', 'events', 'pagerank'];
      process.stdout.write(formatTable({ columns, rows: rows(s.topByDegree) }, tableOptions()));
      process.stdout.write('\nTop actors by PageRank\n');
      process.stdout.write(formatTable({ columns, rows: rows(s.topByPagerank) }, tableOptions()));
    });

  graph
    .command('neighbors')
    .alias('neighbours')
    .description('the actors an entity interacts with, and how')
    .argument('<entity>', 'a name or alias, any case or accents')
    .addOption(graphOption())
    .option('-f, --format <format>', 'table | json', 'table')
    .action(async (entity: string, opts: { graph: string; format: string }) => {
      const format = tableOrJson(opts.format);
      const { store, graph: g } = await load(opts.graph);
      const node = resolveActor(store, g, entity, opts.graph);
      const list = actorNeighbours(g, node);
      const label = g.getNodeAttribute(node, 'label');
      if (format === 'json') return void json({ iri: node, label, neighbours: list });
      process.stdout.write(`${label} — ${list.length} neighbour(s)\n\n`);
      const rows = list.map((n) => ({
        neighbour: n.label,
        type: n.type,
        events: String(n.weight),
        interactions: n.interactions.map((i) => `${arrow(i)} ×${i.weight}`).join(', '),
      }));
      process.stdout.write(formatTable({ columns: ['neighbour', 'type', 'events', 'interactions'], rows }, tableOptions({ maxCell: 80 })));
    });

  graph
    .command('path')
    .description('shortest chain of interactions between two actors (direction ignored), with each hop\'s evidence')
    .argument('<a>', 'first actor, by any name or alias')
    .argument('<b>', 'second actor')
    .addOption(graphOption())
    .option('-f, --format <format>', 'table | json', 'table')
    .action(async (a: string, b: string, opts: { graph: string; format: string }) => {
      const format = tableOrJson(opts.format);
      const { store, graph: g } = await load(opts.graph);
      const from = resolveActor(store, g, a, opts.graph);
      const to = resolveActor(store, g, b, opts.graph);
      const hops = interactionPath(g, from, to);
      const label = (n: string) => g.getNodeAttribute(n, 'label');
      if (format === 'json') {
        return void json({ from: { iri: from, label: label(from) }, to: { iri: to, label: label(to) }, length: hops?.length ?? null, hops });
      }
      if (hops === null) {
        process.stdout.write(`No chain of interactions links ${label(from)} and ${label(to)}.\n`);
        process.exitCode = 1;
        return;
      }
      const chain = [label(from), ...hops.map((h) => h.to.label)].join(' → ');
      const out = [`${chain} (${hops.length} hop${hops.length === 1 ? '' : 's'})`];
      hops.forEach((h, i) => {
        out.push('', `${i + 1}. ${h.from.label} — ${h.to.label}`);
        for (const it of h.interactions) {
          out.push(`   ${arrow(it)} (${it.weight} event${it.weight === 1 ? '' : 's'})`);
          for (const e of it.events) {
            out.push(`     ${e.type}${e.topic ? `: ${oneLine(e.topic)}` : ''}${e.date ? `  (${e.date})` : ''}`);
            for (const r of e.reports) out.push(`       « ${oneLine(r.sentence)} »  [${r.source}${r.articleDate ? `, ${r.articleDate}` : ''}]`);
          }
        }
      });
      process.stdout.write(`${out.join('\n')}\n`);
    });

  graph
    .command('communities')
    .description('Louvain communities of actors (seeded, so the same graph gives the same communities)')
    .addOption(graphOption())
    .option('-f, --format <format>', 'table | json', 'table')
    .option('--seed <n>', 'random seed for Louvain', '42')
    .option('--resolution <r>', 'Louvain resolution (higher: smaller communities)', '1')
    .action(async (opts: { graph: string; format: string; seed: string; resolution: string }) => {
      const format = tableOrJson(opts.format);
      const seed = Number(opts.seed);
      if (!Number.isInteger(seed)) throw new UserError(`--seed must be an integer, not ${JSON.stringify(opts.seed)}`);
      const resolution = Number(opts.resolution);
      if (!(resolution > 0)) throw new UserError(`--resolution must be a positive number, not ${JSON.stringify(opts.resolution)}`);
      const { graph: g } = await load(opts.graph);
      const r = actorCommunities(g, { seed, resolution });
      if (format === 'json') return void json(r);
      process.stdout.write(`${r.communities.length} communities, modularity ${r.modularity.toFixed(4)}\n\n`);
      const rows = r.communities.map((c) => ({ '#': String(c.id), size: String(c.size), members: c.members.map((m) => m.label).join(', ') }));
      process.stdout.write(formatTable({ columns: ['#', 'size', 'members'], rows }, tableOptions({ maxCell: 160 })));
    });

  graph
    .command('export')
    .description('write the actor graph as GraphML or GEXF (Gephi, Cytoscape) or graphology JSON')
    .addOption(graphOption())
    .option('-f, --format <format>', 'graphml | gexf | json', 'graphml')
    .option('-o, --out <file>', 'output file (default: standard output)')
    .action(async (opts: { graph: string; format: string; out?: string }) => {
      if (!EXPORT_FORMATS.includes(opts.format as ExportFormat)) {
        throw new UserError(`unknown --format ${JSON.stringify(opts.format)} (${EXPORT_FORMATS.join(', ')})`);
      }
      const { graph: g } = await load(opts.graph);
      const text = exportGraph(g, opts.format as ExportFormat);
      if (!opts.out) return void process.stdout.write(text);
      await writeFileAtomic(opts.out, text);
      process.stderr.write(`Wrote ${opts.out} (${g.order} nodes, ${g.size} edges)\n`);
    });
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd').trim();
}
