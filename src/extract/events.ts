import type { EventMention, EventType } from '../types.js';
import { formsOf, formsWithLemma, verbLemma, verbTenses } from '../nlp/verbs.js';
import type { Doc, Span } from './doc.js';
import { actorAfter, dedupe, PRONOUN_SUBJECTS, subjectBefore, subjectStretch, verbGroupStart } from './clauses.js';
import { sentenceDate } from './dates.js';
import { lexicon, slugOf, type Frame } from './lexicon.js';
import { findQuotes, insideQuote, type Quote } from './quotes.js';
import { fillSlots, memberPhraseAt, namesGroup } from './slots.js';
import { sentenceClauses } from './syntax.js';
import { subtree } from '../nlp/clauses.js';
import { extractMeetingNouns, extractOtherNouns } from './nouns.js';
import { extractStatements } from './statements.js';
import { extractCompliance } from './compliance.js';
import { impliedTarget, passiveRefusalTarget, type TargetContext } from './targets.js';
import { inciseAt, type Incise } from './incises.js';
import { documentQuote } from './document-sources.js';
import { extractDeontic } from './deontic.js';
import { extractOffers } from './offers.js';
import { addresseesInObject } from './between.js';
import { extractOrders } from './orders.js';
import { extractDemandNouns } from './demand-nouns.js';
import { groupAfterVerb, ownerAfter } from './group-window.js';
import { gerundSubject } from './gerunds.js';
import { passiveMeetingAgent } from './passive-meetings.js';
import { pluralDemonstrativeReferents } from './demonstratives.js';
import { extractUltimatums } from './ultimatums.js';
import {
  actorsIn, buildIndex, discourseOf, eventsIn, eventsInProgress, lastPersonBefore, phrase, placeIn, pushEvent, resolvePronounAt, spanOf, speakerOf,
  type EventContext,
} from './event-context.js';


const DEMONSTRATIVE = /^(?:celui-ci|celle-ci|ceux-ci|celles-ci)$/;
const PASSIVE_AUX = /^(?:été|est|sont|était|étaient|sera|seront|serait|seraient|fut|furent)$/;
const TOPIC_STOP = new Set([';', ':', '(', ')', '»', '“', '”']);
const CLAUSE_VERBS = /^(?:a|ont|avait|avaient|est|sont|a-t-il|a-t-elle)$/;

/** `homes`: each person's country, where the article says it ("le ministre chinois X"). */
export function extractEvents(doc: Doc, spans: Span[], homes: ReadonlyMap<string, string> = new Map()): EventMention[] {
  const ctx: EventContext = { doc, spans, events: [], index: buildIndex(doc, spans, homes), lastAgent: null, lastSpeaker: null, date: null };
  for (let s = 0; s < doc.ranges.length; s++) {
    ctx.date = sentenceDate(doc, s, doc.article.date);
    const quotes = findQuotes(doc, s);
    const before = ctx.events.length;
    extractVerbEvents(ctx, s, quotes, false);
    extractOtherNouns(ctx, s, quotes);
    extractMeetingNouns(ctx, s, quotes);
    extractStatements(ctx, s, quotes);
    extractCompliance(ctx, s, quotes);
    extractDeontic(ctx, s, quotes);
    extractOrders(ctx, s, quotes);
    extractDemandNouns(ctx, s, quotes);
    extractOffers(ctx, s);
    extractVerbEvents(ctx, s, quotes, true);
    extractUltimatums(ctx, s);
    const added = ctx.events.slice(before).sort((x, y) => x.start - y.start);
    ctx.events.splice(before, added.length, ...added);
    if (added.length) ctx.index.eventsBySentence.set(s, added);
  }
  return ctx.events;
}

/**
 * What an object clitic ("lui reproche", "l'accuse") refers to: someone other than the clause's
 * agent, the most salient first — the sentence's own subject-like actors before it, then the
 * previous sentences' event agents.
 */
function objectPronounReferent(ctx: EventContext, at: number, agent: Span[]): Span[] {
  const { doc } = ctx;
  const s = doc.tokens[at].sentence;
  const not = new Set(agent.map((x) => x.entity));
  const own = actorsIn(ctx, s).filter((x) => x.to <= at && !not.has(x.entity));
  if (own.length) return [own[0]];
  const discourse = discourseOf(ctx);
  for (let k = s - 1; k >= Math.max(0, s - 2); k--) {
    const other = discourse.agents(k).find((x) => !not.has(x.entity));
    if (other) return [other];
    // "X a requis … contre Y. Il lui reproche …": where the earlier subject acts again, its object is the one acted on.
    for (const e of eventsIn(ctx, k)) {
      for (const other of [e.target, ...e.participants]) {
        if (!other || not.has(other)) continue;
        const span = actorsIn(ctx, k).find((x) => x.entity === other) ?? spanOf(ctx, other);
        if (span) return [span];
      }
    }
  }
  return [];
}

let frameVerbs: Map<string, string> | null = null;

/** verbLemma for the verbs that have frames (null for any other word), from a table of their forms only. */
function frameLemma(form: string): string | null {
  if (!frameVerbs) {
    const frames = lexicon().frames;
    frameVerbs = formsWithLemma(frames);
    // A form two verbs share ("pointe": pointer, poindre) reads as the framed verb where only the
    // words after it fire the frame ("pointe du doigt"): those words settle which verb it is.
    const idioms = [...frames].filter(([, list]) => list.every((f) => f.requires?.length)).map(([lemma]) => lemma);
    for (const [f, lemma] of formsOf(idioms)) if (!frameVerbs.has(f)) frameVerbs.set(f, lemma);
  }
  return frameVerbs.get(form) ?? null;
}

function framesFor(doc: Doc, i: number): Frame[] {
  const lex = lexicon();
  const lemma = frameLemma(doc.low[i]);
  if (!lemma) return [];
  const frames = lex.frames.get(lemma) ?? [];
  const end = doc.ranges[doc.tokens[i].sentence][1];
  const window = doc.low.slice(i + 1, Math.min(end, i + 6)).join(' ');
  const start = doc.ranges[doc.tokens[i].sentence][0];
  const group = (): string[] => doc.low.slice(verbGroupStart(doc, i, start), i);
  return frames.filter(
    (f) =>
      (!f.requires || f.requires.length === 0 || f.requires.some((r) => window.includes(r))) &&
      (!f.clitic || f.clitic.some((c) => group().includes(c))),
  );
}

