// Bundles the page script (sigma, graphology, ForceAtlas2 and src/view/page/app) with esbuild from
// this package's own files, so the page needs nothing from the network when it is opened.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: Promise<string> | null = null;

/** The page entry beside this module: compiled `page/app.js` in dist, `page/app.ts` when run from source. */
export function pageEntry(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const name of ['page/app.js', 'page/app.ts']) {
    const file = resolve(here, name);
    if (existsSync(file)) return file;
  }
  throw new Error(`cannot find the page script beside ${here} (page/app.js or page/app.ts)`);
}

/** The minified browser bundle as one string (IIFE), built once per process. */
export function pageBundle(): Promise<string> {
  cached ??= buildBundle().catch((err) => {
    cached = null;
    throw err;
  });
  return cached;
}

async function buildBundle(): Promise<string> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error('newskg view needs the esbuild package (npm install esbuild)');
  }
  const entry = pageEntry();
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: dirname(entry),
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    minify: true,
    legalComments: 'eof',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild produced no output for the page script');
  return out.text;
}
