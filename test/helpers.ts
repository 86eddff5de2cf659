import { spawn, type SpawnOptions } from 'node:child_process';
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

export interface Ran {
  code: number | null;
  out: string;
  err: string;
}

/** Runs a program to its end, collecting what it printed and its exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}
