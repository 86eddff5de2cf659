import { verbLemma } from '../nlp/verbs.js';
import { actorSpan, eventsInProgress, phrase, pushEvent, spanOf, type EventContext } from './event-context.js';
import type { Quote } from './quotes.js';

// "Le Parlement exige que X démissionne. … « Je ne démissionnerai pas », a répondu X": whoever was
// asked to do something and says, in their own words, that they will not do it refuses the
// demand — a Refusal of the one asked, aimed at the one who asked, whatever verb says it.

const SELF = /^(?:je|j'|j’|nous)$/;
const NEGATORS = /^(?:pas|jamais|plus|point|nullement)$/;
const GOING = /^(?:vais|allons|veux|voulons|compte|comptons|peux|pouvons|entends|entendons)$/;

/** Refusals stated by the quotations of sentence `s` that deny, in the first person, an act demanded of their speaker. */
export function extractCompliance(ctx: EventContext, s: number, quotes: Quote[]): void {
  const { doc } = ctx;
  const said = eventsInProgress(ctx, s).filter((e) => e.type === 'Statement' && e.quote);
  for (const q of quotes) {
    const at = doc.tokens[q.open + 1]?.start ?? -1;
    const statement = said.find((e) => e.start <= at && e.end > at);
    if (!statement) continue;
    const denied = deniedAct(ctx, q);
    if (!denied) continue;
    const demand = ctx.events.find(
      (e) => e.type === 'Demand' && e.target === statement.agent && e.agent !== statement.agent && e.sentence < s && asks(e.topic, denied.lemma),
    );
    if (!demand) continue;
    const speaker = actorSpan(ctx, s, statement.agent);
    const asker = spanOf(ctx, demand.agent);
    if (!speaker || !asker) continue;
    // The statement's own verb ("a répondu") carries the refusal: the denied verb itself reads as negated.
    const verb = triggerToken(ctx, s, statement.trigger, statement.start, statement.end) ?? q.open + 1;
    pushEvent(ctx, {
      type: 'Refusal',
      agent: speaker,
      target: asker,
      participants: [],
      topic: phrase(doc, denied.from, denied.to),
      trigger: verb,
      from: Math.min(q.open, verb),
      to: Math.max(q.close + 1, verb + 1),
      place: null,
    });
  }
}

/** "je ne démissionnerai pas", "nous n'allons pas céder": the lemma of the act a first-person negation denies. */
function deniedAct(ctx: EventContext, q: Quote): { lemma: string; from: number; to: number } | null {
  const low = ctx.doc.low;
  for (let k = q.open + 1; k + 3 < q.close; k++) {
    if (!SELF.test(low[k]) || !/^(?:ne|n'|n’)$/.test(low[k + 1])) continue;
    let v = k + 2;
    if (!NEGATORS.test(low[v + 1] ?? '')) continue;
    // "nous n'allons pas céder", "je ne veux pas démissionner": the infinitive is the act.
    if (GOING.test(low[v]) && v + 2 < q.close) v += 2;
    const lemma = verbLemma(low[v]);
    if (lemma) return { lemma, from: k, to: Math.min(q.close, v + 1) };
  }
  return null;
}

/** Whether a demand's topic ("démissionner", "de retirer la réforme") asks for the act `lemma`. */
function asks(topic: string | null, lemma: string): boolean {
  if (!topic) return false;
  return topic.toLowerCase().split(/[\s']+/).slice(0, 4).some((w) => verbLemma(w) === lemma);
}

function triggerToken(ctx: EventContext, s: number, text: string, start: number, end: number): number | null {
  const [a, b] = ctx.doc.ranges[s];
  for (let k = a; k < b; k++) {
    const t = ctx.doc.tokens[k];
    if (t.text === text && t.start >= start && t.end <= end) return k;
  }
  return null;
}
