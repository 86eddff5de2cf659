import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The package's own files (data/, ontology/, queries/) sit at its root, which is two levels
// above src/ when run from sources and three above dist/src/ when compiled.
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('newskg: cannot find the package root (data/ folder missing)');
}

export const PACKAGE_ROOT = findRoot();
export const dataPath = (...parts: string[]): string => join(PACKAGE_ROOT, 'data', ...parts);
