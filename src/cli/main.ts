#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { registerBuild } from './commands/build.js';
import { registerEval } from './commands/eval.js';
import { registerGraph } from './commands/graph.js';
import { registerListings } from './commands/listing.js';
import { registerQuery } from './commands/query.js';
import { EXIT, report } from './errors.js';
import { registerView } from '../view/command.js';

const program = new Command();
program
  .name('newskg')
  .description('French news articles → RDF knowledge graph of people, organizations, places and events')
  .version('0.1.0')
  .option('--debug', 'print stack traces on errors')
  .exitOverride();

registerBuild(program);
registerQuery(program);
registerListings(program);
registerEval(program);
registerGraph(program);
registerView(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // Help and version are not failures; commander already printed its message.
    process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    report(err, program.opts().debug === true || process.argv.includes('--debug'));
  }
}
