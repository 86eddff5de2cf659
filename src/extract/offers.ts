import type { Span } from './doc.js';
import { PRONOUN_SUBJECTS, clauseEndOutsideQuotes, subjectBefore, verbGroupStart } from './clauses.js';
import { actorsIn, eventsInProgress, phrase, pushEvent, resolvePronounAt, type EventContext } from './event-context.js';
import { verbLemma } from '../nlp/verbs.js';

// "X s'est dit prêt à discuter", "se déclare disposé « à négocier »": an offer, whatever quotation
// carries its words (the quotation's own statement is told apart by the statement reading).

const READY = /^(?:prêt|prête|prêts|prêtes|disposé|disposée|disposés|disposées)$/;
const SAYING_ONESELF = new Set(['dire', 'déclarer', 'montrer', 'affirmer', 'avouer']);
const BETWEEN = /^(?:néanmoins|toutefois|cependant|pourtant|aussi|également|toujours|encore|déjà|plusieurs|fois|à|nouveau|de|même|alors|donc|enfin|ainsi|bien|tout|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/;

/** Offers stated as readiness in sentence `s` that no other reading has made a proposal. */
export function extractOffers(ctx: EventContext, s: number): void {
  const { doc } = ctx;
  const [a, b] = doc.ranges[s];
  const actors = actorsIn(ctx, s);
  for (let t = a; t < b; t++) {
    if (!READY.test(doc.low[t]) || !/^(?:à|«|“|")$/.test(doc.low[t + 1] ?? '')) continue;
    let v = t - 1;
    while (v > a && BETWEEN.test(doc.low[v])) v--;
    if (!SAYING_ONESELF.has(verbLemma(doc.low[v]) ?? '')) continue;
    const start = verbGroupStart(doc, v, a);
    if (!doc.low.slice(start, v).some((w) => w === 'se' || w === "s'")) continue;
    const at = doc.tokens[t].start;
    if (eventsInProgress(ctx, s).some((e) => e.type === 'Proposal' && e.start <= at && at < e.end)) continue;
    let agent: Span[] = subjectBefore(doc, start, actors);
    if (!agent.length && PRONOUN_SUBJECTS.has(doc.low[start - 1] ?? '')) agent = resolvePronounAt(ctx, start - 1);
    if (!agent.length) continue;
    const end = clauseEndOutsideQuotes(doc, t + 1, b);
    const target = actors.find((x) => x.from > t && x.to <= end && x.entity !== agent[0].entity) ?? null;
    pushEvent(ctx, {
      type: 'Proposal',
      agent: agent[0],
      target,
      participants: [],
      topic: phrase(doc, t + 1, end),
      trigger: t,
      from: Math.min(agent[0].sentence === s ? agent[0].from : Infinity, start),
      to: end,
      place: null,
    });
  }
}
