import type { EventMention, Token } from '../types.js';
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';
import { formsWithLemma, verbLemma } from '../nlp/verbs.js';
import type { Span } from './doc.js';
import { actorAfter, PRONOUN_SUBJECTS, subjectBefore, verbGroupStart } from './clauses.js';
import { actorSpan, actorsIn, eventsIn, eventsInProgress, phrase, pushEvent, resolvePronoun, resolvePronounAt, spanOf, type EventContext } from './event-context.js';
import { lexicon, type Frame } from './lexicon.js';
import type { Quote } from './quotes.js';
import { findQuotes, insideQuote } from './quotes.js';
import { fillSlots } from './slots.js';
import { sentenceClauses } from './syntax.js';
import { subjectOf } from '../nlp/clauses.js';
import { isClauseTopic, pronounOf } from './coreference.js';
import { documentSource, isImpersonalIncise } from './document-sources.js';

const TOPIC_WORDS = 8;
// Nouns of attitude that, expressed, make a statement ("a exprimé sa préoccupation").
const ATTITUDES = /^(?:préoccupation|préoccupations|inquiétude|inquiétudes|soutien|opposition|colère|indignation|regret|regrets|satisfaction|solidarité|désaccord|accord|espoir|confiance|volonté|position|condamnation)$/;
const READY = /^(?:prêt|prête|prêts|prêtes|disposé|disposée|disposés|disposées)$/;
const INVERTED = /-(?:t-)?(?:il|elle|ils|elles)$/;

let speechForms: Map<string, string> | null = null;

/** verbLemma for verbs of saying (null for any other word), from a table of their forms only. */
function speechLemma(word: string): string | null {
  speechForms ??= formsWithLemma(lexicon().speech);
  return speechForms.get(word) ?? null;
}

/** A verb whose every frame is a meeting ("accueillir", "recevoir"). */
function meetingOnly(word: string): boolean {
  const lemma = verbLemma(word);
  const frames = lemma ? lexicon().frames.get(lemma) : undefined;
  return !!frames?.length && frames.every((f) => f.meeting);
}

/** A verb of saying proper (not any event verb): "déclarer", "souligner"… */
function isSayingVerb(word: string): boolean {
  return speechLemma(word) !== null;
}

function isSpeechVerb(word: string): boolean {
  const lemma = verbLemma(word);
  if (!lemma) return false;
  const lex = lexicon();
  return lex.speech.has(lemma) || lex.frames.has(lemma);
}

/** Statements: attributed quotations, quote-less attributions, reported speech, "selon X". */
export function extractStatements(ctx: EventContext, s: number, quotes: Quote[]): void {
  const { doc } = ctx;
  const [a, b] = doc.ranges[s];
  const actors = actorsIn(ctx, s);
  const used = new Set<number>();
  const said = attributed(ctx);
  // The speaker of each quotation of this sentence already attributed, by index.
  const speakers: Array<Span | null> = [];
  const terms: Array<{ q: Quote; att: Attribution }> = [];
  const pending: number[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    const region = q.origin ?? q.open;
    if (said.has(region)) continue;
    // "Les membres de “Just Stop Oil” dénoncent …": a name set in quotation marks is no quotation.
    if (q.origin === undefined && (actors.some((x) => x.from === q.open + 1 && x.to === q.close) || quotedName(doc, q))) continue;
    // "« A » et « B », estime X": quotations joined under one attribution are one statement.
    let last = i;
    while (last + 1 < quotes.length && joined(doc.low.slice(quotes[last].close + 1, quotes[last + 1].open))) last++;
    const chained = last > i ? attributeAfter(ctx, quotes[last], actors) : null;
    // A quotation's later sentences are attributed only by an incise within or right after them.
    const closing = chained || q.origin !== undefined ? null : attributeAfter(ctx, q, actors);
    const att = chained
      ? { ...chained, from: q.open, to: Math.max(quotes[last].close + 1, chained.to) }
      : q.origin !== undefined
        ? attributeAfter(ctx, q, actors, true, true) ?? inciseWithin(ctx, q, actors)
        : closing ?? inciseWithin(ctx, q, actors) ?? attributeBefore(ctx, q, actors) ?? vouched(ctx, q, actors) ?? openingSource(ctx, q, actors) ?? governingSpeaker(ctx, q, actors) ?? embeddingSpeaker(ctx, q) ?? attributedNext(ctx, q, s) ?? joinedToPrevious(ctx, quotes, i, speakers) ?? continuation(ctx, q, s);
    if (!att) {
      if (q.origin === undefined) pending.push(i);
      continue;
    }
    speakers[i] = att.speaker;
    // "Ils doivent « A », à « B », les autres « C », a déclaré X": quotations nothing else attributes,
    // before a closing incise, are its too: one statement from the first of them.
    if (closing && pending.length) {
      const lead = quotes[pending[0]];
      for (const k of pending) said.add(quotes[k].open);
      pending.length = 0;
      if (att.verb >= 0) used.add(att.verb);
      said.add(q.open);
      pushQuote(ctx, q, { ...att, from: lead.open }, lead);
      conditionalThreat(ctx, q, att.speaker, actors);
      continue;
    }
    // "a rejeté les « fausses allégations »": a word or two in quotes make a statement of their own
    // only where their speaker makes no other in the sentence, which they would be part of.
    if (!chained && q.origin === undefined && isTerm(q)) {
      terms.push({ q, att });
      continue;
    }
    if (att.verb >= 0) used.add(att.verb);
    for (let k = i; k <= (chained ? last : i); k++) said.add(quotes[k].origin ?? quotes[k].open);
    pushQuote(ctx, q, att);
    if (chained) {
      i = last;
      continue;
    }
    conditionalThreat(ctx, q, att.speaker, actors);
  }
  if (pending.length) closingIncise(ctx, s, quotes, pending, actors, used);
  asSaid(ctx, s, quotes, actors, used);
  if (!quotes.length) quotelessAttribution(ctx, s, actors, used);
  reportedSpeech(ctx, s, quotes, actors, used);
  selon(ctx, s, actors, a, b);
  for (const { q, att } of terms) {
    const at = doc.tokens[q.open].start;
    const verb = att.verb >= 0 ? doc.tokens[att.verb] : null;
    const covers = (e: EventMention) => (e.start <= at && e.end > at) || (verb !== null && e.trigger === verb.text && e.start <= verb.start && e.end >= verb.end);
    if (eventsInProgress(ctx, s).some((e) => e.type === 'Statement' && e.agent === att.speaker.entity && covers(e))) continue;
    said.add(q.open);
    pushQuote(ctx, q, att);
  }
}

/**
 * "les militants de “Dernière Rénovation”": a few capitalized words in quotation marks after a
 * preposition or a determiner name something (a group, a film, an operation); nobody says them.
 */
