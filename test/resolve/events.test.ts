import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, MergedEvent } from '../../src/types.js';
import { resolve } from '../../src/resolve/index.js';
import { dateInterval, eventWindow } from '../../src/resolve/dates.js';
import { contentStems, dice, textSimilarity } from '../../src/resolve/text.js';
import { KYIV_KEYS as K, article } from './helpers.js';

const PEOPLE = { [K.marchal]: 'Pierre Marchal', [K.kovalenko]: 'Olena Kovalenko' };

/** 14 May: the meeting in Kiev, an accusation, a quote. */
function a(): ArticleExtraction {
  const text =
    'Le ministre français Pierre Marchal a rencontré mardi à Kiev son homologue ukrainienne Olena Kovalenko. ' +
    "Pierre Marchal a accusé la Russie d'avoir bombardé la centrale de Zaporijia. " +
    '« Nous ne laisserons pas faire », a déclaré Olena Kovalenko.';
  return article('a.txt', '2024-05-14', text, { ...PEOPLE, [K.kiev]: 'Kiev', [K.russie]: 'Russie' }, (b) =>
    b
      .event('Meeting', 'a rencontré', { agent: K.marchal, participants: [K.marchal, K.kovalenko], place: K.kiev, date: '2024-05-14' })
      .event('Accusation', 'a accusé', { agent: K.marchal, target: K.russie, topic: "d'avoir bombardé la centrale de Zaporijia" })
      .event('Statement', 'a déclaré', { agent: K.kovalenko, quote: 'Nous ne laisserons pas faire' }),
  );
}

/** 15 May, the same story retold; plus what must stay apart: another target, another topic, another speaker. */
function b(): ArticleExtraction {
  const text =
    'Olena Kovalenko et Pierre Marchal se sont entretenus lundi. ' +
    "Le ministre français a accusé Moscou d'avoir bombardé la centrale nucléaire de Zaporijia. " +
    "Il l'a aussi accusée de mener des cyberattaques contre les hôpitaux. " +
    "Pierre Marchal a aussi accusé l'OTAN d'avoir bombardé la centrale par ses lenteurs. " +
    '« Nous ne laisserons pas faire ! » a lancé Olena Kovalenko. ' +
    '« Nous ne laisserons pas faire », a ajouté Pierre Marchal.';
  return article('b.txt', '2024-05-15', text, { ...PEOPLE, [K.russie]: 'Russie', [K.otan]: 'OTAN' }, (x) =>
    x
      .event('Meeting', 'entretenus', { agent: K.kovalenko, participants: [K.kovalenko, K.marchal] })
      .event('Accusation', 'a accusé Moscou', { agent: K.marchal, target: K.russie, topic: "d'avoir bombardé la centrale nucléaire de Zaporijia" })
      .event('Accusation', "l'a aussi accusée", { agent: K.marchal, target: K.russie, topic: 'de mener des cyberattaques contre les hôpitaux' })
      .event('Accusation', "a aussi accusé l'OTAN", { agent: K.marchal, target: K.otan, topic: "d'avoir bombardé la centrale par ses lenteurs" })
      .event('Statement', 'a lancé', { agent: K.kovalenko, quote: 'Nous ne laisserons pas faire !' })
      .event('Statement', 'a ajouté', { agent: K.marchal, quote: 'Nous ne laisserons pas faire' }),
  );
}

/** 22 May: the same two people meet again, a week later. */
function c(): ArticleExtraction {
  const text = 'Pierre Marchal a de nouveau rencontré Olena Kovalenko le 21 mai.';
  return article('c.txt', '2024-05-22', text, PEOPLE, (x) =>
    x.event('Meeting', 'rencontré', { agent: K.marchal, participants: [K.marchal, K.kovalenko], date: '2024-05-21' }),
  );
}

/** Undated, from an undated article: compatible with both meetings, it may join one only. */
function d(): ArticleExtraction {
  const text = 'Pierre Marchal a rencontré Olena Kovalenko.';
  return article('d.txt', null, text, PEOPLE, (x) =>
    x.event('Meeting', 'rencontré', { agent: K.marchal, participants: [K.marchal, K.kovalenko] }),
  );
}

/** 14 May too, but in Paris: a place conflict with the Kiev meeting. */
function e(): ArticleExtraction {
  const text = 'Pierre Marchal a reçu Olena Kovalenko à Paris le 14 mai.';
  return article('e.txt', '2024-05-14', text, { ...PEOPLE, [K.paris]: 'Paris' }, (x) =>
    x.event('Meeting', 'a reçu', { agent: K.marchal, participants: [K.marchal, K.kovalenko], place: K.paris, date: '2024-05-14' }),
  );
}

/** 14 May: a third participant (superset), and a meeting naming Marchal alone. */
function f(): ArticleExtraction {
  const text = 'Pierre Marchal, Olena Kovalenko et la France se sont réunis à Kiev. Pierre Marchal a participé à une réunion.';
  return article('f.txt', '2024-05-14', text, { ...PEOPLE, [K.kiev]: 'Kiev', [K.france]: 'France' }, (x) =>
    x
      .event('Meeting', 'réunis', { agent: K.marchal, participants: [K.marchal, K.kovalenko, K.france], place: K.kiev })
      .event('Meeting', 'une réunion', { agent: K.marchal, participants: [K.marchal] }),
  );
}

const sourcesOf = (ev: MergedEvent) => ev.mentions.map((m) => `${m.article}#${m.eventIndex}`);
const eventOf = (events: MergedEvent[], article: string, index: number) =>
  events.find((ev) => ev.mentions.some((m) => m.article === article && m.eventIndex === index))!;

