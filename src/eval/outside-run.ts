// A folder of gold files scored the way the outside scorer scores it: each article built on its
// own, in gold-file order, a failed build scored as an empty output and listed, a missing article
// listed and not scored.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutsideGold } from './outside-match.js';
import {
  assertedEvents, emptyTotals, outsideReport, scoreArticle, type DocReport, type OutsideReport, type SystemOutput,
} from './outside-score.js';

export class OutsideGoldError extends Error {
  override name = 'OutsideGoldError';
}

export interface OutsideRunOptions {
  /** Only gold files whose name contains this. */
  only?: string;
  /** Builds one article file; a thrown error fails that article. */
  system: (articleFile: string) => Promise<SystemOutput>;
  /** Called after each article, for progress display. */
  onArticle?: (doc: DocReport | null, file: string) => void;
}

/** `NAME.gold.json` files in `goldDir`, sorted, optionally filtered by a substring of the name. */
export function goldFiles(goldDir: string, only?: string): string[] {
  let names: string[];
  try {
    names = readdirSync(goldDir);
  } catch (err) {
    throw new OutsideGoldError(`cannot read gold folder ${goldDir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return names.filter((f) => f.endsWith('.gold.json')).sort().filter((f) => !only || f.includes(only));
}

function readGold(file: string): OutsideGold {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new OutsideGoldError(`${file}: ${(err as Error).message.replace(/\s+/g, ' ')}`);
  }
  // Only what the scorer needs to run at all; it checks nothing else.
  const g = raw as Partial<OutsideGold> | null;
  if (!g || typeof g.doc !== 'string' || !Array.isArray(g.entities) || !Array.isArray(g.events)) {
    throw new OutsideGoldError(`${file}: not a gold file (needs "doc", "entities" and "events")`);
  }
  return g as OutsideGold;
}

/** The scorer's stderr digest: the first line that says error, else the first line. */
function failureLine(err: unknown): string {
  const lines = String((err as Error)?.message ?? err).split('\n').filter(Boolean);
  return lines.find((l) => /error/i.test(l)) ?? lines[0] ?? 'failed';
}

export async function runOutsideEval(articlesDir: string, goldDir: string, opts: OutsideRunOptions): Promise<OutsideReport> {
  const files = goldFiles(goldDir, opts.only);
  const totals = emptyTotals();
  const perDoc: DocReport[] = [];
  const failures: string[] = [];
  for (const gf of files) {
    const gold = readGold(join(goldDir, gf));
    const art = join(articlesDir, gold.doc);
    if (!existsSync(art)) {
      failures.push(`${gold.doc}: article missing`);
      opts.onArticle?.(null, gf);
      continue;
    }
    let sys: SystemOutput = { entities: [], events: [] };
    try {
      const built = await opts.system(art);
      sys = { entities: built.entities, events: assertedEvents(built.events) };
    } catch (err) {
      failures.push(`${gold.doc}: ${failureLine(err)}`);
    }
    const doc = scoreArticle(gold, sys, readFileSync(art, 'utf8'), totals);
    perDoc.push(doc);
    opts.onArticle?.(doc, gf);
  }
  return outsideReport(files.length, totals, failures, perDoc);
}
