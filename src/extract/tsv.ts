import { existsSync, readFileSync } from 'node:fs';

/** Rows of a TSV data file with a header line; `#` lines and blank lines are comments. */
export function readTsv(path: string, header = true): Record<string, string>[] {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
  if (!header) return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [String(i), v.trim()])));
  const [head, ...rows] = lines;
  const cols = head.split('\t').map((c) => c.trim());
  return rows.map((l) => {
    const cells = l.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, (cells[i] ?? '').trim()]));
  });
}

export function readList(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export const splitBar = (s: string | undefined): string[] =>
  (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);
