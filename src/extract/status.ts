import { readFileSync } from 'node:fs';
import type { EventStatus, EventType } from '../types.js';
import { verbLemma, verbTenses } from '../nlp/verbs.js';
import { dataPath } from '../paths.js';
import type { Doc } from './doc.js';
import { verbGroupStart } from './clauses.js';
import { phraseEndsAt, ultimatumWords } from './ultimatum-words.js';

// Factuality is a layer of its own (as NewsReader keeps it): one reading of the words around a
// trigger decides whether the act is stated as done, planned, denied, or only wished for.

interface Modality {
  negators: Set<string>;
  without: Set<string>;
  planning: Set<string>;
  plannedAfter: string[][];
  irrealis: Set<string>;
  refusing: Set<string>;
}

let modality: Modality | null = null;

function load(): Modality {
  if (modality) return modality;
  const raw = JSON.parse(readFileSync(dataPath('frames', 'modality.json'), 'utf8')) as Record<string, string[]>;
  modality = {
    negators: new Set(raw.negators),
    without: new Set(raw.without),
    planning: new Set(raw.planning),
    plannedAfter: raw.plannedAfter.map((p) => p.split(' ')),
    irrealis: new Set(raw.irrealis),
    refusing: new Set(raw.refusing),
  };
  return modality;
}

/** What the trigger's clause says of the act; `wished` when it is only asked for or offered. */
export type Factuality = EventStatus | 'wished';

const DETERMINERS = /^(?:le|la|les|l'|un|une|des|du|de|d'|sa|son|ses|leur|leurs|cette|ce|ces|toute|tout|nouvelle|nouveau|première|premier|à|au|aux)$/;

/**
 * The factuality of the act named at token `t`: a verb ("n'a pas rencontré", "rencontrera",
 * "doit rencontrer") or a noun ("une rencontre est prévue", "aucune rencontre").
 */
export function factuality(doc: Doc, t: number, type: EventType): Factuality {
  const m = load();
  const [a, b] = doc.ranges[doc.tokens[t].sentence];
  const g = verbGroupStart(doc, t, a);
  const group = doc.low.slice(Math.max(a, g - 1), t);
  const after = doc.low.slice(t + 1, Math.min(b, t + 3));
  const nounLike = g === t && DETERMINERS.test(doc.low[t - 1] ?? '');

  // Only a meeting can be asked for or offered without taking place; a demand for a demand is still one.
  const governed = type === 'Meeting' ? governor(doc, nounLike ? t : g, a) : null;
  if (governed && m.refusing.has(governed)) return 'negated';
  if (governed && m.irrealis.has(governed)) return 'wished';

  if (nounLike) {
    if (/^(?:aucun|aucune|nul|nulle)$/.test(doc.low[t - 1] ?? '') || (doc.low[t - 1] === 'de' && doc.low[t - 2] === 'pas')) return 'negated';
    for (const words of m.plannedAfter) if (phraseWithin(doc, t + 1, Math.min(b, t + 12), words)) return 'planned';
    return 'asserted';
  }

  const negated = group.some((w) => w === 'ne' || w === "n'") && [...group, ...after].some((w) => m.negators.has(w));
  if (negated || m.without.has(doc.low[g - 1] ?? '')) return 'negated';

  for (let k = g; k < t; k++) {
    const lemma = verbLemma(doc.low[k]);
    if (lemma && m.planning.has(lemma) && verbTenses(doc.low[t]).includes('W')) return 'planned';
  }
  // "… sans quoi il portera plainte": the act is what is threatened, not done nor planned.
  const subject = /^(?:il|elle|ils|elles|nous|je|j'|on)$/.test(doc.low[g - 1] ?? '') ? g - 1 : g;
  if (ultimatumWords().otherwise.some((p) => phraseEndsAt(doc.low, subject, p))) return 'wished';
  const own = verbTenses(doc.low[t]);
  const auxFuture = group.some((w) => /^(?:aura|auront|sera|seront)$/.test(w));
  if ((own.includes('F') && !/[PIJ]/.test(own)) || auxFuture) return 'planned';
  return 'asserted';
}

/** The lemma of a verb or adjective that governs position `at` through "à"/"de" or directly ("propose une rencontre"). */
function governor(doc: Doc, at: number, sentenceStart: number): string | null {
  const m = load();
  for (let k = at - 1, seen = 0; k >= sentenceStart && seen < 4; k--, seen++) {
    const w = doc.low[k];
    if (m.irrealis.has(w)) return w;
    const lemma = verbLemma(w);
    if (lemma && (m.irrealis.has(lemma) || m.refusing.has(lemma))) return lemma;
    if (!DETERMINERS.test(w) && !/^(?:se|s'|à|de|d'|lui|leur|les|tout|toute|toutes|tous|nouveau|nouvelle)$/.test(w)) break;
  }
  // "a appelé lundi les Vingt-Sept à convoquer …", "demande aux deux camps de se rencontrer": the
  // infinitive's "à"/"de" follows the governing verb's addressee, a few words on.
  if (!/^(?:à|de|d')$/.test(doc.low[at - 1] ?? '') || !verbTenses(doc.low[at]).includes('W')) return null;
  for (let k = at - 2; k >= Math.max(sentenceStart, at - 9); k--) {
    const w = doc.low[k];
    if (/^[,;:.!?()«»"]$/.test(w) || w === 'que' || w === "qu'") return null;
    const lemma = verbLemma(w);
    if (lemma && (m.irrealis.has(lemma) || m.refusing.has(lemma))) return lemma;
  }
  return null;
}

function phraseWithin(doc: Doc, from: number, to: number, words: string[]): boolean {
  for (let k = from; k + words.length <= to; k++) {
    let ok = true;
    for (let w = 0; w < words.length && ok; w++) ok = doc.low[k + w] === words[w];
    if (ok) return true;
  }
  return false;
}
