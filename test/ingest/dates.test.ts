import { describe, expect, it } from 'vitest';
import { findDate, normalizeDate, splitDateMarker } from '../../src/ingest/dates.js';

describe('findDate', () => {
  it.each([
    ['Réunion à Genève ce jeudi 2 décembre 2021 au matin.', '2021-12-02'],
    ['Publié le 2 déc. 2021 à 10 h.', '2021-12-02'],
    ['Le 21 janvier 2022, les ministres se sont vus.', '2022-01-21'],
    ['Mis à jour 2021-12-02 08:00', '2021-12-02'],
    ['Le 1er février 2022 au soir.', '2022-02-01'],
    ['Publié le 03/02/2022.', '2022-02-03'],
    ['Le 5 août 2021 puis le 6 aout 2021.', '2021-08-05'],
  ])('%s → %s', (text, iso) => {
    expect(findDate(text)).toBe(iso);
  });

  it('prefers a date in the first lines (byline, caption) over one further down', () => {
    const text = ['Titre', 'Par Exemple Info, le 3 mars 2022', '', 'Les faits remontent au 12 février 2014.'].join('\n');
    expect(findDate(text)).toBe('2022-03-03');
  });

  it('rejects impossible dates', () => {
    expect(findDate('Le 31 février 2022 et le 2022-13-01.')).toBeNull();
  });

  it('resolves a weekday and day without a year from the years the text mentions', () => {
    // 21 January was a Friday in 2022, a Thursday in 2021.
    const text = 'Les ministres se sont vus vendredi 21 janvier à Genève, après des contacts en décembre 2021.';
    expect(findDate(text)).toBe('2022-01-21');
  });

  it('returns null when there is no date', () => {
    expect(findDate('Les ministres se sont vus jeudi à Genève.')).toBeNull();
    expect(findDate('Le 2 décembre, sans année.')).toBeNull();
  });
});

describe('splitDateMarker', () => {
  it('takes a leading "date YYYY-MM" marker out of the text', () => {
    expect(splitDateMarker(' date 2021-12 À la tribune, le ministre a parlé.')).toEqual({ date: '2021-12', text: 'À la tribune, le ministre a parlé.' });
    expect(splitDateMarker('date: 2021-12-02\nTexte')).toEqual({ date: '2021-12-02', text: '\nTexte' });
  });

  it('leaves text without a marker alone', () => {
    const text = 'Le ministre a donné la date 2021-12 aux journalistes.';
    expect(splitDateMarker(text)).toEqual({ date: null, text });
  });
});

describe('normalizeDate', () => {
  it('accepts ISO dates, timestamps, months and French dates', () => {
    expect(normalizeDate('2021-12-02T10:00:00Z')).toBe('2021-12-02');
    expect(normalizeDate('2021-12')).toBe('2021-12');
    expect(normalizeDate('jeudi 2 décembre 2021')).toBe('2021-12-02');
    expect(normalizeDate('bientôt')).toBeNull();
    expect(normalizeDate(20211202)).toBeNull();
  });
});
