import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const SHARED = process.env.NEWSKG_SHARED ?? resolve(ROOT, '..', 'shared');
export const SEED = join(SHARED, 'corpus-seed');
export const GOLD = join(SHARED, 'eval');
export const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');

/** True when ../shared is there; when it is required (CI) and absent, fails loudly instead. */
export function haveShared(): boolean {
  const ok = existsSync(SEED) && existsSync(GOLD);
  if (!ok && process.env.NEWSKG_REQUIRE_SHARED === '1') throw new Error(`../shared is required but missing at ${SHARED}`);
  if (!ok) console.warn(`skipping: ${SHARED} (seed corpus and gold) is absent`);
  return ok;
}

/** True when an external tool is on PATH; required in CI (NEWSKG_REQUIRE_TOOLS=1). */
export function haveTool(name: string): boolean {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.NEWSKG_REQUIRE_TOOLS === '1') throw new Error(`${name} is required but not installed`);
    console.warn(`skipping: ${name} is not installed`);
    return false;
  }
}
