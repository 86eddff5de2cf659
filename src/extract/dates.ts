import type { Doc } from './doc.js';

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
// A Map, not an object: "12 constructor" must not find a month in Object's prototype.
const MONTHS = new Map(Object.entries({
  janvier: 1, fevrier: 2, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, août: 8,
  septembre: 9, octobre: 10, novembre: 11, decembre: 12, décembre: 12,
  'janv.': 1, 'févr.': 2, 'déc.': 12, 'nov.': 11, 'oct.': 10, 'sept.': 9, 'avr.': 4, 'juil.': 7,
}));

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function parseIso(date: string | null): Date | null {
  const m = date?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
}

/**
 * The date a sentence states, resolved against the article date: "le 2 décembre 2021",
 * "vendredi 21 janvier" (year from the article), "jeudi" (the latest Thursday on or before
 * the article date, as news reports past days), "hier", "la veille". Null when the sentence
 * states none or it cannot be resolved.
 */
export function sentenceDate(doc: Doc, sentence: number, articleDate: string | null): string | null {
  const [a, b] = doc.ranges[sentence];
  const ref = parseIso(articleDate);
  const refYear = ref?.getUTCFullYear() ?? Number(articleDate?.slice(0, 4)) ?? NaN;
  for (let i = a; i < b; i++) {
    const w = doc.low[i];
    // Only a day number can start a date: the month is looked up after one.
    if (w !== '1er' && !/^\d{1,2}$/.test(w)) continue;
    const month = MONTHS.get(doc.low[i + 1] ?? '');
    if (/^\d{1,2}$/.test(w) && month && i + 1 < b) {
      const day = Number(w.replace(/^1er$/, '1'));
      let year = /^\d{4}$/.test(doc.low[i + 2] ?? '') ? Number(doc.low[i + 2]) : refYear;
      if (!Number.isFinite(year)) continue;
      // "le 28 décembre" in an article of 3 January is last year's.
      if (ref && !/^\d{4}$/.test(doc.low[i + 2] ?? '') && month - (ref.getUTCMonth() + 1) > 6) year -= 1;
      if (day >= 1 && day <= 31) return `${year}-${pad(month)}-${pad(day)}`;
    }
    if (w === '1er' && month) {
      const year = /^\d{4}$/.test(doc.low[i + 2] ?? '') ? Number(doc.low[i + 2]) : refYear;
      if (Number.isFinite(year)) return `${year}-${pad(month)}-01`;
    }
  }
  if (!ref) return null;
  for (let i = a; i < b; i++) {
    const w = doc.low[i];
    const wd = WEEKDAYS.indexOf(w);
    if (wd >= 0 && !/^\d/.test(doc.low[i + 1] ?? '')) {
      const back = (ref.getUTCDay() - wd + 7) % 7;
      const next = doc.low[i + 1] === 'prochain';
      const d = new Date(ref.getTime() + (next ? (7 - back) % 7 || 7 : -back) * 86400000);
      return iso(d);
    }
    if (w === 'hier' || (w === 'veille' && doc.low[i - 1] === 'la')) return iso(new Date(ref.getTime() - 86400000));
    if (w === "aujourd'hui") return iso(ref);
  }
  return null;
}
