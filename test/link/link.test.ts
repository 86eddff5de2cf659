import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../../src/types.js';
import { linkArticle, linkEntities } from '../../src/link/index.js';

const ent = (type: EntityType, slug: string, label: string, aliases: string[] = []): Entity => ({
  key: `${type.toLowerCase()}/${slug}`,
  type,
  label,
  aliases,
});

const france = ent('Country', 'france', 'France');
const usa = ent('Country', 'etats-unis', 'États-Unis');
const russia = ent('Country', 'russie', 'Russie');
const georgia = ent('Country', 'georgie', 'Géorgie');
const paris = ent('Place', 'paris', 'Paris');
const texas = ent('Place', 'texas', 'Texas');

describe('countries', () => {
  it('carry ISO codes from the gazetteer and the package, and their Wikidata item', () => {
    expect(linkArticle([russia]).get('country/russie')).toEqual({ wikidata: 'Q159', iso2: 'RU', iso3: 'RUS', linkedBy: 'gazetteer' });
  });

  it('Géorgie is the country next to Russia, and unlinked next to the United States and no Georgian place', () => {
    expect(linkArticle([georgia, russia]).get('country/georgie')?.wikidata).toBe('Q230');
    expect(linkArticle([georgia, usa]).get('country/georgie')).toBeNull();
    const tbilisi = ent('Place', 'tbilissi', 'Tbilissi');
    expect(linkArticle([georgia, usa, tbilisi]).get('country/georgie')?.wikidata).toBe('Q230');
  });
});

describe('places', () => {
  it('a gazetteer city gets its GeoNames id and coordinates, through its French name', () => {
    const moscou = linkArticle([ent('Place', 'moscou', 'Moscou'), russia]).get('place/moscou');
    expect(moscou).toMatchObject({ geonames: 524901, linkedBy: 'gazetteer' });
    expect(moscou!.lat).toBeCloseTo(55.75, 1);
    expect(moscou!.lon).toBeCloseTo(37.62, 1);
    expect(linkArticle([ent('Place', 'londres', 'Londres')]).get('place/londres')?.geonames).toBe(2643743);
  });

  it('Paris in an article about Texas gets no link; in an article about France, Paris, France', () => {
    expect(linkArticle([paris, texas, usa]).get('place/paris')).toBeNull();
    expect(linkArticle([paris, france]).get('place/paris')?.geonames).toBe(2988507);
    expect(linkArticle([paris]).get('place/paris')?.geonames).toBe(2988507);
  });

  it('a country named in passing does not overrule the gazetteer: the United States have a Hamburg too', () => {
    const hamburg = ent('Place', 'hambourg', 'Hambourg');
    expect(linkArticle([hamburg, usa, russia]).get('place/hambourg')?.geonames).toBe(2911298);
  });

  it('a place the gazetteer does not know is chosen by the countries of the article', () => {
    const kati = ent('Place', 'kati', 'Kati');
    expect(linkArticle([kati, ent('Country', 'mali', 'Mali')]).get('place/kati')).toMatchObject({ geonames: 2455558, linkedBy: 'context' });
    // Without a country to choose by, a town of 40 000 is not taken on its population; a city of
    // 200 000 with no namesake a tenth its size is.
    expect(linkArticle([kati]).get('place/kati')).toBeNull();
    expect(linkArticle([ent('Place', 'eindhoven', 'Eindhoven')]).get('place/eindhoven')).toMatchObject({ geonames: 2756253, linkedBy: 'population' });
  });

  it('a region, sea or venue of the gazetteer is not linked to a town of the same name', () => {
    expect(linkArticle([texas, usa]).get('place/texas')).toBeNull();
  });
});

describe('organizations and people', () => {
  it('come from the curated table, by the key the extractor gives them', () => {
    expect(linkArticle([ent('Organization', 'otan', "Organisation du traité de l'Atlantique Nord")]).get('organization/otan')).toEqual({ wikidata: 'Q7184', linkedBy: 'gazetteer' });
    expect(linkArticle([ent('Person', 'vladimir-poutine', 'Vladimir Poutine')]).get('person/vladimir-poutine')?.wikidata).toBe('Q7747');
    expect(linkArticle([ent('Person', 'jean-dupont', 'Jean Dupont')]).has('person/jean-dupont')).toBe(false);
  });
});

describe('across articles', () => {
  it('a key is linked only when every article that has it agrees', () => {
    const links = linkEntities([{ entities: [paris, france] }, { entities: [paris, texas, usa] }, { entities: [russia] }]);
    expect(links.has('place/paris')).toBe(false);
    expect(links.get('country/russie')?.iso2).toBe('RU');
    expect(linkEntities([{ entities: [paris, france] }, { entities: [paris] }]).get('place/paris')?.geonames).toBe(2988507);
  });
});
