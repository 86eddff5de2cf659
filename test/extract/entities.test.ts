// Entity mechanisms: which names become which entities, with what type and name boundaries.
import { describe, expect, it } from 'vitest';
import { entityKeys, extract } from './helpers.js';

const typeOf = (x: ReturnType<typeof extract>, key: string) => x.entities.find((e) => e.key === key)?.type;
const mentionOf = (x: ReturnType<typeof extract>, surface: string) => x.mentions.find((m) => m.surface === surface);

describe('seats of government: the country where they act, a place where things happen there', () => {
  it('reads "à la Maison Blanche" and "au Quai d\'Orsay" as places, "la Maison Blanche a…" as the country', () => {
    const x = extract("Le président kényan a été reçu jeudi à la Maison Blanche. Son ministre était attendu au Quai d'Orsay.");
    expect(mentionOf(x, 'Maison Blanche')!.entity).toBe('place/maison-blanche');
    expect(typeOf(x, 'place/maison-blanche')).toBe('Place');
    expect(mentionOf(x, "Quai d'Orsay")!.entity).toBe('place/quai-d-orsay');
    expect(entityKeys(x)).not.toContain('country/etats-unis');
    const y = extract("La Maison Blanche a démenti toute négociation secrète avec l'Iran.");
    expect(mentionOf(y, 'Maison Blanche')!.entity).toBe('country/etats-unis');
  });

  it('reads the city of a dateline as a place', () => {
    const x = extract("Lisbonne (AFP) - Le ministre des Finances a présenté mardi son budget.");
    expect(mentionOf(x, 'Lisbonne')!.entity).toBe('place/lisbonne');
    expect(entityKeys(x)).not.toContain('country/portugal');
  });

  it('reads a capital one comes from, or where a summit is held, as a place', () => {
    const x = extract('Le Premier ministre est rentré de Varsovie dans la nuit.');
    expect(mentionOf(x, 'Varsovie')!.entity).toBe('place/varsovie');
    const y = extract('Le chef du gouvernement est arrivé en provenance de Madrid vers midi.');
    expect(mentionOf(y, 'Madrid')!.entity).toBe('place/madrid');
    const z = extract('Les dirigeants ont parlé du budget en marge du sommet européen de Lisbonne.');
    expect(entityKeys(z)).not.toContain('country/portugal');
  });

  it('reads "les décisions prises à Dakar" as a place, not as an addressee', () => {
    const x = extract('Les décisions prises à Dakar ont surpris les observateurs.');
    expect(mentionOf(x, 'Dakar')!.entity).toBe('place/dakar');
  });

  it('knows every spelling of a capital as the capital ("Ryad")', () => {
    const x = extract('Ryad a rappelé son ambassadeur.');
    expect(mentionOf(x, 'Ryad')!.entity).toBe('country/arabie-saoudite');
  });
});

describe('people named after a description', () => {
  it('does not take a person after an organization description for the organization\'s name', () => {
    const x = extract("C'est ce qu'a indiqué le porte-parole du ministère de l'Intérieur Jean Dupré.");
    expect(typeOf(x, 'person/jean-dupre')).toBe('Person');
    expect(entityKeys(x)).not.toContain('organization/jean-dupre');
    const y = extract("La réforme doit être retirée, a ajouté au nom de l'intersyndicale M. Perrin.");
    expect(y.entities.filter((e) => e.type === 'Organization').map((e) => e.label)).not.toContain('M. Perrin');
    expect(y.entities.find((e) => e.type === 'Person')?.label).toBe('Perrin');
  });

  it('joins an ambassador "d\'un pays en un autre" to the name in apposition, unknown given names included', () => {
    const x = extract("L'ambassadeur du Chili en France, Seyfo Brandal, a été convoqué lundi. L'ambassadeur chilien a quitté le ministère sans un mot.");
    const p = x.entities.find((e) => e.type === 'Person')!;
    expect(p.label).toBe('Seyfo Brandal');
    expect(mentionOf(x, "L'ambassadeur chilien")!.entity).toBe(p.key);
  });

  it('reads Arabic names with joined particles whole, after a title and an honorific', () => {
    const x = extract("Le pays est dirigé par l'émir, cheikh Hamad ben Khalifa al-Thani, depuis des années.");
    const persons = x.entities.filter((e) => e.type === 'Person');
    expect(persons.map((p) => p.label)).toEqual(['Hamad ben Khalifa al-Thani']);
  });
});

describe('organizations inside organizations', () => {
  it('names the UN in "Conseil de sécurité de l\'ONU"', () => {
    const x = extract("Le Conseil de sécurité de l'ONU se réunira vendredi.");
    expect(entityKeys(x)).toEqual(expect.arrayContaining(['organization/conseil-de-securite-de-l-onu', 'organization/onu']));
  });
});
