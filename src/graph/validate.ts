// SHACL validation of a graph against ontology/shapes.ttl.
import { readFile } from 'node:fs/promises';
import { Parser } from 'n3';
import type { Quad } from 'n3';
import { packagePath } from './package-files.js';

export interface ShapeViolation {
  focusNode: string;
  path: string | null;
  message: string;
  severity: string;
}

export interface ValidationResult {
  conforms: boolean;
  violations: ShapeViolation[];
}

export function defaultShapesFile(): string {
  return packagePath('ontology', 'shapes.ttl');
}

/** Validates the union of all graphs: TriG keeps entity descriptions apart from the articles citing them. */
export async function validateGraph(quads: Iterable<Quad>, shapesFile = defaultShapesFile()): Promise<ValidationResult> {
  // Loaded here, not with the module: the SHACL stack (an RDF environment with its HTTP client)
  // takes about a second to load, and every build thread imports the graph code.
  const [{ default: rdf }, { default: SHACLValidator }] = await Promise.all([import('@zazuko/env-node'), import('rdf-validate-shacl')]);
  const shapes = rdf.dataset(new Parser({ format: 'text/turtle' }).parse(await readFile(shapesFile, 'utf8')));
  const data = rdf.dataset();
  for (const q of quads) data.add(rdf.quad(q.subject, q.predicate, q.object));
  const report = await new SHACLValidator(shapes, { factory: rdf }).validate(data);
  const violations = report.results.map((r) => ({
    focusNode: r.focusNode?.value ?? '',
    path: r.path && 'value' in r.path ? String(r.path.value) : null,
    message: r.message.map((m) => m.value).join('; ') || (r.sourceConstraintComponent?.value ?? 'violation'),
    severity: r.severity?.value.replace(/^.*#/, '') ?? 'Violation',
  }));
  return { conforms: report.conforms, violations };
}