function quotedName(doc: EventContext['doc'], q: Quote): boolean {
  const words = doc.tokens.slice(q.open + 1, q.close).map((t) => t.text);
  if (!words.length || words.length > 5 || !/^(?:de|du|des|d'|le|la|les|l'|à|au|aux|par|pour|contre|avec)$/.test(doc.low[q.open - 1] ?? '')) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|du|des|d'|la|le|les|l'|et|of|the)$/i.test(w)) && /^\p{Lu}/u.test(words[0]);
}

/** A quoted word or two ("« génocide »", "« fausses allégations »"): a term rather than a sentence. */
function isTerm(q: Quote): boolean {
  return q.text.trim().split(/\s+/).length <= 2;
}

/** The statement of quotation `q`, or of the quotations from `lead` to `q` under one attribution. */
function pushQuote(ctx: EventContext, q: Quote, att: Attribution, lead?: Quote): void {
  const { doc } = ctx;
  const text = lead
    ? doc.article.text.slice(doc.tokens[lead.open + 1].start, doc.tokens[Math.max(lead.open + 1, q.close - 1)].end)
    : q.origin !== undefined
      ? doc.article.text.slice(doc.tokens[q.origin + 1].start, doc.tokens[Math.max(q.origin + 1, q.close - 1)].end)
      : q.text;
  pushEvent(ctx, {
    type: 'Statement',
    agent: att.speaker,
    target: null,
    participants: [],
    topic: firstWords(lead ? lead.text : text),
    quote: text,
    trigger: att.verb >= 0 ? att.verb : q.open + 1,
    from: Math.min(q.open, att.from),
    to: Math.max(q.close + 1, att.to, termContext(doc, q, att)),
    place: null,
    quoteFrom: q.origin,
  });
  ctx.lastSpeaker = att.speaker;
}

/**
 * "déplore les réactions « ambiguës » du Canada": a few words in quotes say little alone; the
 * statement reads on to the end of their phrase.
 */
