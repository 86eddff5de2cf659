import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Data flows one way (ingest → nlp → extract → resolve/link → graph → query/store → the tools
// on top → cli): these tests read the sources' import lines and fail on a module that reaches
// back up the pipeline or on modules that import one another in a circle.

const SRC = resolve(__dirname, '../../src');

// A stage may import from stages of a lower rank only. Files at the top of src/ (types, paths)
// are shared by all; index.ts is the public entry that re-exports every stage.
const RANK: Record<string, number> = {
  'types.ts': 0, 'paths.ts': 0, 'random.ts': 0,
  ingest: 1, nlp: 2, extract: 3, resolve: 4, link: 4, graph: 5, query: 6, store: 7,
  analytics: 8, serve: 8, pipeline: 8, view: 9, eval: 9, cli: 10, 'index.ts': 11,
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Module → the modules it imports at run time (type-only imports leave no edge). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    const deps = [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gms)].map((m) => resolve(dirname(file), m[1].replace(/\.js$/, '.ts')));
    graph.set(file, deps);
  }
  return graph;
}

const stageOf = (file: string) => relative(SRC, file).split('/')[0];

describe('module structure', () => {
  const graph = importGraph();

  it('every stage is ranked, so a new one has to be placed in the flow', () => {
    const unranked = [...new Set([...graph.keys()].map(stageOf))].filter((s) => !(s in RANK));
    expect(unranked).toEqual([]);
  });

  it('no module imports from a later stage', () => {
    const back: string[] = [];
    for (const [file, deps] of graph) {
      for (const dep of deps) {
        const [from, to] = [stageOf(file), stageOf(dep)];
        if (from !== to && RANK[to] >= RANK[from]) back.push(`${relative(SRC, file)} -> ${relative(SRC, dep)}`);
      }
    }
    expect(back).toEqual([]);
  });

  it('no modules import one another in a circle', () => {
    // Tarjan's strongly connected components: any with two modules or more is a circle.
    let next = 0;
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const circles: string[][] = [];
    const visit = (v: string): void => {
      index.set(v, next);
      low.set(v, next++);
      stack.push(v);
      onStack.add(v);
      for (const w of graph.get(v) ?? []) {
        if (!graph.has(w)) continue;
        if (!index.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
      if (low.get(v) !== index.get(v)) return;
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(relative(SRC, w));
      } while (w !== v);
      if (component.length > 1) circles.push(component.sort());
    };
    for (const v of graph.keys()) if (!index.has(v)) visit(v);
    expect(circles).toEqual([]);
  });
});
