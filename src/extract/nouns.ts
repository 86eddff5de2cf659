import type { EventType } from '../types.js';
import { verbLemma, verbTenses } from '../nlp/verbs.js';
import { firstWord, keyOfSpan, type Span } from './doc.js';
import { actorAfter, dedupe, PRONOUN_SUBJECTS, subjectBefore, verbGroupStart } from './clauses.js';
import { actorsIn, eventsInProgress, lastPersonBefore, phrase, placeIn, pushEvent, resolvePronounAt, spanOf, type EventContext } from './event-context.js';
import { lexicon, type Frame, type NounFrame } from './lexicon.js';
import { fillSlots } from './slots.js';
import { sentenceClauses, sentenceTags } from './syntax.js';
import { insideQuote, type Quote } from './quotes.js';

function nounAt(ctx: EventContext, i: number): { frame: NounFrame; to: number } | null {
  const { doc } = ctx;
  const lex = lexicon();
  if (!lex.nounStarts.has(firstWord(doc, i))) return null;
  for (const len of [4, 3, 2, 1]) {
    const key = keyOfSpan(doc, i, i + len);
    const frame = lex.nouns.get(key);
    if (frame) return { frame, to: i + len };
  }
  return null;
}

/** Meetings named by a noun: "une réunion de l'OSCE", "la rencontre entre X et Y", "un entretien avec Y". */
export function extractMeetingNouns(ctx: EventContext, s: number, quotes: Quote[]): void {
  const { doc } = ctx;
  const [a, b] = doc.ranges[s];
  const actors = actorsIn(ctx, s);
  for (let i = a; i < b; i++) {
    // A word or two in quotation marks (a "sommet" commercial) is the writer's term, not someone's speech.
    if (quotes.some((q) => i > q.open && i < q.close && q.close - q.open > 4)) continue;
    const hit = nounAt(ctx, i);
    if (!hit || hit.frame.type !== 'Meeting') continue;
    let k = hit.to;
    while (k < b && /^(?:bilatérale|bilatéral|ministérielle|annuelle|informelle|téléphonique|cruciale|décisive|virtuelle|extraordinaire|jugée|prévue|inédite|tendue|directe|direct|franche|franc|longue|nouvelle|au|haut|niveau|sommet|d'urgence|à|huis|clos|»|"|”)$/.test(doc.low[k])) k++;
    // "entretien Tsipras/Merkel/Hollande", "sommet Biden-Xi": a headline joins its participants' names.
    const joined = namesJoined(doc, k, actors, b);
    // A verb homograph ("il rencontre") is the verb frame's business; a noun has its determiner,
    // maybe past adjectives ("la troisième conversation", "leurs premiers échanges"), or, in a headline, the names.
    if (!NOUN_DETERMINER.test(determinerBefore(doc, i)) && joined.length < 2) continue;
    const participants: Span[] = [...(joined.length >= 2 ? joined : [])];
    let agent: Span | null = null;
    // "une rencontre à Moscou entre X et Y", "un entretien mardi avec Y": a place or a day may come first.
    const between = lookAhead(doc, k, b);
    if (between >= 0) k = between;
    const w = doc.low[k];
    if (participants.length) {
      // Read above.
    } else if (w === 'entre') {
      let x = actorAfter(doc, k + 1, actors, 1, b);
      // "entre le groupe armé AFC/M23 et Kinshasa": a description whose name comes before "et" is that name.
      if (!x.length || !/^(?:et|,)$/.test(doc.low[x[x.length - 1].to] ?? '')) {
        for (let m = k + 1; m < Math.min(b, k + 8) && !/^[,.;:!?()«»]$/.test(doc.low[m]); m++) {
          if (doc.low[m] !== 'et') continue;
          const named = actors.filter((y) => y.to === m && y.from > k && y.kind !== 'description');
          const widest = Math.min(...named.map((y) => y.from));
          if (named.length) x = named.filter((y) => y.from === widest);
          break;
        }
      }
      const last = x[x.length - 1];
      participants.push(...x);
      if (last && /^(?:et|,)$/.test(doc.low[last.to])) participants.push(...actorAfter(doc, last.to + 1, actors, 1, b));
    } else if ((hit.frame.needsParticipants ?? 1) < 2 && (w === 'de' || w === 'du' || w === "d'" || w === 'des')) {
      const x = actorAfter(doc, k + 1, actors, 0, b);
      if (x.length) {
        participants.push(...x);
        if (x[0].type === 'Organization') agent = x[0];
        k = x[x.length - 1].to;
      }
    } else if (actors.some((x) => x.from === k && x.to === k + 1 && doc.tokens[k].text.includes('-'))) {
      participants.push(...actors.filter((x) => x.from === k));
    }
    // "un entretien avec Y": the clause's subject meets Y; vaguer nouns ("négociations") need "entre X et Y".
    if ((hit.frame.needsParticipants ?? 1) < 2 && (doc.low[k] === 'avec' || doc.low[k + 1] === 'avec')) {
      const at = doc.low[k] === 'avec' ? k : k + 1;
      const withWho = actorAfter(doc, at + 1, actors, 0, b);
      if (withWho.length) {
        if (!participants.length) {
          const subj = subjectBefore(doc, i, actors);
          participants.push(...subj);
        }
        participants.push(...withWho);
      }
    }
    let all = dedupe(participants);
    const det = determinerBefore(doc, i);
    // "X et Y ont évoqué la tenue d'un sommet": the clause's subject, when it is a group, meets;
    // "sa conférence de presse" is one holder's, whoever the clause's subject.
    if (all.length < 2 && !agent && !SINGULAR_POSSESSIVE.test(det)) {
      const group = groupSubject(ctx, s, i, actors);
      if (group.length >= 2) all = group;
    }
    // "cet entretien", "leur premier entretien", "la rencontre": the meeting the article just reported.
    // A definite one that is its clause's subject ("La discussion a duré trois heures", "Le sommet de jeudi n'a rien réglé") does too.
    // Not one with its own complement ("la visite de M. Wen"): that names a meeting of its own.
    const ownComplement = /^(?:de|du|des|d')$/.test(doc.low[hit.to] ?? '') && actorAfter(doc, hit.to + 1, actors, 0, b).length > 0;
    if (all.length < 2 && !agent && (ANAPHORIC.test(det) || ANAPHORIC.test(durationDeterminer(doc, i)) || (DEFINITE.test(det) && (PRENOMINAL.test(doc.low[i - 1]) || (!ownComplement && isSubject(ctx, s, i)))))) {
      const prior = recentMeeting(ctx, s);
      if (prior) all = prior;
    }
    // "Il a affirmé, dans une conférence de presse commune, …": its subject and the one just named with them.
    if (all.length < 2 && !agent && hit.frame.joint) {
      const pair = jointPair(ctx, s, i, actors, all);
      if (pair.length === 2) all = pair;
    }
    const needs = hit.frame.needsParticipants ?? 1;
    if (all.length < needs || !all.length) continue;
    if (!agent && all.length < 2 && all[0].type !== 'Organization') continue;
    // Participants named in an earlier sentence are not part of this one's evidence.
    const here = all.filter((x) => x.sentence === s);
    const lastSpan = Math.max(hit.to, ...here.map((x) => x.to));
    // With nobody named here, the noun phrase and what the clause says of it state the meeting:
    // the noun alone is a word found all over the article.
    const bare = !here.length;
    pushEvent(ctx, {
      type: 'Meeting',
      agent: agent ?? all[0],
      target: null,
      participants: all,
      topic: phrase(doc, i, Math.max(hit.to, Math.min(lastSpan, hit.to + 12))),
      trigger: i,
      from: bare ? (ANAPHORIC.test(durationDeterminer(doc, i)) ? durationAt(doc, i) : determinerAt(doc, i)) : Math.min(i, ...here.map((x) => x.from)),
      to: bare ? phraseEnd(doc, hit.to, b) : lastSpan,
      place: placeIn(ctx, s, i),
    });
  }
}

const NOUN_DETERMINER = /^(?:le|la|les|l'|un|une|des|du|de|d'|sa|son|ses|leur|leurs|cette|cet|ce|ces|au|aux)$/;

// Demonstratives and possessives point back; a bare definite only with an adjective that does ("la précédente rencontre").
const ANAPHORIC = /^(?:cet|cette|ce|ces|leur|leurs)$/;
const DEFINITE = /^(?:le|la|l'|les)$/;
const SINGULAR_POSSESSIVE = /^(?:son|sa|ses)$/;
const PRENOMINAL = /^(?:premier|première|premiers|premières|dernier|dernière|derniers|dernières|précédent|précédente|précédents|précédentes|prochain|prochaine|prochains|prochaines|nouvel|nouvelle|nouveau|nouveaux|nouvelles|court|courte|bref|brève|long|longue|longs|longues|deuxième|troisième|quatrième|cinquième|second|seconde|récent|récente|récents|récentes|même|fameux|fameuse)$/;

/** The determiner of the noun at token i, past adjectives before it ("leur premier entretien" → "leur"). */
function determinerBefore(doc: EventContext['doc'], i: number): string {
  return doc.low[determinerAt(doc, i)] ?? '';
}

const DURATION = /^(?:minutes|heures|heure|jours|journées|semaines|mois|années|ans|nuit|nuits)$/;
const COUNT = /^(?:deux|trois|quatre|cinq|six|sept|huit|dix|douze|quelques|longues|\d+)$/;

/** "leurs deux heures d'entretiens": the determiner of the time the meeting took, "" if none. */
function durationDeterminer(doc: EventContext['doc'], i: number): string {
  const k = durationAt(doc, i);
  return k < 0 ? '' : doc.low[k];
}

/** Where that determiner stands, or -1. */
function durationAt(doc: EventContext['doc'], i: number): number {
  if (!/^(?:de|d')$/.test(doc.low[i - 1] ?? '') || !DURATION.test(doc.low[i - 2] ?? '')) return -1;
  let k = i - 3;
  while (k > i - 6 && COUNT.test(doc.low[k] ?? '')) k--;
  return k >= doc.ranges[doc.tokens[i].sentence][0] ? k : -1;
}

/** Where that determiner stands. */
function determinerAt(doc: EventContext['doc'], i: number): number {
  let k = i - 1;
  if (/^(?:"|«|“)$/.test(doc.low[k] ?? '')) k--;
  while (k > i - 4 && PRENOMINAL.test(doc.low[k] ?? '')) k--;
  return Math.max(k, doc.ranges[doc.tokens[i].sentence][0]);
}

/** True when the noun at token i heads its clause's subject. */
function isSubject(ctx: EventContext, s: number, i: number): boolean {
  const c = sentenceClauses(ctx.doc, s, i);
  return c.deprel[i - ctx.doc.ranges[s][0]]?.startsWith('nsubj') ?? false;
}

/** The end of the clause stretch from token k: the next punctuation mark, at most a dozen words on. */
function phraseEnd(doc: EventContext['doc'], k: number, end: number): number {
  let m = k;
  while (m < end && m < k + 12 && !/^[,.;:!?()]$/.test(doc.low[m])) m++;
  return Math.max(m, k);
}

/** The actors of the subject of the verb that governs the noun at token i, read off the tree. */
function groupSubject(ctx: EventContext, s: number, i: number, actors: Span[]): Span[] {
  const { doc } = ctx;
  const [a] = doc.ranges[s];
  // The governing verb must come before the noun: with no verb there (a title, a verbless
  // phrase), the tagger alone says there is none.
  if (!sentenceTags(doc, s).slice(0, i - a).includes('VERB')) return [];
  const c = sentenceClauses(doc, s, i);
  let h = c.head[i - a];
  for (let steps = 0; h >= 0 && steps < 6 && c.upos[h] !== 'VERB'; steps++) h = c.head[h];
  // A noun in a phrase fronted before its verb ("Après deux heures de pourparlers, X et Y …") sets
  // the scene; the subject does what comes after the verb.
  if (h < 0 || c.upos[h] !== 'VERB' || h > i - a) return [];
  const slots = fillSlots(doc, s, a + h, GROUP, actors);
  const tree = dedupe(slots.agent);
  // "Ils devaient participer à un sommet": a plural pronoun subject (of the verb, or of the one it
  // completes) is the group it stands for.
  const start = verbGroupStart(doc, a + h, a);
  if (!tree.length && slots.agentPronoun) {
    const holders = /^xcomp/.test(c.deprel[h]) && c.head[h] >= 0 ? [h, c.head[h]] : [h];
    const pronoun = holders.flatMap((v) => c.children[v]).find((d) => /^nsubj/.test(c.deprel[d]) && /^(?:ils|elles)$/i.test(c.words[d]));
    if (pronoun !== undefined) return dedupe(resolvePronounAt(ctx, a + pronoun));
  }
  // "MM. Poutine et Trump se sont mis d'accord": parsers hang the coordination under the title, where
  // the subject's head does not reach; the words right before the verb group still read "X et Y".
  const window = subjectBefore(doc, start, actors);
  return window.length > tree.length && tree.every((x) => window.some((y) => y.entity === x.entity)) ? window : tree;
}

const GROUP: Frame = { lemma: 'réunir', type: 'Meeting', object: 'none' };

/** Actors written one after the other with "/" or "-" between them, from token k ("Tsipras/Merkel/Hollande"). */
function namesJoined(doc: EventContext['doc'], k: number, actors: Span[], end: number): Span[] {
  const out: Span[] = [];
  let m = k;
  while (m < end) {
    const here = actors.filter((x) => x.from === m && x.kind !== 'description').sort((x, y) => y.to - x.to)[0];
    if (!here) break;
    out.push(here);
    if (!/^[/-]$/.test(doc.low[here.to] ?? '')) break;
    m = here.to + 1;
  }
  return out.length >= 2 ? dedupe(out) : [];
}

/** Where "entre" or "avec" comes within a few words after a meeting noun, past a place or a date; -1 if not. */
function lookAhead(doc: EventContext['doc'], k: number, end: number): number {
  for (let m = k; m < Math.min(end, k + 6); m++) {
    const w = doc.low[m];
    if (w === 'entre' || w === 'avec') return m;
    if (/^[,.;:!?«»()]$/.test(w) || w === 'et' || w === 'qui' || w === 'que') return -1;
    // "cette rencontre améliore les relations entre X et Y": past a finite verb, "entre" is that verb's.
    if (/^\p{Ll}/u.test(doc.tokens[m].text) && /[PIJFC]/.test(verbTenses(w)) && !lexicon().functionWords.has(doc.folded[m])) return -1;
  }
  return -1;
}

/**
 * Who holds a joint event named at token i that names nobody else: the clause's subject (a
 * subject pronoun resolved), then the last person named before it, within a few sentences, who
 * is someone else.
 */
function jointPair(ctx: EventContext, s: number, i: number, actors: Span[], found: Span[]): Span[] {
  const { doc } = ctx;
  const [a] = doc.ranges[s];
  let subject = found.length ? found : subjectBefore(doc, i, actors);
  if (!subject.length) {
    for (let k = i - 1; k >= a && !subject.length; k--) if (PRONOUN_SUBJECTS.has(doc.low[k])) subject = resolvePronounAt(ctx, k);
  }
  if (subject.length !== 1) return [];
  const who = subject[0];
  const partner = lastPersonBefore(ctx, i, (x) => x.entity !== who.entity && x.sentence >= s - MEETING_REACH && x.kind !== 'pronoun');
  return partner ? [who, partner] : [];
}

// How far back a definite meeting noun looks for the meeting it names, in sentences.
const MEETING_REACH = 4;

/** The participants of the last meeting reported within a few sentences before sentence `s`, or null. */
function recentMeeting(ctx: EventContext, s: number): Span[] | null {
  for (let k = ctx.events.length - 1; k >= 0; k--) {
    const e = ctx.events[k];
    if (e.sentence < s - MEETING_REACH) return null;
    if (e.type !== 'Meeting' || e.participants.length < 2 || e.status === 'negated') continue;
    const spans = e.participants.map((p) => spanOf(ctx, p)).filter((p): p is Span => p !== null);
    return spans.length >= 2 ? spans : null;
  }
  return null;
}

const REPEAT_VERBS = new Set(['répéter', 'réitérer', 'renouveler', 'brandir', 'agiter', 'proférer', 'lancer', 'formuler', 'adresser', 'porter', 'maintenir', 'opposer', 'évoquer', 'exprimer', 'présenter', 'refuser', 'rejeter', 'reprendre', 'soumettre', 'faire']);

/** Warnings, proposals, demands, accusations and refusals named by a noun. */
export function extractOtherNouns(ctx: EventContext, s: number, quotes: Quote[]): void {
  const { doc } = ctx;
  const [a, b] = doc.ranges[s];
  const actors = actorsIn(ctx, s);
  const lex = lexicon();
  for (let i = a; i < b; i++) {
    if (insideQuote(quotes, i)) continue;
    const hit = nounAt(ctx, i);
    if (!hit || hit.frame.type === 'Meeting') continue;
    const frame = hit.frame;
    let k = hit.to;
    // "les menaces des États-Unis", "une proposition de la chancelière … Angela Merkel"
    let agent: Span[] = [];
    let ofWhom: Span[] = [];
    if (/^(?:de|du|des|d')$/.test(doc.low[k] ?? '')) {
      // "du président russe Vladimir Poutine": the description itself may start at the "du".
      ofWhom = actors.some((x) => x.from === k) ? actorAfter(doc, k, actors, 0, b) : actorAfter(doc, k + 1, actors, 0, b);
      if (ofWhom.length) k = ofWhom[ofWhom.length - 1].to;
    }
    // "la menace américaine": a demonym adjective names the agent.
    const demonym = lex.demonyms.get(doc.folded[hit.to] ?? '');
    const governing = governingVerb(ctx, i, a);
    if (frame.after && (!governing || !frame.after.includes(governing.lemma))) continue;
    if (frame.agentFrom === 'de') agent = ofWhom;
    else if (frame.agentFrom === 'subject') agent = governing?.subject ?? [];
    else agent = governing?.subject.length && governing && REPEAT_VERBS.has(governing.lemma) ? governing.subject : ofWhom;
    if (!agent.length && demonym) {
      const e = lex.entities.get(demonym);
      agent = [{ from: hit.to, to: hit.to + 1, sentence: s, entity: demonym, type: 'Country', label: e?.label ?? demonym, kind: 'metonym' }];
    }
    if (!agent.length) continue;
    // Target: "que X …", "de punir X", "contre X", "à X".
    let target: Span[] = [];
    let topicFrom = k;
    for (let m = k; m < Math.min(b, k + 6); m++) {
      const w = doc.low[m];
      if (w === 'que' || w === "qu'" || w === 'contre' || w === 'à' || w === 'envers') {
        target = actorAfter(doc, m + 1, actors, 0, b);
        if (w === 'que' || w === "qu'") topicFrom = m + 1 + (target.length ? 0 : 0);
        if (target.length) break;
      }
      if ((w === 'de' || w === "d'") && verbLemma(doc.low[m + 1] ?? '') === doc.low[m + 1]) {
        target = actorAfter(doc, m + 2, actors, 0, b);
        topicFrom = m + 1;
        if (target.length) break;
      }
    }
    if (frame.agentFrom === 'de' && ofWhom.length) topicFrom = hit.to;
    if (!target.length && frame.type === 'Warning') target = sameAgentTarget(ctx, s, agent[0]);
    const type = frame.type as EventType;
    const topicTo = Math.min(b, endOfPhrase(ctx, topicFrom, b));
    const topic = phrase(doc, topicFrom > hit.to ? topicFrom : i, topicTo) || phrase(doc, i, hit.to);
    const start = governing?.subject.length && frame.agentFrom !== 'de' ? Math.min(governing.subject[0].from, i) : i;
    // "des plaintes contre X et Y": one accusation per accused, as for the verbs.
    for (const tg of type === 'Accusation' && target.length > 1 ? target : [target[0] ?? null]) {
      pushEvent(ctx, {
        type,
        agent: agent[0],
        target: tg,
        participants: [],
        topic,
        trigger: i,
        from: start,
        to: Math.max(topicTo, hit.to, k),
        place: null,
      });
    }
  }
}

/** "Washington soupçonne Moscou …, malgré la menace américaine": the warning aims at whom the same agent just targeted. */
function sameAgentTarget(ctx: EventContext, s: number, agent: Span): Span[] {
  const prior = [...eventsInProgress(ctx, s)].reverse().find((e) => e.agent === agent.entity && e.target);
  const span = prior ? spanOf(ctx, prior.target) : null;
  return span ? [span] : [];
}

function governingVerb(ctx: EventContext, i: number, a: number): { lemma: string; subject: Span[] } | null {
  const { doc } = ctx;
  for (let m = i - 1; m >= Math.max(a, i - 5); m--) {
    const lemma = verbLemma(doc.low[m]);
    if (!lemma || /^(?:être|avoir)$/.test(lemma)) continue;
    if (/^(?:le|la|les|l'|un|une|des|du|de|sa|son|ses)$/.test(doc.low[m - 1] ?? '')) continue;
    const start = verbGroupStart(doc, m, a);
    const subject = subjectBefore(doc, start, actorsIn(ctx, doc.tokens[i].sentence));
    if (!subject.length && /^(?:il|elle|ils|elles)$/.test(doc.low[start - 1] ?? '')) subject.push(...resolvePronounAt(ctx, start - 1));
    return { lemma, subject };
  }
  return null;
}

function endOfPhrase(ctx: EventContext, from: number, end: number): number {
  const { doc } = ctx;
  let k = from;
  while (k < end && k < from + 14 && !/^(?:[.;:!?,()]|»|“|”|alors|tandis|mais|si)$/.test(doc.low[k])) k++;
  return k;
}
