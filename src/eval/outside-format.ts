// The outside scorer's terminal output, character for character, so that runs of either can be
// diffed; plus, for --verbose, the per-article misses it only writes as JSON.
import type { DocReport, OutsideReport, Prf } from './outside-score.js';
import { prf } from './outside-score.js';

/** FAIL lines, the P/R/F1 table, the topic line and the summary line. */
export function formatOutsideTable(r: OutsideReport): string {
  const lines = r.failures.map((f) => `FAIL ${f}`);
  lines.push('type         P     R     F1    (tp/sys/gold)');
  const rows: Record<string, Prf> = { entities: r.entities, entitiesTyped: r.entitiesTyped, ...r.events, ALL_EVENTS: r.allEvents };
  for (const [k, v] of Object.entries(rows)) lines.push(`${k.padEnd(12)} ${v.p.toFixed(2)}  ${v.r.toFixed(2)}  ${v.f1.toFixed(2)}  (${v.tp}/${v.sys}/${v.gold})`);
  lines.push(`topic agreement on matched non-meeting events: ${r.topicAgreement}`);
  lines.push(summaryLine(r));
  return lines.join('\n') + '\n';
}

/** The line release notes quote: `entityF1= typedEntityF1= accusationF1= eventF1= failures=`. */
export function summaryLine(r: OutsideReport): string {
  const acc = r.events.Accusation ?? prf(0, 0, 0);
  return `entityF1=${r.entities.f1} typedEntityF1=${r.entitiesTyped.f1} accusationF1=${acc.f1} eventF1=${r.allEvents.f1} failures=${r.failures.length}`;
}

/** One article's misses (gold not found) and spurious items (system not in the gold). */
export function formatDoc(d: DocReport): string {
  const e = d.entities;
  const lines = [
    `${d.doc}  entities ${e.tp}/${e.sys}/${e.gold}  events ${d.events.tp}/${d.events.sys}/${d.events.gold}  (tp/sys/gold)`,
    ...d.missed.map((x) => `  missed   event  ${x}`),
    ...d.spurious.map((x) => `  spurious event  ${x}`),
    ...d.missedEntities.map((x) => `  missed   entity ${x}`),
    ...d.spuriousEntities.map((x) => `  spurious entity ${x}`),
  ];
  return lines.join('\n') + '\n';
}
