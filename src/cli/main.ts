#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { EXIT, commanderLine, report } from './errors.js';
import { settleGraph } from './graph-arg.js';

// `newskg query … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const program = new Command();
program
  .name('newskg')
  .description('French news articles → RDF knowledge graph of people, organizations, places and events')
  .version('0.1.0')
  .option('--debug', 'print stack traces on errors')
  // Commander's own errors (unknown command or option, missing argument) in the one format of
  // every other error: `newskg: …` on one line, exit 2. Subcommands inherit this.
  .configureOutput({ outputError: (str, write) => write(commanderLine(str)) })
  .exitOverride()
  // One grammar for --graph in every command that has it: a file or a build folder; when not
  // given, the graph is chosen (NEWSKG_GRAPH, the last build, out/graph.ttl) and the reader
  // says which on stderr (graph-arg.ts).
  .hook('preAction', (_program, action) => {
    if (!action.options.some((o) => o.attributeName() === 'graph')) return;
    const source = action.getOptionValueSource('graph');
    const given = source === 'cli' || source === 'env';
    action.setOptionValueWithSource('graph', settleGraph(action.getOptionValue('graph') as string | undefined, given), source);
  });

// Each command's module is imported only when that command runs (all of them for --help), so
// that `newskg query` does not pay for the NLP, SHACL, browser-bundling and HTTP stacks.
type Register = (p: Command) => void;
const COMMANDS: Record<string, () => Promise<Register>> = {
  build: async () => (await import('./commands/build.js')).registerBuild,
  query: async () => (await import('./commands/query.js')).registerQuery,
  why: async () => (await import('./commands/why.js')).registerWhy,
  sparql: async () => (await import('./commands/sparql.js')).registerSparql,
  validate: async () => (await import('./commands/validate.js')).registerValidate,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  load: async () => (await import('./commands/load.js')).registerLoad,
  entities: async () => (await import('./commands/listing.js')).registerListings,
  events: async () => (await import('./commands/listing.js')).registerListings,
  eval: async () => (await import('./commands/eval.js')).registerEval,
  graph: async () => (await import('./commands/graph.js')).registerGraph,
  view: async () => (await import('./commands/view.js')).registerView,
};
const asked = process.argv.slice(2).find((a) => !a.startsWith('-'));
const names = asked && asked in COMMANDS ? [asked] : Object.keys(COMMANDS);
const registered = new Set<Register>();
for (const name of names) {
  const register = await COMMANDS[name]();
  if (!registered.has(register)) register(program);
  registered.add(register);
}

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