function termContext(doc: EventContext['doc'], q: Quote, att: Attribution): number {
  if (att.to > q.close + 1 || q.text.trim().split(/\s+/).length > 5) return 0;
  const end = doc.ranges[q.sentence][1];
  let k = q.close + 1;
  while (k < end && !/^(?:[,.;:!?()]|«|»|“|”|")$/.test(doc.low[k])) k++;
  return k;
}

let threatWords: Set<string> | null = null;

/** "« si la Russie attaque, la réponse sera sévère », a déclaré X": a Warning by X aimed at Russia. */
function conditionalThreat(ctx: EventContext, q: Quote, speaker: Span, actors: Span[]): void {
  const { doc } = ctx;
  threatWords ??= new Set((JSON.parse(readFileSync(dataPath('frames', 'threats.json'), 'utf8')) as { words: string[] }).words);
  const inside = (i: number) => i > q.open && i < q.close;
  let si = -1;
  let threat = -1;
  for (let i = q.open + 1; i < q.close; i++) {
    if ((doc.low[i] === 'si' || doc.low[i] === "s'") && si < 0) si = i;
    if (threatWords.has(doc.low[i]) && threat < 0) threat = i;
  }
  if (si < 0 || threat < 0) return;
  const candidates = actors.filter((a) => inside(a.from) && a.type !== 'Person' && a.entity !== speaker.entity);
  if (!candidates.length) return;
  const nearest = candidates.reduce((best, a) => (Math.abs(a.from - si) < Math.abs(best.from - si) ? a : best));
  pushEvent(ctx, {
    type: 'Warning',
    agent: speaker,
    target: nearest,
    participants: [],
    topic: phrase(doc, Math.min(si, threat), Math.min(q.close, Math.max(si, threat) + 6)),
    trigger: threat,
    from: q.open + 1,
    to: q.close,
    place: null,
  });
}

interface Attribution {
  speaker: Span;
  verb: number;
  from: number;
  to: number;
}

/**
 * Who "a-t-il ajouté", "estime-t-il" stands for: the antecedent by salience; but where that is no
 * person while the last speaker is one of the pronoun's gender, the narration has gone on about
 * things and the same voice goes on speaking.
 */
function speakerPronoun(ctx: EventContext, at: number): Span[] {
  const found = resolvePronounAt(ctx, at, true);
  const last = ctx.lastSpeaker;
  const pronoun = pronounOf(ctx.doc.tokens[at]?.text ?? '');
  if (!last || last.type !== 'Person' || found[0]?.type === 'Person' || (pronoun !== 'il' && pronoun !== 'elle')) return found;
  if (found[0] && found[0].sentence === ctx.doc.tokens[at].sentence && isClauseTopic(ctx.doc, found[0])) return found;
  const gender = ctx.index.genders.get(last.entity) ?? null;
  return gender === null || gender === (pronoun === 'il' ? 'm' : 'f') ? [last] : found;
}

/** Only a conjunction or a comma between two quotations. */
function joined(words: string[]): boolean {
  return words.length > 0 && words.length <= 2 && words.every((w) => /^(?:et|,|ou|puis|mais)$/.test(w));
}

const saidRegions = new WeakMap<EventContext, Set<number>>();

/** Opening marks of the quotations already attributed: a quotation of several sentences is one statement. */
function attributed(ctx: EventContext): Set<number> {
  let out = saidRegions.get(ctx);
  if (!out) saidRegions.set(ctx, (out = new Set()));
  return out;
}

/**
 * "« Nous refusons, a-t-il prévenu, ce texte injuste »", "« Nous sommes à bout, explique X, … »":
 * an incise inside the marks names the speaker of the whole quotation.
 */
function inciseWithin(ctx: EventContext, q: Quote, actors: Span[]): Attribution | null {
  const { doc } = ctx;
  for (let c = q.open + 2; c < q.close - 1; c++) {
    if (doc.low[c] !== ',') continue;
    const att = attributeAfter(ctx, { ...q, close: c - 1 }, actors, false);
    if (att) return { ...att, from: q.open, to: q.close + 1 };
  }
  return null;
}

/** "« … », a déclaré X" / "« … », a-t-il indiqué" / "« … », s'est défendu X". */
function attributeAfter(ctx: EventContext, q: Quote, actors: Span[], loose = true, closedOnly = false): Attribution | null {
  const { doc } = ctx;
  const end = doc.ranges[q.sentence][1];
  // A quotation still open at the sentence's end has nothing after it yet.
  if (closedOnly && !/^[«»“”"„]$/.test(doc.tokens[q.close]?.text ?? '')) return null;
  let k = q.close + 1;
  if (doc.low[k] === ',') k++;
  else if (loose && opensSentence(doc, q)) {
    // "« … » durant la CAN, a déclaré X": a complement of the quoted words before the incise.
    let c = k;
    while (c < Math.min(end, k + 8) && !/^(?:[,.;:!?()]|«|»|“|”|")$/.test(doc.low[c]) && !isSpeechVerb(doc.low[c])) c++;
    if (doc.low[c] === ',' && c > k) k = c + 1;
  }
  for (let m = k; m < Math.min(end, k + 5); m++) {
    const w = doc.low[m];
    const inverted = INVERTED.test(w);
    const verbHere = isSpeechVerb(w) ? m : inverted && isSpeechVerb(w.replace(INVERTED, '')) ? m : -1;
    if (verbHere < 0 && !inverted) {
      if (!/^(?:a|ont|avait|avaient|s'|se|est|lui|leur|leur|ne|n'|alors|encore|également|aussi|ensuite|plus|tard|avant|avaient)$/.test(w)) return null;
      continue;
    }
    if (inverted) {
      // "a-t-il également expliqué": adverbs may stand between the pronoun and the participle.
      let next = m + 1;
      while (next < Math.min(end, m + 4) && ADVERBS.test(doc.low[next])) next++;
      const impersonal = isImpersonalIncise(w, doc.low[m + 1]);
      if (impersonal && doc.low[next] === 'été') next++;
      const verb = verbHere >= 0 ? m : next < end && isSpeechVerb(doc.low[next]) ? next : -1;
      if (verb < 0) return null;
      if (impersonal) {
        const source = documentSource(ctx, verb, actors);
        return source ? { speaker: source, verb, from: q.open, to: verb + 1 } : null;
      }
      const [p] = speakerPronoun(ctx, m);
      return p ? { speaker: p, verb, from: q.open, to: verb + 1 } : null;
    }
    // "a annoncé dimanche le ministère": a date or an adverb may come before the subject.
    let at = m + 1;
    while (at < Math.min(end, m + 4) && ADVERBS.test(doc.low[at])) at++;
    const subj = actorAfter(doc, at, actors, 0, end);
    if (subj.length) return { speaker: subj[0], verb: m, from: q.open, to: subj[0].to };
    if (!loose) return null;
    // "a déclaré un responsable du Hamas, Oussama Hamdan": the named person after a description.
    let stop = m + 1;
    while (stop < end && stop < m + 14 && !/^(?:[.;:!?]|«|»)$/.test(doc.low[stop])) stop++;
    // "a déclaré à l'AFP une source …", "a souligné comme les autres syndicats le leader …": complements are not the speaker.
    const near = actors.filter((x) => x.from > m && x.to <= stop && !inComplement(doc, x, m));
    const person = near.find((x) => x.type === 'Person' && doc.low[x.from - 1] === ',') ?? near.find((x) => x.type === 'Person');
    const who = person ?? near[0];
    return who ? { speaker: who, verb: m, from: q.open, to: who.to } : null;
  }
  return null;
}

/** True when the quotation opens its sentence, or follows a colon. */
function opensSentence(doc: EventContext['doc'], q: Quote): boolean {
  return q.open === doc.ranges[q.sentence][0] || doc.low[q.open - 1] === ':';
}

/**
 * An actor inside an adjunct opened after token `after`: "à l'AFP", "comme les autres syndicats",
 * "devant les députés". Not "de": "des représentants de la CSN" speak for it.
 */
function inComplement(doc: EventContext['doc'], x: Span, after: number): boolean {
  let k = x.from - 1;
  while (k > after && /^(?:le|la|les|l'|un|une|son|sa|ses|leur|leurs|ce|cette|ces|autres)$/.test(doc.low[k])) k--;
  return k > after && /^(?:à|au|aux|devant|lors|avec|comme|pour|par|dans|sur|chez|auprès|en)$/.test(doc.low[k]);
}

/** "X a déclaré : « … »", "Et de poursuivre : « … »", "ajoutant : « … »". */
function attributeBefore(ctx: EventContext, q: Quote, actors: Span[]): Attribution | null {
  const { doc } = ctx;
  const [a] = doc.ranges[q.sentence];
  if (doc.low[q.open - 1] !== ':' || q.open - 1 <= a) return null;
  for (let m = q.open - 2; m >= Math.max(a, q.open - 6); m--) {
    if (!isSpeechVerb(doc.low[m]) && !INVERTED.test(doc.low[m])) continue;
    const start = verbGroupStart(doc, m, a);
    const subj = subjectBefore(doc, start, actors);
    if (subj.length) return { speaker: subj[0], verb: m, from: subj[0].from, to: q.close + 1 };
    const prev = doc.low[start - 1] ?? '';
    if (PRONOUN_SUBJECTS.has(prev) || INVERTED.test(doc.low[m]) || /ant$/.test(doc.low[m]) || prev === 'de' || prev === 'et') {
      // "Il a répondu : « … »": the pronoun's antecedent, as for any speaker pronoun (the last
      // speaker only where the narration has not moved on to another person).
      const p = PRONOUN_SUBJECTS.has(prev) ? speakerPronoun(ctx, start - 1)[0] : ctx.lastSpeaker ?? resolvePronoun(ctx, doc.tokens[m].start);
      if (p) return { speaker: p, verb: m, from: start, to: q.close + 1 };
    }
    return null;
  }
  return null;
}

/**
 * The speaker of a quote embedded in a clause, read off the tree: climbing from the quote's words
 * to the nearest verb of saying (or event verb) outside it, whose subject speaks. "X a affirmé que
 * Y devait « … »" is X's quote, not Y's; "X dénonce des « violations »" is X's.
 */
function governingSpeaker(ctx: EventContext, q: Quote, actors: Span[]): Attribution | null {
  const { doc } = ctx;
  const [a, b] = doc.ranges[q.sentence];
  const lo = q.open - a;
  const hi = q.close - a;
  const inside = (k: number) => k > lo && k < hi;
  // Only a verb of saying outside the quotation can govern it: with none, no parse is needed to say so.
  let verbs = false;
  for (let k = a; k < b && !verbs; k++) verbs = !inside(k - a) && isSpeechVerb(doc.tokens[k].text.toLowerCase());
  if (!verbs) return null;
  // Read from outside the quotation: its words need no parse of their own.
  const c = sentenceClauses(doc, q.sentence, q.open);
  const term = isTerm(q);
  for (let k = lo + 1; k < hi; k++) {
    if (c.head[k] < 0 || inside(c.head[k])) continue;
    let rel = c.deprel[k];
    for (let h = c.head[k], steps = 0; h >= 0 && steps < 8; rel = c.deprel[h], h = c.head[h], steps++) {
      // A quoted term set in a complement ("au sein du « format normand »", "la perspective d'un
      // « scénario cauchemar »") names something; one the verb takes as its object is said.
      if (term && !TERM_PATH.test(rel)) return null;
      if (inside(h) || c.upos[h] !== 'VERB' || !isSpeechVerb(c.words[h].toLowerCase())) continue;
      // "Accueillant son « ami »": whom one meets is not what one says.
      if (term && h === c.head[k] && !speechLemma(c.words[h].toLowerCase()) && meetingOnly(c.words[h].toLowerCase())) return null;
      // "…, a déclaré X, avertissant que …": a participle speaks with its main clause's voice.
      // (The verb it hangs on, past other participles, unless a misparse hangs it on a quotation's words.)
      let head = h;
      while (isParticiple(c, head)) head = c.head[head];
      const outside = head !== h && c.upos[head] === 'VERB' && !insideQuote(findQuotes(doc, q.sentence), a + head);
      const host = head !== h ? (outside ? speakerOfVerb(ctx, q.sentence, head, actors)?.speaker : null) ?? hostSpeaker(ctx, q.sentence, a + h) : null;
      const who = host ? { speaker: host, from: a + h } : speakerOfVerb(ctx, q.sentence, h, actors);
      if (!who) return null;
      return { speaker: who.speaker, verb: a + h, from: Math.min(who.from, q.open), to: q.close + 1 };
    }
  }
  return null;
}

/** A present participle adjoined to another verb ("…, a déclaré X, avertissant que …"). */
function isParticiple(c: ReturnType<typeof sentenceClauses>, h: number): boolean {
  return /ant$/.test(c.words[h].toLowerCase()) && /^(?:advcl|conj)$/.test(c.deprel[h]) && c.head[h] >= 0;
}

// The relations by which a quoted term hangs, up to its verb, as what the verb says (object, attribute, clause).
const TERM_PATH = /^(?:obj|iobj|obl:arg|conj|amod|advmod|appos|ccomp|xcomp|advcl|nsubj|nsubj:pass|flat(?::name)?)$/;

/** The agent of the last event stated in sentence `s` before token `at` whose agent is known. */
function hostSpeaker(ctx: EventContext, s: number, at: number): Span | null {
  const before = ctx.doc.tokens[at].start;
  const host = eventsInProgress(ctx, s).filter((e) => e.agent && e.start < before).pop();
  return host ? actorSpan(ctx, s, host.agent) : null;
}

/**
 * "La CAF a, selon lui, ensuite dit qu'elle « … »", "ce que X avait, selon lui, « accepté … »": a
 * source set in an incise of the quotation's clause vouches for it, whoever the clause's subject is.
 */
function vouched(ctx: EventContext, q: Quote, actors: Span[]): Attribution | null {
  const { doc } = ctx;
  const [a] = doc.ranges[q.sentence];
  const words = lexicon().selon;
  // "Selon lui, Moscou « … »": a source opening the sentence vouches for it too.
  for (let k = q.open - 1; k >= Math.max(a, q.open - 12) && !/^(?:[.;:!?]|«|»|“|”|")$/.test(doc.low[k]); k--) {
    // "Pour X, …" gives X's view only opening the sentence; within it, "pour" is any preposition.
    if (!words.has(doc.low[k]) || (doc.low[k] === 'pour' && k !== a) || (doc.low[k - 1] !== ',' && k !== a)) continue;
    // "selon lui": whom the pronoun stands for, by salience ("X a rejeté l'offre. Selon lui, …").
    const who = /^(?:lui|elle)$/.test(doc.low[k + 1] ?? '') ? speakerPronoun(ctx, k + 1)[0] : actorAfter(doc, k + 1, actors, 0)[0];
    if (!who) return null;
    const close = /^(?:lui|elle)$/.test(doc.low[k + 1] ?? '') ? k + 2 : who.to;
    if (doc.low[close] !== ',') return null;
    // The clause the source is set in starts after the comma before its subject, or with the sentence.
    let from = k - 1;
    while (from > a && doc.low[from - 1] !== ',') from--;
    return { speaker: who, verb: -1, from, to: q.close + 1 };
  }
  return null;
}

/**
 * "Pour X, de l'Unsa, le seul interlocuteur c'est Y : « … »": a sentence that opens on its source's
 * view goes on in that source's words after the colon.
 */
function openingSource(ctx: EventContext, q: Quote, actors: Span[]): Attribution | null {
  const { doc } = ctx;
  const [a] = doc.ranges[q.sentence];
  if (doc.low[q.open - 1] !== ':' || !lexicon().selon.has(doc.low[a])) return null;
  const who = actorAfter(doc, a + 1, actors, 0)[0];
  if (!who) return null;
  // The source's phrase ends at the first comma ("Pour X de l'Unsa police, …").
  let comma = who.to;
  while (comma < q.open && doc.low[comma] !== ',' && comma < who.to + 6) comma++;
  if (doc.low[comma] !== ',') return null;
  return { speaker: who, verb: -1, from: q.open, to: q.close + 1 };
}

/** Who speaks through verb `h` (local index): its subject's actor, or the antecedent of its subject pronoun. */
function speakerOfVerb(ctx: EventContext, s: number, h: number, actors: Span[]): { speaker: Span; from: number } | null {
  const { doc } = ctx;
  const [a] = doc.ranges[s];
  // "qui a promis de répliquer …": an infinitive speaks with the voice of the verb it completes.
  const c0 = sentenceClauses(doc, s, a + h);
  if (c0.deprel[h] === 'xcomp' && c0.head[h] >= 0 && c0.upos[c0.head[h]] === 'VERB' && verbLemma(doc.low[a + h]) === doc.low[a + h]) return speakerOfVerb(ctx, s, c0.head[h], actors);
  // The verb already stated an event ("X, le chef de …, a accusé Y d'accueillir « … »"): its agent,
  // read by the event rules (appositions, pronouns, inverted subjects), is who speaks.
  const infinitive = verbLemma(doc.low[a + h]) === doc.low[a + h] && /^(?:de|d'|d’|à)$/.test(doc.low[a + h - 1] ?? '');
  const acting = agentOfTrigger(ctx, s, a + h) ?? (infinitive ? agentOfHost(ctx, s, a + h) : null);
  if (acting) return { speaker: acting, from: Math.min(acting.sentence === s ? acting.from : a + h, a + h) };
  // A plain clause reads the same with the word window, which a misparse cannot lead astray.
  const groupStart = verbGroupStart(doc, a + h, a);
  if (PRONOUN_SUBJECTS.has(doc.low[groupStart - 1] ?? '')) {
    const [p] = speakerPronoun(ctx, groupStart - 1);
    return p ? { speaker: p, from: groupStart - 1 } : null;
  }
  // "… contre le Nord, qui a promis …": a relative clause speaks with its antecedent's voice, or nobody's named.
  if (doc.low[groupStart - 1] === 'qui') {
    const end = doc.low[groupStart - 2] === ',' ? groupStart - 2 : groupStart - 1;
    const antecedent = actors.filter((x) => x.to === end).sort((x, y) => x.from - y.from)[0];
    return antecedent ? { speaker: antecedent, from: antecedent.from } : null;
  }
  const window = subjectBefore(doc, groupStart, actors);
  if (window.length && Math.max(...window.map((x) => x.to)) === groupStart) return { speaker: window[0], from: window[0].from };
  const slots = fillSlots(doc, s, a + h, SAYING, actors);
  if (slots.agent.length) return { speaker: slots.agent[0], from: Math.min(slots.agent[0].from, a + h) };
  if (slots.agentUnknown) return null;
  const c = sentenceClauses(doc, s, a + h);
  const heads = subjectOf(c, h);
  const pronounAt = heads.length === 1 && pronounOf(c.words[heads[0]]) ? a + heads[0] : !heads.length && pronounOf(c.words[h]) ? a + h : -1;
  if (pronounAt < 0) return null;
  const [p] = speakerPronoun(ctx, pronounAt);
  return p ? { speaker: p, from: Math.min(pronounAt, a + h) } : null;
}

/** The agent of the first act (no statement, no meeting) stated so far in sentence `s` whose evidence holds token `t` as `holds` asks. */
function agentOfActAt(ctx: EventContext, s: number, t: number, holds: (e: EventMention, tok: Token) => boolean): Span | null {
  const tok = ctx.doc.tokens[t];
  const e = eventsInProgress(ctx, s).find((x) => x.agent && x.type !== 'Statement' && x.type !== 'Meeting' && x.end >= tok.end && holds(x, tok));
  return e ? actorSpan(ctx, s, e.agent) : null;
}

/** The agent of the event this sentence already states with its trigger at token `t`. */
const agentOfTrigger = (ctx: EventContext, s: number, t: number) => agentOfActAt(ctx, s, t, (e, tok) => e.trigger === tok.text && e.start <= tok.start);

/**
 * "X a accusé Y d'accueillir « … »": an infinitive inside the stretch of an event stated before it
 * completes that event's verb, whatever the tree hung it on; the event's agent speaks.
 */
const agentOfHost = (ctx: EventContext, s: number, t: number) => agentOfActAt(ctx, s, t, (e, tok) => e.start < tok.start);

const SAYING: Frame = { lemma: 'dire', type: 'Statement', object: 'none' };

/** A partial quote inside a clause whose speaker is already known ("X a averti que … « … »"). */
function embeddingSpeaker(ctx: EventContext, q: Quote): Attribution | null {
  const { doc } = ctx;
  const start = doc.tokens[q.open].start;
  // The clause the quote sits in: of the events stated before it, the one that starts last.
  let host: EventMention | undefined;
  for (const e of eventsInProgress(ctx, q.sentence)) if (e.agent && e.start < start && e.type !== 'Meeting' && (!host || e.start > host.start)) host = e;
  // A quoted term ("« format normand »", "“sobre”") is a word in quotes, not a statement.
  const words = q.text.trim().split(/\s+/).length;
  if (host && words >= 4) {
    const span = spanOf(ctx, host.agent);
    if (span) return { speaker: span, verb: -1, from: q.open, to: q.close + 1 };
  }
  // "X s'est dit « profondément préoccupé »": a speech verb with a subject before the quote.
  const [a] = doc.ranges[q.sentence];
  for (let m = q.open - 1; m >= Math.max(a, q.open - 7); m--) {
    if (!isSayingVerb(doc.low[m])) continue;
    // "s'est dit confiant": the attribute reads as a verb of saying ("confier"); the verb is the one before.
    if (m - 1 >= a && isSayingVerb(doc.low[m - 1])) m--;
    const start = verbGroupStart(doc, m, a);
    const subj = subjectBefore(doc, start, actorsIn(ctx, q.sentence));
    if (subj.length) return { speaker: subj[0], verb: m, from: subj[0].from, to: q.close + 1 };
    if (PRONOUN_SUBJECTS.has(doc.low[start - 1] ?? '')) {
      const [p] = resolvePronounAt(ctx, start - 1);
      if (p) return { speaker: p, verb: m, from: start - 1, to: q.close + 1 };
    }
  }
  return null;
}

const POINTING_BACK = /^(?:voilà|voila|c'est|ce|tel|telle|tels|telles)$/;

/**
 * "« … » Voilà ce qu'a écrit X." / "« … » C'est ce qu'a déclaré X.": a quotation that fills its
 * sentence, attributed by the next one pointing back at it.
 */
function attributedNext(ctx: EventContext, q: Quote, s: number): Attribution | null {
  const { doc } = ctx;
  const [a] = doc.ranges[s];
  if (q.open !== a || s + 1 >= doc.ranges.length) return null;
  const [c, d] = doc.ranges[s + 1];
  if (!POINTING_BACK.test(doc.low[c] ?? '')) return null;
  let k = c + 1;
  while (k < Math.min(d, c + 4) && !/^(?:que|qu'|qu’)$/.test(doc.low[k])) k++;
  if (k >= Math.min(d, c + 4) || doc.low[k - 1] !== 'ce') return null;
  for (let m = k + 1; m < Math.min(d, k + 4); m++) {
    if (!isSpeechVerb(doc.low[m])) continue;
    // The subject follows the verb, maybe after its description: "le premier ministre du Québec, François Legault".
    const next = actorsIn(ctx, s + 1);
    const after = next.filter((x) => x.from > m && x.from <= m + 10);
    const who = actorAfter(doc, m + 1, next, 0, d)[0] ?? after.find((x) => x.type === 'Person') ?? after[0];
    return who ? { speaker: who, verb: -1, from: q.open, to: q.close + 1 } : null;
  }
  return null;
}

/** "« A », mais « B »": a quotation joined to the one before it, attributed, goes on in the same voice. */
function joinedToPrevious(ctx: EventContext, quotes: Quote[], i: number, speakers: Array<Span | null>): Attribution | null {
  const prev = speakers[i - 1];
  if (i === 0 || !prev || !joined(ctx.doc.low.slice(quotes[i - 1].close + 1, quotes[i].open))) return null;
  // "un partenaire « solide » et « fiable »": joined words in quotes are one statement's.
  if (quotes[i].text.trim().split(/\s+/).length < 3) return null;
  return { speaker: prev, verb: -1, from: quotes[i].open, to: quotes[i].close + 1 };
}

/** A whole-sentence quote right after a quote by the same speaker. */
function continuation(ctx: EventContext, q: Quote, s: number): Attribution | null {
  const { doc } = ctx;
  const [a, b] = doc.ranges[s];
  if (!ctx.lastSpeaker) return null;
  const prev = eventsIn(ctx, s - 1).filter((e) => e.type === 'Statement');
  if (!prev.length) return null;
  if (q.open === a) {
    const closed = /[.!?…]$/.test(q.text.trim()) || doc.low[b - 1] === '.';
    if (!closed) return null;
  } else {
    // "La seconde étape était « d'aller discuter avec X »": words quoted in a sentence that names
    // no one before them go on with the voice of the statement just made.
    if (q.text.trim().split(/\s+/).length < 3 || actorsIn(ctx, s).some((x) => x.from < q.open)) return null;
  }
  // The voice of the statement just made, reported or quoted.
  const last = prev[prev.length - 1].agent;
  const speaker = (last && (actorsIn(ctx, s - 1).find((x) => x.entity === last) ?? spanOf(ctx, last))) || ctx.lastSpeaker;
  return { speaker, verb: -1, from: q.open, to: q.close + 1 };
}

/**
 * "Le texte est une « aide à la décision » pour lui, a relevé le député X.": quotations nothing
 * else attributes, in a sentence closed by an incise of saying, are that sentence's statement.
 */
function closingIncise(ctx: EventContext, s: number, quotes: Quote[], pending: number[], actors: Span[], used: Set<number>): void {
  const { doc } = ctx;
  const [a, b] = doc.ranges[s];
  const last = quotes[pending[pending.length - 1]];
  for (let comma = b - 2; comma > last.close; comma--) {
    if (doc.low[comma] !== ',') continue;
    const att = attributeAfter(ctx, { open: a, close: comma - 1, sentence: s, text: '' }, actors);
    if (!att || used.has(att.verb) || !isSayingVerb(doc.low[att.verb].replace(INVERTED, ''))) return;
    // The incise closes the sentence: its subject, maybe with an apposition, ends it.
    let end = b;
    while (end > att.to && /^[.!?]$/.test(doc.low[end - 1])) end--;
    if (end - att.to > 6 && doc.low[att.to] !== ',') return;
    // Words its speaker already said in a statement of the sentence are part of that one.
    if (eventsInProgress(ctx, s).some((e) => e.type === 'Statement' && e.agent === att.speaker.entity)) return;
    used.add(att.verb);
    for (const k of pending) attributed(ctx).add(quotes[k].open);
    pushQuote(ctx, last, { ...att, from: a }, quotes[pending[0]]);
    return;
  }
}

/** Quotation marks lost in scraping: "Texte cité…, a-t-il affirmé." */
function quotelessAttribution(ctx: EventContext, s: number, actors: Span[], used: Set<number>): void {
  const { doc } = ctx;
  const [a, b] = doc.ranges[s];
  let end = b;
  while (end > a && /^[.!?]$/.test(doc.low[end - 1])) end--;
  for (let comma = a + 5; comma < end - 1; comma++) {
    if (doc.low[comma] !== ',') continue;
    const fake: Quote = { open: a - 1 < a ? a : a, close: comma, sentence: s, text: phrase(doc, a, comma) };
    const att = attributeAfter(ctx, { ...fake, open: a }, actors, false);
    if (!att) continue;
    if (used.has(att.verb)) return;
    // The words before the comma must not already be someone's clause with its own verb event.
    if (eventsInProgress(ctx, s).some((e) => e.type !== 'Statement' && doc.tokens[comma].start > e.start && e.agent !== att.speaker.entity)) return;
    used.add(att.verb);
    pushEvent(ctx, {
      type: 'Statement',
      agent: att.speaker,
      target: null,
      participants: [],
      topic: firstWords(fake.text),
      quote: fake.text,
      trigger: att.verb,
      from: a,
      to: Math.max(att.to, comma + 1),
      place: null,
    });
    ctx.lastSpeaker = att.speaker;
    return;
  }
}

/** "X a déclaré que …", "X a affirmé vouloir …", "X s'est dit préoccupé …", "X a déploré l'état de …", "X a fait part de …". */
function reportedSpeech(ctx: EventContext, s: number, quotes: Quote[], actors: Span[], used: Set<number>): void {
  const { doc } = ctx;
  const [a, b] = doc.ranges[s];
  for (let t = a; t < b; t++) {
    if (used.has(t) || insideQuote(quotes, t)) continue;
    const idiom = idiomAt(doc, t, b);
    const lemma = idiom ? null : speechLemma(doc.low[t]) ?? objectLemma(doc.low[t]);
    if (!idiom && !lemma) continue;
    const verb = idiom ? idiom.verb : t;
    // "Et de déplorer …", "Et d'ajouter que …": the narrative infinitive goes on in the last speaker's voice.
    const narrative = !idiom && t === a + 2 && doc.low[a] === 'et' && /^(?:de|d')$/.test(doc.low[a + 1]) && ctx.lastSpeaker !== null;
    if (used.has(verb) || (!narrative && /^(?:le|la|les|l'|un|une|des|du|de|sa|son|ses)$/.test(doc.low[verb - 1] ?? ''))) continue;
    // Already an event of a more specific type on this verb.
    if (eventsInProgress(ctx, s).some((e) => e.trigger === doc.tokens[verb].text && e.start <= doc.tokens[verb].start && e.end >= doc.tokens[verb].end)) continue;
    let k = t + 1;
    while (k < b && /^(?:par|ailleurs|notamment|dans|ce|contexte|aussi|également|encore|sur|le|fait|lui|leur|même|alors|pourtant|aux|journalistes)$/.test(doc.low[k]) && k < t + 6) k++;
    // "a affirmé, dans une conférence de presse, que …": past an incise to what was said.
    if (doc.low[k] === ',' && !idiom) {
      let c = k + 1;
      while (c < Math.min(b, k + 12) && !/^(?:[,.;:!?]|«|»)$/.test(doc.low[c])) c++;
      if (doc.low[c] === ',' && /^(?:que|qu')$/.test(doc.low[c + 1] ?? '')) k = c + 1;
    }
    const w = doc.low[k] ?? '';
    const reflexiveDit = lemma === 'dire' && /^(?:s'|se)$/.test(doc.low[verbGroupStart(doc, t, a)] ?? '');
    const attitude = !idiom && /^(?:sa|son|ses|leur|leurs)$/.test(w) && ATTITUDES.test(doc.low[k + 1] ?? '');
    const thatClause = !idiom && (w === 'que' || w === "qu'" || attitude);
    const infinitive = !idiom && !thatClause && verbLemma(w) === w && /(?:er|ir|re)$/.test(w);
    // Not an incise (", a annoncé dimanche le ministère": the subject follows) nor a participle, whose subject is the main clause's.
    const finite = narrative || (!/ant$/.test(doc.low[t]) && verbLemma(doc.low[t]) !== doc.low[t] && doc.low[verbGroupStart(doc, t, a) - 1] !== ',');
    const object = !idiom && !thatClause && !infinitive && !reflexiveDit && finite && lemma !== null && objectVerbs().has(lemma) ? objectAfter(doc, t, b) : -1;
    if (!idiom && !thatClause && !infinitive && !reflexiveDit && object < 0) continue;
    // "a répété les menaces de …": an object naming a speech act of its own type is that event's, not a statement.
    if (object >= 0 && eventsInProgress(ctx, s).some((e) => e.type !== 'Statement' && e.start <= doc.tokens[t].start && e.end >= doc.tokens[t].end)) continue;
    // A quotation after the verb, attributed, is the statement; a quoted word left unattributed ("un risque de « génocide »") is part of this one.
    const said = attributed(ctx);
    // (Unless another verb of saying, after this one, claimed it: "a affirmé que …, soulignant que « … »".)
    if (quotes.some((q) => q.open > t && said.has(q.origin ?? q.open) && ![...used].some((v) => v > t && v < q.open))) continue;
    const start = narrative ? a : verbGroupStart(doc, verb, a);
    // "X a menacé de bloquer le rachat de Y par Z, estimant que …": a participle set off by a comma
    // speaks with the voice of the clause it hangs on, not of the last name before it.
    const host = !narrative && /ant$/.test(doc.low[t]) && doc.low[start - 1] === ',' ? hostSpeaker(ctx, s, start) : null;
    let agent = narrative && ctx.lastSpeaker ? [ctx.lastSpeaker] : host ? [host] : subjectBefore(doc, start, actors);
    if (!agent.length) {
      const prev = doc.low[start - 1] ?? '';
      if (PRONOUN_SUBJECTS.has(prev)) {
        const [p] = resolvePronounAt(ctx, start - 1);
        if (p) agent = [p];
      } else if (prev === 'et' && start - 1 > a) {
        agent = subjectBefore(doc, start - 1, actors);
      }
    }
    if (!agent.length) continue;
    const from = idiom ? idiom.content : object >= 0 ? object : thatClause && !attitude ? k + 1 : k;
    const to = clauseEnd(doc, from, b);
    // "X s'est dit prêt à rencontrer Y": an offer (a Proposal to Y), not a statement.
    const offer = reflexiveDit && READY.test(w);
    pushEvent(ctx, {
      type: offer ? 'Proposal' : 'Statement',
      agent: agent[0],
      target: offer ? (actors.find((x) => x.from > k && x.to <= to && x.entity !== agent[0].entity) ?? null) : null,
      participants: [],
      topic: firstWords(phrase(doc, from, to)),
      trigger: verb,
      from: Math.min(agent[0].from, start),
      to,
      place: null,
    });
    used.add(verb);
    used.add(t);
    // "s'est dit confiant que": the attribute is no second verb of saying ("confier").
    if (reflexiveDit) used.add(k);
  }
}

interface SpeechExtras {
  objects: Set<string>;
  idioms: Array<{ verb: string; words: string[]; opener: string }>;
}
let extras: SpeechExtras | null = null;

function speechExtras(): SpeechExtras {
  if (extras) return extras;
  const data = JSON.parse(readFileSync(dataPath('frames', 'speech.json'), 'utf8')) as { objects: string[]; phrases: string[] };
  const idioms = data.phrases.map((p) => {
    const words = p.toLowerCase().split(/\s+|(?<=')/).filter(Boolean);
    return { verb: words[0], words: words.slice(1, -1), opener: words[words.length - 1] };
  });
  extras = { objects: new Set(data.objects), idioms };
  return extras;
}

const objectVerbs = (): Set<string> => speechExtras().objects;

let objectForms: Map<string, string> | null = null;

/** verbLemma for the verbs whose object says what was said ("évoquer", "remercier"), null for any other word. */
function objectLemma(word: string): string | null {
  objectForms ??= formsWithLemma(objectVerbs());
  return objectForms.get(word) ?? null;
}

// Words that open what a speech idiom introduces, by the idiom's last word.
const OPENERS: Record<string, RegExp> = { de: /^(?:de|d'|du|des)$/, à: /^(?:à|au|aux)$/, que: /^(?:que|qu')$/, sur: /^(?:sur)$/ };
const ADVERBS = /^(?:aussi|également|encore|notamment|ensuite|enfin|alors|pourtant|néanmoins|toutefois|cependant|déjà|immédiatement|aussitôt|publiquement|longuement|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|dernier|soir|matin)$/;

/**
 * A speech idiom whose last fixed word stands at t ("a fait part", "a fait également état"): the
 * token of its verb and the first token of what it introduces, past an incise ("a fait part,
 * devant les députés, de son inquiétude").
 */
function idiomAt(doc: EventContext['doc'], t: number, end: number): { verb: number; content: number } | null {
  for (const idiom of speechExtras().idioms) {
    const n = idiom.words.length;
    if (!n || doc.low[t] !== idiom.words[n - 1] || !idiom.words.every((w, i) => doc.low[t - n + 1 + i] === w)) continue;
    let verb = t - n;
    while (verb > t - n - 3 && ADVERBS.test(doc.low[verb] ?? '')) verb--;
    if (verbLemma(doc.low[verb] ?? '') !== idiom.verb) continue;
    let k = t + 1;
    if (doc.low[k] === ',') {
      let c = k + 1;
      while (c < Math.min(end, k + 10) && doc.low[c] !== ',') c++;
      if (doc.low[c] === ',') k = c + 1;
    }
    // "a fait état « d'exécutions … »": the quotation may open before its first word.
    const mark = /^[«"“]$/.test(doc.low[k] ?? '') ? 1 : 0;
    if (!OPENERS[idiom.opener]?.test(doc.low[k + mark] ?? '')) continue;
    return { verb, content: mark ? k : k + 1 };
  }
  return null;
}

/** Where the noun phrase a verb takes as its object starts, past adverbs and a date ("a déploré mardi les positions"), or -1. */
function objectAfter(doc: EventContext['doc'], t: number, end: number): number {
  let k = t + 1;
  while (k < end && k < t + 5 && (ADVERBS.test(doc.low[k]) || (doc.low[k] === 'de' && doc.low[k + 1] === 'nouveau') || doc.low[k] === 'nouveau' || (doc.low[k] === 'en' && doc.low[k + 1] === 'outre') || doc.low[k] === 'outre')) k++;
  return /^(?:le|la|les|l'|un|une|des|du|sa|son|ses|leur|leurs|ce|cet|cette|ces|notre|nos|plusieurs|m\.|mme)$/.test(doc.low[k] ?? '') ? k : -1;
}

/**
 * Attribution by a preposition (speech.json "selon"): "Selon X, …", "D'après X, …", "Pour X, …"
 * opening a sentence, and "…, selon X" / "selon lui" inside one. "Pour" only opens a sentence:
 * elsewhere it is a goal or a beneficiary.
 */
function selon(ctx: EventContext, s: number, actors: Span[], a: number, b: number): void {
  const { doc } = ctx;
  const words = lexicon().selon;
  for (let k = a; k < b; k++) {
    const w = doc.low[k];
    // Only "d'après" is two tokens: other words are looked up alone.
    const len = words.has(w) ? 1 : w === "d'" && k + 1 < b && words.has(`d'${doc.low[k + 1]}`) ? 2 : 0;
    if (!len) continue;
    const opening = k === a || (k === a + 1 && /^(?:et|mais|or)$/.test(doc.low[a]));
    if (doc.low[k] === 'pour' && !opening) continue;
    // "l'accord qui, selon Moscou, n'est pas respecté": the source vouches for a relative clause, not for the sentence.
    if (!opening && /^(?:qui|que|qu'|dont|où)$/.test(doc.low[k - 1] === ',' ? doc.low[k - 2] ?? '' : doc.low[k - 1] ?? '')) continue;
    const at = k + len;
    // One attributed source: "Selon Kiev, Moscou …" lists no "Kiev, Moscou".
    const pronoun = /^(?:lui|elle|eux|elles)$/.test(doc.low[at] ?? '');
    // "Selon lui, Moscou …": the pronoun is the source, not the next name.
    let who = pronoun ? [] : actorAfter(doc, at, actors, 0, b).slice(0, 1);
    // "selon lui « … »": the speaker just quoted, when a quote gives the words; without one, "selon
    // lui" goes on with what the previous statement reported.
    if (pronoun && ctx.lastSpeaker && findQuotes(doc, s).length) who = [ctx.lastSpeaker];
    // Opening a sentence after an act that was not speech, the one who acted ("X a rejeté
    // l'offre. Selon lui, …"); after a statement, it goes on with what that statement reported.
    if (pronoun && !who.length && opening && !eventsIn(ctx, s - 1).some((e) => e.type === 'Statement')) who = resolvePronounAt(ctx, at).slice(0, 1);
    if (!who.length) continue;
    // A quotation of the clause already stands on this source's word.
    if (eventsInProgress(ctx, s).some((e) => e.type === 'Statement' && e.agent === who[0].entity && e.start <= doc.tokens[k].start && e.end >= doc.tokens[k].end)) return;
    let after = who[0].sentence === s ? who[0].to : at + 1;
    // "Pour Jean Dupont, de l'Unsa police, …" / "Selon X du syndicat Y, …": the speaker's affiliation before the comma.
    if (opening && /^(?:de|du|des|d')$/.test(doc.low[after] ?? '')) {
      let c = after + 1;
      while (c < Math.min(b, after + 7) && !/^(?:[,.;:!?]|«|»)$/.test(doc.low[c])) c++;
      if (doc.low[c] === ',') after = c;
    }
    if (opening && doc.low[after] !== ',') continue;
    const from = opening ? after + 1 : a;
    const to = opening ? clauseEnd(doc, from, b) : Math.max(after, clauseEnd(doc, a, b));
    pushEvent(ctx, {
      type: 'Statement',
      agent: who[0],
      target: null,
      participants: [],
      topic: firstWords(phrase(doc, opening ? from : a, opening ? to : k)),
      trigger: k,
      from: opening ? k : a,
      to,
      place: null,
    });
    return;
  }
}

function clauseEnd(doc: EventContext['doc'], from: number, end: number): number {
  let k = from;
  // A clause reads on past a word or two in quotes ("les réactions « ambiguës » du Canada").
  while (k < end && !(/^(?:[.;:!?]|»)$/.test(doc.low[k]) && !(doc.low[k] === '»' && closesTerm(doc, k)))) k++;
  return Math.max(k, Math.min(from + 1, end));
}

/** True when the closing mark at k ends a quotation of one or two words. */
function closesTerm(doc: EventContext['doc'], k: number): boolean {
  return doc.low[k - 2] === '«' || doc.low[k - 3] === '«';
}

/**
 * "X a accepté de démissionner, comme l'a annoncé le maire Y": the clause before "comme l'a
 * <dit>" is what Y said ("ainsi que l'a indiqué Y" too).
 */
function asSaid(ctx: EventContext, s: number, quotes: Quote[], actors: Span[], used: Set<number>): void {
  const { doc } = ctx;
  const [a, b] = doc.ranges[s];
  for (let k = a + 3; k + 3 < b; k++) {
    const ainsi = doc.low[k] === 'que' && doc.low[k - 1] === 'ainsi';
    if ((doc.low[k] !== 'comme' && !ainsi) || !/^(?:l'|l’)$/.test(doc.low[k + 1]) || insideQuote(quotes, k)) continue;
    let v = k + 2;
    if (!/^(?:a|ont|avait|avaient)$/.test(doc.low[v])) continue;
    v++;
    while (v < b && ADVERBS.test(doc.low[v])) v++;
    if (used.has(v) || !isSayingVerb(doc.low[v])) continue;
    let at = v + 1;
    while (at < Math.min(b, v + 4) && ADVERBS.test(doc.low[at])) at++;
    // "le bourgmestre Y": a title the article does not list may stand before the name.
    const who = actorAfter(doc, at, actors, 2, b)[0];
    const clauseStart = ainsi ? k - 1 : k;
    if (!who || doc.low[clauseStart - 1] !== ',') continue;
    used.add(v);
    pushEvent(ctx, {
      type: 'Statement',
      agent: who,
      target: null,
      participants: [],
      topic: firstWords(phrase(doc, a, clauseStart - 1)),
      trigger: v,
      from: a,
      to: who.to,
      place: null,
    });
  }
}

// A topic cut after one of these ("… six heures de") reads as if it had lost its last word.
const DANGLING = /^(?:de|d'|du|des|la|le|les|l'|un|une|à|au|aux|et|ou|en|pour|par|sur|avec|dans|contre|sans|que|qu'|qui|ce|cette|ces|son|sa|ses|leur|leurs|notre|nos|votre|vos|ne|n'|se|s')$/i;

/** The first words of a quotation or clause, not ending on a word that needs the next one. */
function firstWords(text: string): string {
  const words = text.replace(/^[\s«"“]+/, '').split(/\s+/).filter(Boolean);
  // A short quotation is its own topic; a longer one is cut, past any dangling little word.
  let n = words.length <= TOPIC_WORDS + 2 ? words.length : TOPIC_WORDS;
  while (n < words.length && n < TOPIC_WORDS + 4 && DANGLING.test(words[n - 1].replace(/[,;:]+$/, ''))) n++;
  return words.slice(0, n).join(' ').replace(/[,;:»"”]+$/, '');
}
