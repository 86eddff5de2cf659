import type { EventMention } from '../types.js';
import { verbLemma, verbTenses } from '../nlp/verbs.js';
import type { Span } from './doc.js';
import { actorsIn, eventsInProgress, phrase, pushEvent, type EventContext } from './event-context.js';
import { phraseAt, ultimatumWords, type UltimatumWords } from './ultimatum-words.js';

// An ultimatum is a warning whatever verb carries it: "tant que la direction ne cède pas, la
// grève continuera", "il exige des excuses, sans quoi il portera plainte". What makes it one is
// the shape — a consequence still to come, tied to a condition the other side must meet — so it
// is read from that shape, over what the speech and demand readings have already attributed.

type Kind = 'negated' | 'otherwise' | 'speaker';

const CLAUSE_BREAK = /^(?:[,;:.!?]|«|»|“|”|")$/;
// Acts whose words an ultimatum can belong to: it is their agent who sets it.
const CARRIERS = new Set(['Statement', 'Demand', 'Warning', 'Refusal']);
// A consequence is read this far from the condition's edge.
const REACH = 14;

/** Warnings read from ultimatums in sentence `s`, once its other events are known. */
export function extractUltimatums(ctx: EventContext, s: number): void {
  const { doc } = ctx;
  const [a, b] = doc.ranges[s];
  const u = ultimatumWords();
  const markers: Array<[Kind, string[][]]> = [['negated', u.negated], ['otherwise', u.otherwise], ['speaker', u.speaker]];
  for (let m = a; m < b; m++) {
    const found = markerAt(doc.low, m, b, markers);
    if (!found) continue;
    const { kind, length } = found;
    const after = m + length;
    const clauseEnd = breakFrom(doc.low, after, b);
    // The condition the other side must meet, and where the consequence is looked for.
    const condition: [number, number] = kind === 'otherwise' ? [clauseStart(doc.low, m, a), m] : [after, clauseEnd];
    const consequence = kind === 'otherwise' ? [after, clauseEnd] : [Math.max(a, m - REACH), Math.min(b, clauseEnd + REACH)];
    if (kind === 'negated' && !negative(doc.low, condition, u)) continue;
    const verb = futureVerb(doc.low, consequence[0], consequence[1], condition);
    if (verb < 0) continue;
    if (kind === 'speaker' && !u.firstPerson.has(doc.low[verb - 1] ?? '')) continue;
    // "Pourquoi la rencontrer si elle ne mène à rien ?": a question sets no condition.
    if (doc.low.slice(Math.min(condition[0], verb), b).includes('?')) continue;
    // "… a exigé des excuses, sans quoi …": the demand's words end where the consequence begins.
    const carrier = carrierOf(ctx, s, m) ?? (kind === 'otherwise' ? carrierOf(ctx, s, doc.low[m - 1] === ',' ? m - 2 : m - 1) : null);
    if (!carrier) continue;
    const agent = actorsIn(ctx, s).find((x) => x.entity === carrier.agent) ?? ctx.index.firstSpan.get(carrier.agent!);
    if (!agent) continue;
    const at = doc.tokens[m].start;
    if (eventsInProgress(ctx, s).some((e) => e.type === 'Warning' && e.agent === agent.entity && e.start <= at && at < e.end)) continue;
    pushEvent(ctx, {
      type: 'Warning',
      agent,
      target: targetOf(ctx, s, condition, [clauseStart(doc.low, verb + 1, a), breakFrom(doc.low, verb, b)], agent, carrier),
      participants: [],
      topic: phrase(doc, Math.min(condition[0], consequence[0] < m ? verb : m), Math.max(condition[1], kind === 'otherwise' ? clauseEnd : verb + 1)),
      trigger: m,
      from: Math.min(tokenAt(ctx, carrier.start, a, b), condition[0]),
      to: Math.max(tokenAt(ctx, carrier.end - 1, a, b) + 1, clauseEnd, verb + 1),
      place: null,
    });
  }
}

function markerAt(low: string[], m: number, b: number, markers: Array<[Kind, string[][]]>): { kind: Kind; length: number } | null {
  for (const [kind, phrases] of markers) {
    for (const words of phrases) if (m + words.length <= b && phraseAt(low, m, words)) return { kind, length: words.length };
  }
  return null;
}

function breakFrom(low: string[], from: number, b: number): number {
  let k = from;
  while (k < b && !CLAUSE_BREAK.test(low[k])) k++;
  return k;
}

function clauseStart(low: string[], m: number, a: number): number {
  let k = m - 1;
  // The comma just before "sans quoi" closes the demand; the clause is what precedes it.
  if (k >= a && low[k] === ',') k--;
  while (k >= a && !CLAUSE_BREAK.test(low[k])) k--;
  return k + 1;
}

/** "ne … pas", "n'…", or a verb of refusing: the condition is the other side's not giving in. */
function negative(low: string[], [from, to]: [number, number], u: UltimatumWords): boolean {
  for (let k = from; k < to; k++) {
    if (low[k] === 'ne' || low[k] === "n'") return true;
    const lemma = verbLemma(low[k]);
    if (lemma && u.refusals.has(lemma)) return true;
  }
  return false;
}

/** A verb in the future or the conditional in [from, to), outside the condition: the consequence. */
function futureVerb(low: string[], from: number, to: number, condition: [number, number]): number {
  for (let k = from; k < to; k++) {
    if (k >= condition[0] && k < condition[1]) continue;
    const tenses = verbTenses(low[k]);
    if (/[FC]/.test(tenses) && !/[PIW]/.test(tenses)) return k;
  }
  return -1;
}

/** The sentence's attributed act whose words hold token `m`. */
function carrierOf(ctx: EventContext, s: number, m: number): EventMention | null {
  const at = ctx.doc.tokens[m].start;
  return eventsInProgress(ctx, s).find((e) => CARRIERS.has(e.type) && e.agent && e.start <= at && at < e.end) ?? null;
}

/**
 * Who must meet the condition: an actor it names other than the one setting it; else whom the
 * same agent's demand or warning in the sentence was aimed at; else the one the consequence
 * falls on, named in the consequence's own clause ("le gouvernement ne pourra pas gouverner tant que …").
 */
function targetOf(ctx: EventContext, s: number, [from, to]: [number, number], consequence: [number, number], agent: Span, carrier: EventMention): Span | null {
  const within = (lo: number, hi: number) => actorsIn(ctx, s).find((x) => x.from >= lo && x.to <= hi && x.entity !== agent.entity);
  const named = within(from, to);
  if (named) return named;
  const aimed = carrier.target ?? eventsInProgress(ctx, s).find((e) => e.agent === agent.entity && e.target && e.type !== 'Statement')?.target;
  if (aimed) return actorsIn(ctx, s).find((x) => x.entity === aimed) ?? ctx.index.firstSpan.get(aimed) ?? null;
  const hit = within(consequence[0], consequence[1]);
  if (hit) return hit;
  // "« Vous, dans la majorité, … si vous refusez, vous servirez … »": whom the words are addressed to.
  const words = reportedFrom(ctx, s, carrier, from);
  return words < 0 ? null : within(words, consequence[1]) ?? null;
}

/** Where the carrier's reported words begin (its opening quotation mark or "que"), before token `before`; -1 if not found. */
function reportedFrom(ctx: EventContext, s: number, carrier: EventMention, before: number): number {
  const [a, b] = ctx.doc.ranges[s];
  for (let k = tokenAt(ctx, carrier.start, a, b); k < before; k++) if (/^(?:«|“|"|que|qu')$/.test(ctx.doc.low[k])) return k + 1;
  return -1;
}

/** The token of sentence [a, b) holding character `char`. */
function tokenAt(ctx: EventContext, char: number, a: number, b: number): number {
  const { tokens } = ctx.doc;
  for (let k = a; k < b; k++) if (tokens[k].end > char) return k;
  return b - 1;
}
