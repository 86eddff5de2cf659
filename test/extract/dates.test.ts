import { describe, expect, it } from 'vitest';
import { extract, only } from './helpers.js';

// 2023-03-10 is a Friday.
describe('event dates', () => {
  it('resolves a weekday to the latest such day on or before the article date', () => {
    const x = extract('Le Nigeria a accusé jeudi le Niger de bloquer les échanges commerciaux.', '2023-03-10');
    expect(only(x, 'Accusation')).toMatchObject({ agent: 'country/nigeria', target: 'country/niger', date: '2023-03-09' });
    const y = extract('Le président kényan William Ruto accusait mardi le Soudan du Sud de soutenir les rebelles.', '2023-03-10');
    expect(only(y, 'Accusation').date).toBe('2023-03-07');
  });

  it('the article day itself for its own weekday, and the day before for "hier"', () => {
    const x = extract('Vendredi, le Rwanda a démenti tout soutien aux rebelles.', '2023-03-10');
    expect(only(x, 'Refusal').date).toBe('2023-03-10');
    const y = extract('Hier, la Colombie a accusé le Venezuela de protéger des guérilleros.', '2023-03-10');
    expect(only(y, 'Accusation').date).toBe('2023-03-09');
  });

  it('reads a full date ("le 26 juillet 2023"), with or without an article date', () => {
    const text = 'Le 26 juillet 2023, le Niger a accusé la France de préparer une intervention militaire.';
    expect(only(extract(text, '2023-08-02'), 'Accusation').date).toBe('2023-07-26');
    expect(only(extract(text, null), 'Accusation').date).toBe('2023-07-26');
  });

  it('takes the year from the article, the previous one for a late month in an early article', () => {
    const x = extract('Le 12 mars, le Kremlin a accusé Kiev de préparer une provocation.', '2023-03-10');
    expect(only(x, 'Accusation').date).toBe('2023-03-12');
    const y = extract('Le 28 décembre, le Kremlin a accusé Kiev de préparer une provocation.', '2023-01-03');
    expect(only(y, 'Accusation').date).toBe('2022-12-28');
  });

  it('leaves the date null when the sentence states none or the weekday cannot be resolved', () => {
    expect(only(extract("L'Ukraine accuse la Russie de déporter des enfants."), 'Accusation').date).toBeNull();
    expect(only(extract('Le Nigeria a accusé jeudi le Niger de bloquer les échanges.', null), 'Accusation').date).toBeNull();
  });

  it('resolves each sentence on its own', () => {
    const x = extract('Des diplomates se sont réunis jeudi à Doha. Mardi, le Qatar a accusé Israël de saboter les négociations. Israël a démenti ces accusations.');
    const acc = only(x, 'Accusation');
    expect(acc).toMatchObject({ sentence: 1, date: '2023-03-07', agent: 'country/qatar', target: 'country/israel' });
    expect(only(x, 'Refusal')).toMatchObject({ sentence: 2, agent: 'country/israel', date: null });
  });
});
