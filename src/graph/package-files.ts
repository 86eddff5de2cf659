// Locates files shipped with the package (ontology/, queries/) from both src/ (tests, tsx) and
// dist/src/ (the built CLI), whose depths below the package root differ.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'ontology'))) return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the newskg package root (no package.json with ontology/ above this module)');
    dir = parent;
  }
}

export function packagePath(...segments: string[]): string {
  return join(packageRoot(), ...segments);
}