describe('event resolution', () => {
  it('merges the meeting, the accusation and the quote two articles report, keeping every source', () => {
    const { events } = resolve([a(), b()]);
    const meeting = eventOf(events, 'a.txt', 0);
    expect(sourcesOf(meeting)).toEqual(['a.txt#0', 'b.txt#0']);
    expect(meeting).toMatchObject({
      type: 'Meeting', rule: 'meeting-participants', place: K.kiev, date: '2024-05-14',
      participants: [K.kovalenko, K.marchal].sort(),
    });
    expect(meeting.explanation).toMatch(/^meeting-participants: 2 mentions in 2 articles; .*Olena Kovalenko, Pierre Marchal/);
    expect(meeting.key).toBe(JSON.stringify(['Meeting', 'a.txt', 0]));

    const accusation = eventOf(events, 'a.txt', 1);
    expect(sourcesOf(accusation)).toEqual(['a.txt#1', 'b.txt#1']);
    expect(accusation).toMatchObject({ rule: 'agent-target-topic', agent: K.marchal, target: K.russie });

    const statement = eventOf(events, 'a.txt', 2);
    expect(sourcesOf(statement)).toEqual(['a.txt#2', 'b.txt#4']);
    expect(statement.rule).toBe('statement-quote');
  });

  it('keeps apart: another topic, another target (same agent), the same words from another speaker', () => {
    const { events } = resolve([a(), b()]);
    for (const index of [2, 3, 5]) expect(sourcesOf(eventOf(events, 'b.txt', index))).toEqual([`b.txt#${index}`]);
    expect(events).toHaveLength(9 - 3);
    expect(eventOf(events, 'b.txt', 2).rule).toBe('single');
  });

  it('does not merge the same people on different days', () => {
    const { events } = resolve([a(), c()]);
    expect(eventOf(events, 'a.txt', 0)).not.toBe(eventOf(events, 'c.txt', 0));
    // Nor an undated meeting outside the article's window: b (15 May ± 3 days) and c (21 May).
    const bc = resolve([b(), c()]).events;
    expect(eventOf(bc, 'b.txt', 0)).not.toBe(eventOf(bc, 'c.txt', 0));
  });

  it('does not merge meetings whose places conflict', () => {
    const { events } = resolve([a(), e()]);
    expect(eventOf(events, 'a.txt', 0)).not.toBe(eventOf(events, 'e.txt', 0));
  });

  it('lets a participant set of two or more be a subset of the other, never a single participant', () => {
    const { events } = resolve([a(), f()]);
    const meeting = eventOf(events, 'a.txt', 0);
    expect(sourcesOf(meeting)).toEqual(['a.txt#0', 'f.txt#0']);
    expect(meeting.participants).toEqual([K.france, K.kovalenko, K.marchal].sort());
    expect(sourcesOf(eventOf(events, 'f.txt', 1))).toEqual(['f.txt#1']);
  });

  it('never chains two different days through an undated mention (complete linkage)', () => {
    const { events } = resolve([a(), c(), d()]);
    const may14 = eventOf(events, 'a.txt', 0);
    const may21 = eventOf(events, 'c.txt', 0);
    expect(may14).not.toBe(may21);
    const undated = eventOf(events, 'd.txt', 0);
    expect([may14, may21]).toContain(undated);
    for (const ev of events) expect(new Set(ev.mentions.map((m) => m.article)).size).toBe(ev.mentions.length);
  });

  it('treats exact repeats within an article as one event', () => {
    const x = a();
    x.events.push({ ...x.events[1] });
    const { events } = resolve([x]);
    expect(sourcesOf(eventOf(events, 'a.txt', 1))).toEqual(['a.txt#1', 'a.txt#3']);
    expect(eventOf(events, 'a.txt', 1).rule).toBe('single');
  });

  it('does not depend on the order of the articles', () => {
    const all = () => [a(), b(), c(), d(), e(), f()];
    const expected = resolve(all());
    for (const order of [[5, 4, 3, 2, 1, 0], [2, 0, 5, 1, 3, 4], [3, 1, 4, 0, 5, 2]]) {
      const xs = all();
      expect(resolve(order.map((i) => xs[i]))).toEqual(expected);
    }
  });
});

describe('resolution measures', () => {
  it('window: an unknown date is the article date ± 3 days; a month is the whole month', () => {
    expect(eventWindow(null, '2024-05-14')).toEqual([dateInterval('2024-05-11')![0], dateInterval('2024-05-17')![0]]);
    expect(eventWindow('2024-05', '2024-06-01')).toEqual([dateInterval('2024-05-01')![0], dateInterval('2024-05-31')![0]]);
    expect(eventWindow(null, null)).toEqual([-Infinity, Infinity]);
    expect(dateInterval('2024-02-30')).toBeNull();
  });

  it('topics: Dice on stemmed content words', () => {
    const t = (x: string, y: string) => dice(contentStems(x), contentStems(y));
    expect(t("d'avoir bombardé la centrale de Zaporijia", "d'avoir bombardé la centrale nucléaire de Zaporijia")).toBeGreaterThanOrEqual(0.5);
    expect(t('ignorer les intérêts russes', "ignorer l'intérêt russe")).toBe(1);
    expect(t('de mener des cyberattaques contre les hôpitaux', "d'avoir bombardé la centrale")).toBe(0);
  });

  it('quotes: normalized edit similarity', () => {
    expect(textSimilarity('Nous ne laisserons pas faire', '« Nous ne laisserons pas faire ! »')).toBe(1);
    expect(textSimilarity('Nous sommes profondément préoccupés', 'Nous sommes profondément préoccupé', 0.8)).toBeGreaterThan(0.9);
    expect(textSimilarity('La paix viendra', 'Nous ne laisserons pas faire', 0.8)).toBe(0);
  });
});