function extractVerbEvents(ctx: EventContext, s: number, quotes: Quote[], performative: boolean): void {
  const { doc } = ctx;
  const [a, b] = doc.ranges[s];
  const everyone = actorsIn(ctx, s);
  // A delegation ("les représentants de X") stands for its senders where they meet; what it says or
  // denounces is left to the statement reading, which names its own speaker.
  const senders = everyone.filter((x) => !x.delegates);
  // A document's words quoted as a report are read as the narration ("« X a reçu Y », est-il indiqué").
  const voiced = quotes.filter((q) => !documentQuote(doc, q));
  for (let t = a; t < b; t++) {
    if (insideQuote(voiced, t) !== performative) continue;
    const frames = framesFor(doc, t);
    if (!frames.length) continue;
    // A noun homograph ("la demande", "une rencontre", "les menaces", "par téléphone") is not a verb.
    // But "Le Hamas l'accuse", "il l'accuse": after a subject, "l'" is the object clitic.
    const clitic = /^(?:l'|l’)$/.test(doc.low[t - 1] ?? '') && (PRONOUN_SUBJECTS.has(doc.low[t - 2] ?? '') || everyone.some((x) => x.to === t - 1));
    if (!clitic && /^(?:le|la|les|l'|un|une|des|du|de|sa|son|ses|cette|ce|ces|leur|leurs|nos|notre|vos|votre|mes|ma|mon|par|au|aux|avec)$/.test(doc.low[t - 1] ?? '')) continue;
    // … and so is one after a number or a quantity ("les 13 demandes", "plusieurs menaces", "deux propositions").
    if (/^(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|cent|plusieurs|quelques|nombreuses|nombreux|multiples|diverses|nouvelles|premières|dernières|principales)$/.test(doc.low[t - 1] ?? '') && /^(?:les|des|ces|ses|leurs|de|d'|aux)$/.test(doc.low[t - 2] ?? '')) continue;
    const frame = pickFrame(doc, t, frames);
    const actors = frame.meeting ? everyone : senders;
    const groupStart = verbGroupStart(doc, t, a);
    // "Y a déclaré que X porte la responsabilité de …": Y blames X.
    if (frame.subjectAccused) {
      if (!performative) pushReportedBlame(ctx, t, groupStart, frame, senders);
      continue;
    }
    // "« X a menti », a accusé Y": the verb frames the words before it, and its subject follows.
    const incise = frame.type === 'Accusation' ? inciseAt(doc, t, groupStart, quotes, senders) : null;
    if (incise) {
      pushIncise(ctx, incise, frame, t);
      continue;
    }
    let agent: Span[] = [];
    let target: Span[] = [];
    // The clause layer fills the frame's slots; the word-window readings below stand in where it
    // finds no actor. A plain clause ("X a accusé Y de …") reads the same either way: the parser,
    // the costliest stage, is spent on the others.
    const slots = performative || plainClause(doc, t, groupStart, actors) ? null : fillSlots(doc, s, t, frame, actors);
    const passive =
      !!slots?.passive ||
      (frame.passive && /^(?:est|sont|été|était|étaient|sera|seraient|serait)$/.test(doc.low[t - 1] ?? '') && doc.low[t + 1] === 'par') ||
      // "X, accusé par Y de …": a bare participle with its agent is a passive all the same.
      (!!frame.passive && groupStart === t && /(?:é|ée|és|ées)$/.test(doc.low[t]) && doc.low[t + 1] === 'par' && actorAfter(doc, t + 2, actors, 0).length > 0) ||
      // "des accusations …, mais démenties par X": a bare participle with its "par" agent.
      (frame.passive && frame.type === 'Refusal' && doc.low[t + 1] === 'par' && verbTenses(doc.low[t]).includes('K') && actorAfter(doc, t + 2, actors, 0).length > 0);
    // "X a condamné A, qui …, et encouragé Y": the participle's subject is its shared auxiliary's, not one inside the incise.
    const aux = performative || passive ? -1 : sharedAuxiliary(doc, a, groupStart);
    const auxSubject = aux >= 0 ? subjectBefore(doc, verbGroupStart(doc, aux, a), actors) : [];
    if (performative) {
      const q = quotes.find((x) => t > x.open && t < x.close);
      const speaker = q ? speakerOf(ctx, q) : null;
      // The speaker's own "nous"/"je" within the verb's clause: not one before a comma ("… avec nous, dénonce X").
      // A verb after "et" shares the first verb's subject ("Nous rejetons ce texte et appelons …").
      let from = Math.max(q ? q.open + 1 : a, doc.low[groupStart - 1] === 'et' ? a : t - 4);
      for (let k = t - 1; k >= from; k--) if (/^[,;:.!?()]$/.test(doc.low[k])) from = k + 1;
      const subj = doc.low.slice(from, t);
      if (!speaker) continue;
      // A performative is in the present: "nous leur avons demandé …" tells of an earlier act.
      if (doc.low.slice(Math.max(a, t - 3), t).some((w) => /^(?:ai|avons|avions|avais|avait)$/.test(w))) continue;
      // Acts the speaker performs in their own words: "Nous demandons …", or "la Russie préconise …" said by Russia.
      const self = subjectBefore(doc, groupStart, actors.filter((x) => q && x.from > q.open));
      if (!subj.some((w) => w === 'nous' || w === 'je' || w === "j'") && !(self.length && self[0].entity === speaker.entity)) continue;
      agent = [speaker];
    } else if (passive) {
      agent = slots?.passive && slots.agent.length ? slots.agent : actorAfter(doc, t + 2, actors, 0);
      target = slots?.passive && slots.target.length ? slots.target : subjectBefore(doc, groupStart, actors);
      // A bare participle describes the phrase right before it, if that phrase names anyone.
      if (!(slots?.passive && slots.target.length) && groupStart === t) target = actors.filter((x) => doc.low[t - 1] === ',' && x.to === t - 1);
    } else if (auxSubject.length) {
      agent = auxSubject;
    } else if (slots?.agent.length) {
      agent = slots.agent;
    } else if (slots?.agentUnknown) {
      // "certains experts, qui lui reprochaient …": the tree names who acts, and it is nobody the article names.
      continue;
    } else {
      const earlier = doc.low[groupStart - 1] === 'et' ? eventsInProgress(ctx, s).filter((e) => e.end <= doc.tokens[groupStart].start && e.agent).slice(-1) : [];
      agent = earlier.length || DEMONSTRATIVE.test(doc.low[groupStart - 1] ?? '') ? implicitSubject(ctx, groupStart, t) : subjectBefore(doc, groupStart, actors);
      if (!agent.length) agent = implicitSubject(ctx, groupStart, t);
      if (!agent.length) agent = gerundSubject(doc, t, groupStart, actors);
      if (!agent.length && /^(?:,|»|”|")$/.test(doc.low[groupStart - 1] ?? '')) agent = invertedSubject(doc, t, actors);
    }
    if (!agent.length) continue;
    // "X a été critiqué" with no "par": X is who was criticized, and nobody named did it.
    // ("s'est refusé à …" is reflexive, not passive.)
    const reflexive = /^(?:s'|se|me|m'|te|t'|nous|vous)$/.test(doc.low[t - 2] ?? '') && PASSIVE_AUX.test(doc.low[t - 1] ?? '');
    if (!passive && !frame.meeting && PASSIVE_AUX.test(doc.low[t - 1] ?? '') && !reflexive && verbTenses(doc.low[t]).includes('K') && !/[PIJ]/.test(verbTenses(doc.low[t]))) continue;
    // "Carlos Ghosn, accusé d'abus de biens sociaux": a bare participle describes, nobody acts.
    if (!passive && !performative && !frame.meeting && /(?:é|ée|és|ées)$/.test(doc.low[t]) && !/^(?:a|ont|avait|avaient|aura|auront|aurait|auraient|ait|avoir|ayant)$/.test(doc.low[groupStart] ?? '') && !doc.low.slice(groupStart, t).some((w) => /^(?:a|ont|avait|avaient|aurait|ayant)$/.test(w)) && !sharesAuxiliary(doc, a, groupStart) && !reflexive) continue;
    if (!passive) target = slots?.target.length ? withListedConjuncts(doc, slots.target, actors) : findTarget(doc, t, frame, actors);
    // "X, qu'il accuse de …": the pronoun that acts is someone other than X, the relative's antecedent.
    if (slots && objectRelative(doc, groupStart) && PRONOUN_SUBJECTS.has(doc.low[groupStart - 1] ?? '') && agent.some((x) => target.some((y) => y.entity === x.entity))) {
      agent = objectPronounReferent(ctx, groupStart - 1, target);
      if (!agent.length) continue;
    }
    // The words that name who acts do not also name who is acted on ("…, ont dénoncé des représentants de X et de Y").
    target = target.filter((x) => !agent.some((y) => y.from === x.from && y.to === x.to));
    // "Elle a invité les deux protagonistes …": a pair read to take in the one who acts is misread.
    const misread = new Set(target.filter((x) => x.group !== undefined && agent.some((y) => y.entity === x.entity)).map((x) => x.group));
    const pair = misread.size ? target.filter((x) => misread.has(x.group)) : [];
    if (misread.size) target = target.filter((x) => !misread.has(x.group));
    if (!target.length && slots && slots.targetPronounAt >= 0) target = CLITIC_TARGETS.has(frame.type) ? cliticReferent(ctx, slots.targetPronounAt, groupStart, agent) : objectPronounReferent(ctx, slots.targetPronounAt, agent);
    // "Il lui reproche …", "la direction leur a proposé …": in a plain clause the tree is not read, so the clitic is found in the verb group.
    if (!target.length && !slots && !passive) {
      const nearest = CLITIC_TARGETS.has(frame.type);
      const clitic = cliticIn(doc, groupStart, t, frame, nearest ? ANY_CLITIC : SINGULAR_CLITIC);
      if (clitic >= 0) target = nearest ? cliticReferent(ctx, clitic, groupStart, agent) : objectPronounReferent(ctx, clitic, agent);
    }
    // "appelle les électeurs à …": a group nobody names is the addressee.
    if (!target.length && !passive && GROUP_TARGETS.has(frame.type)) {
      const group = (slots ?? (namesGroup(doc, s) ? fillSlots(doc, s, t, frame, actors) : null))?.targetGroup ?? (frame.object === 'direct' || frame.object === 'a' ? groupAfterVerb(doc, t, b, frame.object === 'a') : null);
      if (group) target = [groupActor(ctx, s, group)];
    }
    // The misread pair still stands between the verb and what is asked.
    let topics = findTopics(doc, t, frame, passive ? agent : target.length ? target : pair, b);
    // "de soutenir X et de renforcer Y": one accusation per accused act, split by the tree where the window runs them together.
    if (topics.length === 1 && frame.type === 'Accusation' && frame.topic?.length) {
      const acts = coordinatedActs(doc, s, t, frame.topic);
      if (acts.length > 1) topics = acts;
    }
    // "« Ceux qui troubleront l'ordre seront punis », a-t-il prévenu": an incise after a quotation
    // frames it — the quotation is what is warned, demanded or refused.
    const framing = FRAMING_TYPES.has(frame.type) ? framedQuote(doc, groupStart, quotes) : null;
    if (framing && !topics.length) topics = [framing];
    if (frame.needsTopic && !topics.length) continue;
    if (frame.notThat && topics.length && /^(?:que|qu')$/.test(doc.low[topics[0][0]] ?? '')) continue;
    if (!target.length && (frame.type === 'Demand' || frame.type === 'Refusal' || frame.type === 'Proposal' || frame.type === 'Warning')) {
      if (frame.type === 'Demand' && topics.length) target = addresseesInObject(doc, actors, topics[0][0], topics[0][1]);
      if (!target.length) target = targetInTopic(ctx, t, topics, actors, frame);
    }
    // A warning is aimed at others: the warner's own state, named in what they warn of, is who acts.
    if (frame.type === 'Warning') target = target.filter((x) => !agent.some((y) => ctx.index.homes.get(y.entity) === x.entity));
    // A target read from the discourse or from an earlier mention is not part of what this clause
    // states: named earlier in the same sentence, it does not stretch the evidence back to it (one
    // from an earlier sentence leaves the evidence at this sentence's start, as before).
    let read = false;
    if (!target.length && !passive && (!performative || frame.type === 'Refusal') && IMPLIED_TARGETS.has(frame.type)) (target = impliedTarget(targetContext(ctx), s, t, frame, agent, actors)), (read = true);
    // "la proposition de X, rejetée par Y", "des accusations démenties par Y": whom the refused thing comes from.
    if (!target.length && passive && frame.type === 'Refusal') (target = passiveRefusalTarget(targetContext(ctx), s, t, agent, actors)), (read = true);
    const type = frame.type as EventType;
    if (frame.meeting) {
      // "X a été reçu au ministère par Y": Y, not the ministry, is whom X met.
      const host = passive ? [] : passiveMeetingAgent(doc, t, b, actors).filter((x) => !agent.some((y) => y.entity === x.entity));
      if (host.length) target = host;
      // "Ceux-ci se sont entretenus avec …": all of those just named met, not only the last of them.
      const those = pluralDemonstrativeReferents(doc, groupStart, t, ctx.index.actorList);
      if (those.length) agent = those.filter((x) => !target.some((y) => y.entity === x.entity));
      let participants = [...agent, ...target];
      // "les présidents de X, A, et de Y, B, se sont entretenus": a reciprocal verb's plural subject
      // meets among itself, however its names are set out (the people, where two are named).
      if (dedupe(participants).length < 2 && !passive && reciprocal(doc, t, groupStart)) {
        const named = subjectStretch(doc, groupStart, actors);
        const people = named.filter((x) => x.type === 'Person');
        const group = people.length >= 2 ? people : named;
        if (group.length >= 2) agent = participants = group;
      }
      if (participants.length < 2) continue;
      pushEvent(ctx, {
        type,
        agent: agent[0],
        target: null,
        participants,
        topic: phrase(doc, t, Math.min(b, t + 6)),
        trigger: t,
        from: Math.min(groupStart, agent[0].sentence === s ? agent[0].from : Infinity),
        to: Math.max(t + 1, ...target.map((x) => x.to)),
        place: placeIn(ctx, s, t),
      });
      continue;
    }
    const topicList = topics.length ? topics : [null];
    // "X serait sanctionné, a-t-il mis en garde": an incise states what the words before it say.
    const framedFrom = Math.min(inciseStart(doc, groupStart, quotes, a), framing ? framing[0] - 1 : Infinity);
    // "…, Y, qu'il accuse de …": a relative clause with a pronoun subject states the act itself;
    // its agent and target, named before, do not stretch its evidence back.
    const relative = !performative && objectRelative(doc, groupStart) && PRONOUN_SUBJECTS.has(doc.low[groupStart - 1] ?? '') ? relativeStart(doc, groupStart) : -1;
    // Coordinated subjects each perform the act ("Les États-Unis et le Royaume-Uni accusent …").
    for (const who of performative ? [agent[0]] : agent)
    for (const topic of topicList) {
      for (const tg of target.length ? target : [null]) {
        pushEvent(ctx, {
          type,
          agent: who,
          target: tg,
          participants: [],
          topic: topic ? phrase(doc, topic[0], topic[1]) : null,
          trigger: t,
          from: relative >= 0 ? relative : Math.min(groupStart, framedFrom, agent[0].sentence === s ? agent[0].from : Infinity, tg && !(read && tg.sentence === s) ? tg.from : Infinity),
          to: Math.max(t + 1, topic ? (performative ? topic[1] : quotedTail(doc, frame, topic[1], b)) : 0, tg && !read ? tg.to : 0, passive && who.sentence === s ? who.to : 0),
          place: null,
        });
      }
    }
  }
}

// Verbs of warning say what they warn of in the words they frame; verbs of demanding often frame
// words that only insist ("« … », a insisté X"), so they are left to the statement.
const FRAMING_TYPES = new Set(['Warning']);

/**
 * The quoted words an incise verb group frames, document tokens [from, to): "« … », a-t-il
 * prévenu", or, within a quotation, "« … , a-t-il prévenu. … »".
 */
function framedQuote(doc: Doc, groupStart: number, quotes: Quote[]): [number, number] | null {
  const inverted = /-t-(?:il|elle|ils|elles)$/.test(doc.low[groupStart - 1] ?? '');
  const start = inverted ? groupStart - 1 : groupStart;
  if (doc.low[start - 1] !== ',') return null;
  const closed = quotes.find((q) => q.close === start - 2 && q.origin === undefined);
  if (closed) return [closed.open + 1, closed.close];
  const open = inverted ? quotes.find((q) => q.open < start && start < q.close && q.origin === undefined) : undefined;
  return open && start - 1 - open.open > 2 ? [open.open + 1, start - 1] : null;
}

/**
 * Where the verb group is an incise with its subject pronoun inverted ("…, a-t-il mis en garde",
 * "« … », a-t-elle exigé"), the start of the words it frames: the quotation, or the clause before
 * the comma; Infinity otherwise.
 */
function inciseStart(doc: Doc, groupStart: number, quotes: Quote[], a: number): number {
  const inverted = (w: string | undefined) => /-t-(?:il|elle|ils|elles)$|^(?:est|sont|ont)-(?:il|elle|ils|elles)$/.test(w ?? '');
  // The verb group may start after the inverted auxiliary ("a-t-il | mis en garde").
  const start = inverted(doc.low[groupStart]) ? groupStart : inverted(doc.low[groupStart - 1]) ? groupStart - 1 : -1;
  if (start < 0) return Infinity;
  let k = start - 1;
  if (doc.low[k] === ',' && /^(?:»|”|")$/.test(doc.low[k - 1] ?? '')) k--;
  const q = quotes.find((x) => x.close === k || (k > x.open && k < x.close));
  if (q) return Math.max(q.open, a);
  if (doc.low[k] !== ',') return Infinity;
  let from = k - 1;
  while (from > a && !/^[:;.!?]$/.test(doc.low[from - 1])) from--;
  return from;
}

/**
 * "Y a déclaré que X porterait la responsabilité de …": the clause's subject is blamed, by the
 * subject of the verb of saying that reports the clause; unreported, it is the writer's own word.
 */
function pushReportedBlame(ctx: EventContext, t: number, groupStart: number, frame: Frame, actors: Span[]): void {
  const { doc } = ctx;
  const s = doc.tokens[t].sentence;
  const [a, b] = doc.ranges[s];
  const target = subjectBefore(doc, groupStart, actors);
  if (!target.length) return;
  let k = Math.min(...target.map((x) => x.from)) - 1;
  while (k > a && /^(?:le|la|les|l'|un|une|des|du)$/.test(doc.low[k])) k--;
  if (!/^(?:que|qu')$/.test(doc.low[k] ?? '')) return;
  const lex = lexicon();
  let agent: Span[] = [];
  for (let v = k - 1; v >= Math.max(a, k - 8) && !agent.length; v--) {
    const lemma = verbLemma(doc.low[v]);
    if (!lemma || !lex.speech.has(lemma)) continue;
    const start = verbGroupStart(doc, v, a);
    agent = subjectBefore(doc, start, actors);
    if (!agent.length && PRONOUN_SUBJECTS.has(doc.low[start - 1] ?? '')) agent = resolvePronounAt(ctx, start - 1);
    if (!agent.length) return;
  }
  let end = t + 1;
  while (end < b && !/^[.;:!?,»”"]$/.test(doc.low[end])) end++;
  for (const who of agent) {
    for (const tg of target) {
      pushEvent(ctx, { type: frame.type as EventType, agent: who, target: tg, participants: [], topic: phrase(doc, t + 1, end), trigger: t, from: Math.min(who.from, tg.from), to: end, place: null });
    }
  }
}

function pushIncise(ctx: EventContext, incise: Incise, frame: Frame, t: number): void {
  const [from, to] = incise.content;
  for (const who of incise.agent) {
    for (const tg of incise.target.length ? incise.target : [null]) {
      pushEvent(ctx, {
        type: frame.type as EventType,
        agent: who,
        target: tg,
        participants: [],
        topic: phrase(ctx.doc, from, Math.min(to, from + 12)),
        trigger: t,
        from,
        to: Math.max(t + 1, ...incise.agent.map((x) => x.to)),
        place: null,
      });
    }
  }
}

/** "a condamné l'assaut et encouragé X": a participle after "et" shares the auxiliary of the verb before it. */
function sharesAuxiliary(doc: Doc, first: number, groupStart: number): boolean {
  return sharedAuxiliary(doc, first, groupStart) >= 0;
}

/** The auxiliary a participle after "et" shares (token index), or -1. */
function sharedAuxiliary(doc: Doc, first: number, groupStart: number): number {
  if (doc.low[groupStart - 1] !== 'et') return -1;
  // ", et accusé …" coordinates with the main verb, past any subordinate clause in between.
  const main = doc.low[groupStart - 2] === ',';
  let found = -1;
  for (let k = groupStart - 2; k >= first; k--) {
    if (/^[;:.]$/.test(doc.low[k]) || (!main && /^(?:qui|que|qu'|dont)$/.test(doc.low[k]))) break;
    if (/^(?:a|ont|avait|avaient)$/.test(doc.low[k]) && /(?:é|ée|és|ées|i|is|u|us|t|ts)$/.test(doc.low[k + 1] ?? '')) {
      found = k;
      // Past a subordinate clause, the main verb is the first one of the sentence.
      if (!main) break;
    }
  }
  return found;
}

/** "le Mexique et l'Équateur": actors the words list together with the one the tree found, where the tree lost the coordination. */
function withListedConjuncts(doc: Doc, target: Span[], actors: Span[]): Span[] {
  if (target.length !== 1) return target;
  const listed = actorAfter(doc, target[0].from, actors, 0);
  return listed.length > 1 && listed.some((x) => x.entity === target[0].entity) ? listed : target;
}

/** "se sont rencontrés", "s'étaient réunis", "se retrouvent": a reflexive verb in the plural, read as "each other". */
function reciprocal(doc: Doc, t: number, groupStart: number): boolean {
  const group = doc.low.slice(groupStart, t);
  if (!group.includes('se') && !group.includes("s'")) return false;
  return /(?:s|ent)$/.test(doc.low[t]) || group.some((w) => /^(?:sont|étaient|seront|seraient|sont-ils)$/.test(w));
}

const GROUP_TARGETS = new Set(['Demand', 'Accusation', 'Warning']);

/**
 * Where a demand's, warning's, refusal's or proposal's evidence ends: its topic stops at a closing
 * quotation mark, but the clause it states goes on to the next comma or full stop ("appelle X à
 * « changer de cap » sur sa stratégie").
 */
function quotedTail(doc: Doc, frame: Frame, end: number, b: number): number {
  if (!CLITIC_TARGETS.has(frame.type) || !/^(?:»|”|")$/.test(doc.low[end] ?? '')) return end;
  let k = end + 1;
  while (k < b && !/^(?:[,;:.!?()]|«|“)$/.test(doc.low[k])) k++;
  return k > end + 1 ? k : end;
}
const CLITIC_TARGETS = new Set(['Demand', 'Warning', 'Refusal', 'Proposal']);

/**
 * Whom a clitic in a plain clause stands for: the closest actor before it in the sentence that is
 * not its clause's subject nor an aside in parentheses ("PARIS (Reuters) -"), else the discourse's.
 */
function cliticReferent(ctx: EventContext, at: number, groupStart: number, agent: Span[]): Span[] {
  const { doc } = ctx;
  const not = new Set(agent.map((x) => x.entity));
  const own = actorsIn(ctx, doc.tokens[at].sentence).filter(
    (x) => x.to < groupStart && !not.has(x.entity) && !(doc.low[x.from - 1] === '(' && doc.low[x.to] === ')'),
  );
  if (own.length) return [own.reduce((best, x) => (x.to > best.to ? x : best))];
  return objectPronounReferent(ctx, at, agent).filter((x) => !(doc.low[x.from - 1] === '(' && doc.low[x.to] === ')'));
}

/** Token of an object clitic in the verb group that fills the frame's object slot ("leur a proposé", "l'a sommé"), or -1. */
function cliticIn(doc: Doc, groupStart: number, t: number, frame: Frame, clitics: { a: RegExp; direct: RegExp }): number {
  const clitic = frame.object === 'a' ? clitics.a : frame.object === 'direct' ? clitics.direct : null;
  if (!clitic) return -1;
  for (let k = groupStart; k < t; k++) if (clitic.test(doc.low[k])) return k;
  return -1;
}

// Object clitics by the frame's object slot. The types whose referent is the nearest actor take
// all of them; the others only the singular ones ("leur" wants a group, which salience does not weigh).
const ANY_CLITIC = { a: /^(?:lui|leur)$/, direct: /^(?:l'|le|la|les)$/ };
const SINGULAR_CLITIC = { a: /^lui$/, direct: /^(?:l'|l’)$/ };

const IMPLIED_TARGETS = new Set(['Accusation', 'Refusal', 'Demand', 'Warning']);

function targetContext(ctx: EventContext): TargetContext {
  return { doc: ctx.doc, events: ctx.events, actorList: ctx.index.actorList, spanOf: (e) => spanOf(ctx, e), homeOf: (e) => ctx.index.homes.get(e) };
}
const LEADING = /^(?:tous|toutes|les|des|ces|leurs|ses|certains|certaines|plusieurs|la|le|l'|l’)$/;

/** An actor for an unnamed group of people ("les électeurs sénégalais"): an Organization described, registered for the rest of the article. */
function groupActor(ctx: EventContext, s: number, [from, to]: [number, number]): Span {
  const { doc } = ctx;
  let k = from;
  while (k < to - 1 && LEADING.test(doc.low[k])) k++;
  const label = doc.article.text.slice(doc.tokens[k].start, doc.tokens[to - 1].end);
  const entity = `organization/${slugOf(label)}`;
  const span: Span = { from, to, sentence: s, entity, type: 'Organization', label, kind: 'description' };
  ctx.spans.push(span);
  ctx.index.actors.set(s, [...(ctx.index.actors.get(s) ?? []), span]);
  if (!ctx.index.firstSpan.has(entity)) ctx.index.firstSpan.set(entity, span);
  return span;
}

/**
 * A clause the word window reads as well as the tree: a subject pronoun, or an actor right
 * before the verb group (no comma, parenthesis or relative pronoun between) and no passive.
 */
function plainClause(doc: Doc, t: number, groupStart: number, actors: Span[]): boolean {
  // "X, qu'il accuse de …": the object stands before the verb; only the tree reads that.
  if (objectRelative(doc, groupStart)) return false;
  // "il a accusé", "a-t-elle dénoncé": coreference, not the tree, says who.
  if (PRONOUN_SUBJECTS.has(doc.low[groupStart - 1] ?? '') || /-t-(?:il|elle|ils|elles)$/.test(doc.low[t - 1] ?? '')) return true;
  const subject = subjectBefore(doc, groupStart, actors);
  if (!subject.length || Math.max(...subject.map((x) => x.to)) !== groupStart) return false;
  if (/^(?:est|sont|été|était|étaient|sera|seront|seraient|serait)$/.test(doc.low[t - 1] ?? '')) return false;
  return true;
}

/** Token of the relative "que" that opens the verb's clause (see objectRelative). */
function relativeStart(doc: Doc, groupStart: number): number {
  for (let k = groupStart - 1; k >= groupStart - 4; k--) if (/^(?:que|qu'|qu’)$/.test(doc.low[k])) return k;
  return groupStart;
}

/** A relative "que" opens the verb's clause (", qu'il accuse", ", que le parquet soupçonne"): its object is the antecedent. */
function objectRelative(doc: Doc, groupStart: number): boolean {
  const [a] = doc.ranges[doc.tokens[groupStart].sentence];
  for (let k = groupStart - 1; k >= Math.max(a + 1, groupStart - 4); k--) {
    if (/^[,;:.()«»]$/.test(doc.low[k])) return false;
    if (/^(?:que|qu'|qu’)$/.test(doc.low[k])) return doc.low[k - 1] === ',';
  }
  return false;
}

function pickFrame(doc: Doc, t: number, frames: Frame[]): Frame {
  if (frames.length === 1) return frames[0];
  const end = doc.ranges[doc.tokens[t].sentence][1];
  const window = doc.low.slice(t + 1, Math.min(end, t + 6)).join(' ');
  return frames.find((f) => f.requires?.length && f.requires.some((r) => window.includes(r))) ?? frames[0];
}

/** Subject when none is written before the verb: a pronoun, or a coordinated verb phrase. */
function implicitSubject(ctx: EventContext, groupStart: number, trigger: number): Span[] {
  const { doc } = ctx;
  const prev = doc.low[groupStart - 1] ?? '';
  const [a] = doc.ranges[doc.tokens[trigger].sentence];
  if (PRONOUN_SUBJECTS.has(prev)) return resolvePronounAt(ctx, groupStart - 1);
  // "Ce dernier venait d'appeler …": the last person named.
  if (prev === 'dernier' || prev === 'dernière') {
    const sentence = doc.tokens[trigger].sentence;
    const prior = lastPersonBefore(ctx, groupStart - 2, (s) => s.sentence < sentence && !isCredit(doc, s.sentence));
    return prior ? [prior] : [];
  }
  // "celle-ci dénonce …": the demonstrative picks up the actor named last.
  if (DEMONSTRATIVE.test(prev)) {
    const list = ctx.index.actorList;
    for (let k = list.length - 1; k >= 0; k--) {
      const x = list[k];
      if (x.to > groupStart - 1 || x.delegates) continue;
      return x.sentence >= doc.tokens[trigger].sentence - 1 ? [x] : [];
    }
    return [];
  }
  // "a accusé X de … et a appelé Y à …": the second verb shares the first one's subject.
  if (prev === 'et' || prev === ',' || prev === 'puis') {
    const same = ctx.events.filter((e) => e.sentence === doc.tokens[trigger].sentence && e.agent);
    const last = same[same.length - 1];
    if (last) {
      const span = actorsIn(ctx, last.sentence).find((s) => s.entity === last.agent) ?? spanOf(ctx, last.agent);
      return span ? [span] : [];
    }
    // "X ont exprimé …, et accusé Y": the participle's subject is its auxiliary's.
    const aux = prev === 'et' ? sharedAuxiliary(doc, a, groupStart) : -1;
    if (aux >= 0) {
      const start = verbGroupStart(doc, aux, a);
      const subject = subjectBefore(doc, start, actorsIn(ctx, doc.tokens[trigger].sentence).filter((x) => !x.delegates));
      if (subject.length) return subject;
      if (PRONOUN_SUBJECTS.has(doc.low[start - 1] ?? '')) return resolvePronounAt(ctx, start - 1);
    }
  }
  // A verb with an inverted pronoun ("a-t-il", "a-t-elle") in the token before it.
  const tok = doc.low[trigger - 1] ?? '';
  if (/-t-(?:il|elle)$|-(?:il|elle)$/.test(tok)) return resolvePronounAt(ctx, trigger - 1);
  if (/-t-(?:il|elle)$|-(?:il|elle)$/.test(doc.low[trigger] ?? '')) return resolvePronounAt(ctx, trigger);
  return [];
}

const CREDIT = /\b(?:photo|crédit|©|tous droits réservés|getty|afp via)\b/i;
/** Photo credits and captions' credit lines name photographers, never actors of the story. */
function isCredit(doc: Doc, sentence: number): boolean {
  return CREDIT.test(doc.sentences[sentence].text);
}

/** "…, a déclaré X", "s'est défendu X": subject after the verb. */
function invertedSubject(doc: Doc, t: number, actors: Span[]): Span[] {
  return actorAfter(doc, t + 1, actors, 0);
}

const CIRCUMSTANCE_OPENERS = /^(?:pour|depuis|dans|lors|après|avant|en|selon|malgré|comme|à|au|aux|sur|par|cette|ce|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|hier|une|un|également|notamment|encore|déjà)$/;

/** Where a comma-delimited circumstance starting at `k` (", pour la deuxième fois, ") ends, or `k` when there is none. */
function circumstanceAt(doc: Doc, k: number, end: number, actors: Span[]): number {
  if (doc.low[k] !== ',' || !CIRCUMSTANCE_OPENERS.test(doc.low[k + 1] ?? '')) return k;
  for (let c = k + 2; c < Math.min(end, k + 14); c++) {
    if (doc.low[c] !== ',') continue;
    return actors.some((x) => x.from > k && x.from < c) ? k : c + 1;
  }
  return k;
}

function findTarget(doc: Doc, t: number, frame: Frame, actors: Span[]): Span[] {
  const end = doc.ranges[doc.tokens[t].sentence][1];
  let k = t + 1;
  // Skip adverbs and particles ("en garde", "de nouveau", "à plusieurs reprises").
  const skipAdverbs = () => {
    while (k < end && (/^(?:en|garde|cause|accusation|justice|du|doigt|de|nouveau|ensuite|également|aussi|récemment|vivement|fermement|publiquement|plusieurs|reprises|à|ouvertement|encore|même|lui|leur|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche)$/.test(doc.low[k]) || /^\p{Ll}{3,}ment$/u.test(doc.tokens[k].text)) && !(frame.object === 'a' && /^(?:à)$/.test(doc.low[k]) && actorAfter(doc, k + 1, actors, 0, end).length)) k++;
  };
  skipAdverbs();
  // "a convoqué mardi, pour la deuxième fois depuis juin, l'ambassadeur": a circumstance set off
  // by commas stands between the verb and its object.
  const insertion = circumstanceAt(doc, k, end, actors);
  if (insertion > k) {
    k = insertion;
    skipAdverbs();
  }
  switch (frame.object) {
    case 'direct': {
      const found = actorAfter(doc, k, actors, frame.meeting ? 4 : 0, end);
      if (found.length || frame.meeting) return found;
      const owner = ownerAfter(doc, k, end, actors);
      return owner.length ? owner : memberPhraseAt(doc, k, actors, end);
    }
    case 'a':
    case 'sur':
    case 'avec':
    case 'contre':
    case 'de': {
      const preps = frame.object === 'a' ? ['à', 'au', 'aux'] : frame.object === 'de' ? ['de', "d'", 'du', 'des'] : [frame.object];
      for (let m = t + 1; m < Math.min(end, t + (frame.object === 'sur' || frame.object === 'contre' ? 10 : 6)); m++) {
        if (!preps.includes(doc.low[m])) continue;
        const found = actorAfter(doc, m + 1, actors, frame.object === 'sur' ? 4 : 0, end);
        if (found.length) return found;
      }
      if (frame.subjectOfTopicIsTarget) {
        for (let m = t + 1; m < Math.min(end, t + 4); m++) {
          if (doc.low[m] === 'que' || doc.low[m] === "qu'") return actorAfter(doc, m + 1, actors, 0, end);
        }
      }
      return [];
    }
    default:
      if (frame.subjectOfTopicIsTarget) {
        for (let m = t + 1; m < Math.min(end, t + 4); m++) {
          if (doc.low[m] === 'que' || doc.low[m] === "qu'") return actorAfter(doc, m + 1, actors, 0, end);
        }
      }
      return [];
  }
}

/** A verb form that can only be finite ("appelons", "réclame"), not an infinitive or a participle. */
function finiteVerb(word: string): boolean {
  const tenses = verbTenses(word);
  return /[PIJFC]/.test(tenses) && !/[WKG]/.test(tenses) && !lexicon().functionWords.has(word);
}

/** Topic spans [from, to) — several when coordinated ("d'ignorer … ainsi que de fournir …"). */
function findTopics(doc: Doc, t: number, frame: Frame, target: Span[], end: number): Array<[number, number]> {
  const after = Math.max(t + 1, ...target.map((x) => x.to));
  const intro = frame.topic ?? [];
  let start = -1;
  let after0 = after;
  while (after0 < end && /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|également|aussi|déjà|finalement|récemment|ensuite|officiellement)$/.test(doc.low[after0])) after0++;
  if (frame.topicDirect && !target.length && after0 > after) return findTopics(doc, after0 - 1, frame, [], end);
  const directObject = frame.topicDirect && !target.length && /^(?:un|une|le|la|les|l'|des|du|sa|son|ses|leur|leurs|ce|cette|ces|tout|toute|tous|toutes)$/.test(doc.low[after] ?? '');
  for (let m = after; m < Math.min(end, after + 4) && !directObject; m++) {
    const two = `${doc.low[m]} ${doc.low[m + 1] ?? ''}`;
    if (intro.includes(two)) {
      start = m + 2;
      break;
    }
    if (intro.includes(doc.low[m])) {
      start = m + 1;
      break;
    }
  }
  if (start < 0 && frame.topicDirect) {
    start = after;
    while (start < end && /^(?:en|garde|cause|accusation|du|doigt|de|nouveau|la|responsabilité|fermement|également)$/.test(doc.low[start]) && start < after + 3) start++;
    if (start < end && doc.low[start] === ',') return [];
  }
  if (start < 0 || start >= end) return [];
  const out: Array<[number, number]> = [];
  let from = start;
  let k = start;
  const limit = Math.min(end, start + 30);
  while (k < limit) {
    const w = doc.low[k];
    if (TOPIC_STOP.has(w) || w === '.' || w === '!' || w === '?') break;
    if (w === ',' && k - from >= 3) break;
    // "rejetons ce simulacre et appelons les forces …": a second verb starts an act of its own.
    if (w === 'et' && (CLAUSE_VERBS.test(doc.low[k + 1] ?? '') || finiteVerb(doc.low[k + 1] ?? ''))) break;
    // "d'ignorer X ainsi que de fournir Y": two accused acts.
    if ((w === 'ainsi' && doc.low[k + 1] === 'que' && /^(?:de|d')$/.test(doc.low[k + 2] ?? '')) || (w === 'et' && /^(?:de|d')$/.test(doc.low[k + 1] ?? '') && intro.includes('de'))) {
      out.push([from, k]);
      k += w === 'ainsi' ? 3 : 2;
      from = k;
      continue;
    }
    k++;
  }
  if (k > from) out.push([from, k]);
  return out.filter(([x, y]) => y > x);
}

/**
 * The acts a verb's "de"/"à" complement lists, one per coordinated verb ("accusé X de soutenir Y
 * et de renforcer Z" → two), as document token ranges; [] when the tree shows none.
 */
function coordinatedActs(doc: Doc, s: number, t: number, intro: string[]): Array<[number, number]> {
  const [a] = doc.ranges[s];
  const c = sentenceClauses(doc, s, t);
  let p = t - a;
  if (/^(?:aux|aux:pass|aux:tense|cop)$/.test(c.deprel[p]) && c.head[p] >= 0) p = c.head[p];
  const marked = (d: number) => c.children[d].some((x) => /^(?:mark|case)$/.test(c.deprel[x]) && intro.includes(c.words[x].toLowerCase()));
  const first = c.children[p].find((d) => /^(?:xcomp|ccomp|advcl|obl|obl:arg|obl:mod)$/.test(c.deprel[d]) && c.upos[d] === 'VERB' && marked(d));
  if (first === undefined) return [];
  // Parsers often hang the second act on the first one's object: any coordinated, marked verb inside counts.
  const chain = [first, ...subtree(c, first).filter((d) => d !== first && c.deprel[d] === 'conj' && c.upos[d] === 'VERB' && marked(d))];
  if (chain.length < 2) return [];
  const skip = new Set(chain.slice(1).flatMap((d) => subtree(c, d)));
  return chain.map((v, i) => {
    const words = (i === 0 ? subtree(c, v).filter((k) => !skip.has(k)) : subtree(c, v)).filter((k) => !(c.deprel[k] === 'cc' && c.head[k] === v));
    const from = words.find((k) => k >= v) ?? v;
    return [a + from, a + Math.max(...words) + 1] as [number, number];
  });
}

function targetInTopic(ctx: EventContext, t: number, topics: Array<[number, number]>, actors: Span[], frame: Frame): Span[] {
  const { doc } = ctx;
  // "ce que Washington refuse": the refusal answers the last demand.
  if (frame.type === 'Refusal' && doc.low[t - 2] === 'que' && doc.low[t - 3] === 'ce') {
    let last: EventMention | undefined;
    for (let k = ctx.events.length - 1; k >= 0 && !last; k--) if (ctx.events[k].type === 'Demand' && ctx.events[k].agent) last = ctx.events[k];
    const span = last ? spanOf(ctx, last.agent) : null;
    return span ? [span] : [];
  }
  if (!topics.length) return [];
  const [from, to] = topics[0];
  if (frame.type === 'Warning') {
    // "a averti que … l'expansion de l'OTAN", "… en cas d'invasion russe": whom the warning is about.
    const about = actors.filter((s) => s.from >= from && s.to <= Math.min(to, from + 16) && s.type !== 'Person');
    if (about.length) return [about[0]];
    for (let k = from; k < to; k++) {
      const country = lexicon().demonyms.get(doc.folded[k]);
      if (country && /^\p{Ll}/u.test(doc.tokens[k].text)) {
        return [{ from: k, to: k + 1, sentence: doc.tokens[k].sentence, entity: country, type: 'Country', label: lexicon().entities.get(country)?.label ?? country, kind: 'metonym' }];
      }
    }
    return [];
  }
  // A person inside a demand's object is usually its beneficiary ("la libération de X"), not its addressee.
  const inside = actors.filter(
    (s) =>
      s.from >= from &&
      s.to <= Math.min(to, from + 12) &&
      (frame.type !== 'Demand' || s.type !== 'Person') &&
      // A proposal is made to someone ("à X", "avec X"), not to whoever its object names ("entre X et Y").
      (frame.type !== 'Proposal' || /^(?:à|au|aux|avec)$/.test(doc.low[s.from - 1] ?? '') || /^(?:à|au|aux|avec)$/.test(doc.low[s.from - 2] ?? '')),
  );
  return inside.length ? [inside[0]] : [];
}
