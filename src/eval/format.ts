// Plain-text rendering of an EvalReport for the terminal.

import type { ArticleDetails, EvalReport, EventDiff, Score, ScoreTable } from './types.js';

const COLUMNS = ['gold', 'pred', 'tp', 'P', 'R', 'F1'] as const;

function ratio(x: number | null): string {
  return x === null ? '-' : x.toFixed(3);
}

function cells(s: Score): string[] {
  return [String(s.gold), String(s.pred), String(s.tp), ratio(s.precision), ratio(s.recall), ratio(s.f1)];
}

export function formatTable(title: string, t: ScoreTable): string {
  const rows: string[][] = [[title, ...COLUMNS]];
  for (const [type, s] of Object.entries(t.byType)) rows.push([type, ...cells(s)]);
  rows.push(['all', ...cells(t.all)]);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '))
    .join('\n');
}

function arrow(d: EventDiff): string {
  return `${d.agent ?? '∅'} → ${d.target ?? '∅'}`;
}

function eventLine(kind: string, d: EventDiff): string {
  const hint = d.relaxedMatch ? '  [matches if target ignored]' : '';
  return `  ${kind} ${d.type}  ${arrow(d)}  "${d.evidence}"${hint}`;
}

function formatArticle(a: ArticleDetails): string {
  const head =
    `${a.article}  entities tp ${a.entities.tp}/gold ${a.entities.gold}/pred ${a.entities.pred}` +
    `  events tp ${a.events.tp}/gold ${a.events.gold}/pred ${a.events.pred}`;
  return [
    head,
    ...a.missedEntities.map((e) => `  FN entity ${e.type}  ${e.name}`),
    ...a.spuriousEntities.map((e) => `  FP entity ${e.type}  ${e.name}`),
    ...a.missedEvents.map((d) => eventLine('FN event', d)),
    ...a.spuriousEvents.map((d) => eventLine('FP event', d)),
  ].join('\n');
}

export function formatReport(r: EvalReport): string {
  const ignored = r.ignoredArticles.length
    ? ` (predictions for ${r.ignoredArticles.length} article(s) without gold ignored: ${r.ignoredArticles.join(', ')})`
    : '';
  const topic =
    r.events.topic.meanOverlap === null
      ? 'Topic overlap: - (no matched events)'
      : `Topic overlap (Jaccard, mean over ${r.events.topic.pairs} strict matches): ${ratio(r.events.topic.meanOverlap)}`;
  const parts = [
    `${r.articles.length} article(s) scored${ignored}`,
    formatTable('Entities', r.entities),
    formatTable('Events (strict)', r.events.strict),
    formatTable('Events (relaxed: target ignored)', r.events.relaxed),
    topic,
  ];
  if (r.details) parts.push(['Per article (FN = missed gold, FP = spurious prediction)', ...r.details.map(formatArticle)].join('\n\n'));
  return parts.join('\n\n') + '\n';
}
