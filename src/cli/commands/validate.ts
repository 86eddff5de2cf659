// `newskg validate`: SHACL validation of a graph file against ontology/shapes.ttl.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { Parser, type Quad } from 'n3';
import { defaultShapesFile, formatFromFileName, validateGraph, type ShapeViolation } from '../../graph/index.js';
import { describeFsError } from '../../ingest/errors.js';
import { EXIT, oneLine, UserError } from '../errors.js';
import { announceGraph } from '../graph-arg.js';
import { graphOption } from './shared.js';

const N3_FORMAT = { turtle: 'text/turtle', nt: 'application/n-triples', trig: 'application/trig' } as const;

/** Quads of a Turtle, N-Triples or TriG file; any problem is one UserError line (exit 2). */
export async function readQuads(file: string, what = 'graph'): Promise<Quad[]> {
  const format = formatFromFileName(file);
  if (!format) throw new UserError(`cannot load ${what} ${file}: unknown graph format (expected .ttl, .nt or .trig)`);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`cannot load ${what} ${file}: ${code === 'ENOENT' ? 'no such file' : describeFsError(err)}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`cannot load ${what} ${file}: not valid UTF-8`);
  }
  try {
    return new Parser({ format: N3_FORMAT[format] }).parse(text);
  } catch (err) {
    const detail = String((err as Error).message ?? err).split('\n')[0];
    throw new UserError(`cannot load ${what} ${file}: invalid ${format === 'nt' ? 'N-Triples' : format === 'trig' ? 'TriG' : 'Turtle'}: ${detail}`);
  }
}

export function formatViolation(v: ShapeViolation): string {
  return oneLine(`${v.severity}: <${v.focusNode}>${v.path ? ` ${/^[a-z][a-z0-9+.-]*:/i.test(v.path) ? `<${v.path}>` : v.path}` : ''}: ${v.message}`);
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check a graph against the SHACL shapes (ontology/shapes.ttl); exit 1 on violations')
    .addOption(graphOption('graph file (.ttl, .nt, .trig), or the build folder'))
    .option('--shapes <file>', 'SHACL shapes (Turtle)', defaultShapesFile())
    .option('-f, --format <format>', 'text | json', 'text')
    .action(async (opts: { graph: string; shapes: string; format: string }) => {
      if (!['text', 'json'].includes(opts.format)) throw new UserError(`unknown --format ${JSON.stringify(opts.format)} (text, json)`);
      announceGraph(opts.graph);
      const quads = await readQuads(opts.graph);
      await readQuads(opts.shapes, 'shapes'); // a clear line for a bad shapes file before the engine sees it
      let result;
      try {
        result = await validateGraph(quads, opts.shapes);
      } catch (err) {
        throw new UserError(`cannot validate ${opts.graph} against ${opts.shapes}: ${String((err as Error).message ?? err).split('\n')[0]}`);
      }
      const violations = [...result.violations].sort((a, b) =>
        a.focusNode < b.focusNode ? -1 : a.focusNode > b.focusNode ? 1 : (a.path ?? '') < (b.path ?? '') ? -1 : (a.path ?? '') > (b.path ?? '') ? 1 : 0,
      );
      if (opts.format === 'json') {
        process.stdout.write(JSON.stringify({ graph: opts.graph, shapes: opts.shapes, triples: quads.length, conforms: result.conforms, violations }, null, 2) + '\n');
      } else {
        for (const v of violations) process.stdout.write(formatViolation(v) + '\n');
        process.stdout.write(
          result.conforms
            ? `${opts.graph}: conforms to ${opts.shapes} (${quads.length} triples)\n`
            : `${opts.graph}: ${violations.length} violation(s) of ${opts.shapes}\n`,
        );
      }
      process.exitCode = result.conforms ? EXIT.ok : EXIT.violations;
    });
}
