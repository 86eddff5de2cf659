// Short French articles for the resolve tests, built with the graph fixture's ArticleBuilder (every
// offset computed from the text).
import type { ArticleExtraction, Entity, EntityType } from '../../src/types.js';
import { ArticleBuilder } from '../graph/fixture.js';

export const KYIV_KEYS = {
  ivanenko: 'person/sergueï-ivanenko',
  kovalenko: 'person/olena-kovalenko',
  marchal: 'person/pierre-marchal',
  ukraine: 'country/ukraine',
  russie: 'country/russie',
  france: 'country/france',
  otan: 'organization/otan',
  kiev: 'place/kiev',
  paris: 'place/paris',
  varsovie: 'place/varsovie',
} as const;

const TYPES: Record<string, EntityType> = { person: 'Person', country: 'Country', organization: 'Organization', place: 'Place' };

export function entity(key: string, label: string, aliases: string[] = []): Entity {
  return { key, type: TYPES[key.slice(0, key.indexOf('/'))], label, aliases };
}

/** An article whose entities are declared with `names` (key → label), each mentioned by name where its label occurs. */
export function article(
  id: string,
  date: string | null,
  text: string,
  names: Record<string, string>,
  fill: (b: ArticleBuilder) => void,
): ArticleExtraction {
  const b = new ArticleBuilder(id, text, { date, title: null });
  for (const [key, label] of Object.entries(names)) {
    b.entity(entity(key, label, [label]));
    if (text.includes(label)) b.mention(key, label);
  }
  fill(b);
  return b.build();
}
