// `newskg view`: writes one self-contained HTML page drawing the actor graph.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { DEFAULT_PAGE, writeViewOf } from '../../view/write.js';
import { UserError } from '../errors.js';
import { graphOption, openGraph } from './shared.js';

function openInBrowser(file: string): void {
  const url = pathToFileURL(resolve(file)).href;
  const [cmd, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  const child = spawn(cmd, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => process.stderr.write(`newskg: could not open a browser; open ${url} yourself\n`));
  child.unref();
}

export function registerView(program: Command): void {
  program
    .command('view')
    .description('write one self-contained HTML page that draws the actor graph (sigma.js), with search, filters and evidence')
    .addOption(graphOption())
    .option('-o, --out <file>', 'HTML file to write', DEFAULT_PAGE)
    .option('--title <text>', 'page title')
    .option('--iterations <n>', 'ForceAtlas2 iterations (default: by graph size)')
    .option('--open', 'open the page in the default browser')
    .action(async (opts: { graph: string; out: string; title?: string; iterations?: string; open?: boolean }) => {
      let iterations: number | undefined;
      if (opts.iterations !== undefined) {
        iterations = Number(opts.iterations);
        if (!Number.isInteger(iterations) || iterations < 0) throw new UserError(`--iterations must be a non-negative integer, not ${JSON.stringify(opts.iterations)}`);
      }
      const r = await writeViewOf(await openGraph(opts.graph), { graph: opts.graph, out: opts.out, title: opts.title, iterations });
      process.stdout.write(`Wrote ${r.file} (${r.nodes} actors, ${r.edges} interactions, ${Math.round(r.bytes / 1024)} KiB)\n`);
      if (opts.open) openInBrowser(r.file);
    });
}
