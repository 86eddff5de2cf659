// Small hand-written French articles turned into ArticleExtractions. Every offset is computed from
// the text with indexOf, so editing a sentence cannot leave a stale number behind.
import type {
  ArticleExtraction, Entity, EventMention, EventType, Mention, MentionKind, Sentence,
} from '../../src/types.js';

export function sentencesOf(text: string): Sentence[] {
  const parts = text.split(/(?<=[.!?»])\s+(?=[A-ZÀ-Ý«])/u);
  const out: Sentence[] = [];
  let cursor = 0;
  for (const part of parts) {
    const start = text.indexOf(part, cursor);
    if (start < 0) throw new Error(`sentence not found: ${part}`);
    out.push({ index: out.length, start, end: start + part.length, text: part });
    cursor = start + part.length;
  }
  return out;
}

/** Offsets of the `occurrence`-th appearance of `needle`; throws when absent so fixtures stay honest. */
export function find(text: string, needle: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(needle)} (#${occurrence}) not in text`);
  }
  return { start: at, end: at + needle.length };
}

export class ArticleBuilder {
  readonly sentences: Sentence[];
  readonly entities: Entity[] = [];
  readonly mentions: Mention[] = [];
  readonly events: EventMention[] = [];

  constructor(
    readonly id: string,
    readonly text: string,
    readonly meta: { title?: string | null; date?: string | null; url?: string | null; source?: string | null } = {},
  ) {
    this.sentences = sentencesOf(text);
  }

  sentenceAt(offset: number): Sentence {
    const s = this.sentences.find((x) => x.start <= offset && offset < x.end);
    if (!s) throw new Error(`no sentence at ${offset}`);
    return s;
  }

  entity(e: Entity): this {
    this.entities.push(e);
    return this;
  }

  mention(entity: string, surface: string, kind: MentionKind = 'name', occurrence = 0): this {
    const { start, end } = find(this.text, surface, occurrence);
    this.mentions.push({ entity, surface, start, end, sentence: this.sentenceAt(start).index, kind });
    return this;
  }

  /** An event whose evidence is the whole sentence holding `trigger`. */
  event(type: EventType, trigger: string, fields: Partial<Omit<EventMention, 'type' | 'trigger'>> = {}): this {
    const s = this.sentenceAt(find(this.text, trigger).start);
    this.events.push({
      type, trigger, agent: null, target: null, participants: [], place: null, topic: null, quote: null, date: null,
      sentence: s.index, start: s.start, end: s.end, ...fields,
    });
    return this;
  }

  build(): ArticleExtraction {
    return {
      article: {
        id: this.id, origin: `corpus/${this.id}`, title: this.meta.title ?? null, date: this.meta.date ?? null,
        url: this.meta.url ?? null, source: this.meta.source ?? null, text: this.text,
      },
      sentences: this.sentences, entities: this.entities, mentions: this.mentions, events: this.events, warnings: [],
    };
  }
}

export const LAVROV_A = 'person/sergueï-lavrov';
export const LAVROV_B = 'person/serguei-lavrov';

/** Article sorted second by id; it calls Lavrov by his full name, so its label must lose. */
export function moscowArticle(): ArticleExtraction {
  const text =
    "Le ministre russe des Affaires étrangères, Sergueï Viktorovitch Lavrov, a accusé l'OTAN de préparer une escalade. " +
    'Lavrov a rencontré Antony Blinken à Genève le 3 mars 2024. ' +
    '« Nous ne céderons pas », a déclaré le chef de la diplomatie russe.';
  return new ArticleBuilder('002_moscou.txt', text, {
    title: 'Lavrov accuse l’OTAN', date: '2024-03-03', url: 'https://example.org/moscou', source: 'Le Quotidien',
  })
    .entity({ key: LAVROV_A, type: 'Person', label: 'Sergueï Viktorovitch Lavrov', aliases: ['Lavrov'] })
    .entity({ key: 'organization/otan', type: 'Organization', label: 'OTAN', aliases: ['OTAN'] })
    .entity({ key: 'person/antony-blinken', type: 'Person', label: 'Antony Blinken', aliases: [] })
    .entity({ key: 'place/genève', type: 'Place', label: 'Genève', aliases: [] })
    .mention(LAVROV_A, 'Le ministre russe des Affaires étrangères', 'role')
    .mention(LAVROV_A, 'Sergueï Viktorovitch Lavrov')
    .mention('organization/otan', 'OTAN', 'acronym')
    .mention(LAVROV_A, 'Lavrov', 'name', 1)
    .mention('person/antony-blinken', 'Antony Blinken')
    .mention('place/genève', 'Genève')
    .mention(LAVROV_A, 'le chef de la diplomatie russe', 'role')
    .event('Accusation', 'a accusé', {
      agent: LAVROV_A, target: 'organization/otan', topic: 'préparer une escalade', date: '2024-03-03',
    })
    .event('Meeting', 'a rencontré', {
      agent: LAVROV_A, participants: ['person/antony-blinken'], place: 'place/genève', date: '2024-03-03',
    })
    .event('Statement', 'a déclaré', { agent: LAVROV_A, quote: 'Nous ne céderons pas', date: '2024-03' })
    .build();
}

/** Article sorted first by id; spells Lavrov without the diaeresis in its key. */
export function kyivArticle(): ArticleExtraction {
  const text =
    "L'Ukraine a exigé de la Russie le retrait de ses troupes. " +
    "Le secrétaire général de l'Otan a averti Moscou contre toute provocation. " +
    'Sergueï Lavrov a refusé la proposition de cessez-le-feu.';
  return new ArticleBuilder('001_kyiv.txt', text, { title: 'Kyiv exige un retrait', date: '2024-03-02' })
    .entity({ key: 'country/ukraine', type: 'Country', label: 'Ukraine', aliases: [] })
    .entity({ key: 'country/russie', type: 'Country', label: 'Russie', aliases: ['Moscou'] })
    .entity({
      key: 'organization/otan', type: 'Organization', label: 'OTAN',
      aliases: ['Otan', "Organisation du traité de l'Atlantique nord"],
    })
    .entity({ key: LAVROV_B, type: 'Person', label: 'Sergueï Lavrov', aliases: ['S. Lavrov'] })
    .mention('country/ukraine', 'Ukraine')
    .mention('country/russie', 'Russie')
    .mention('organization/otan', 'Otan', 'acronym')
    .mention('country/russie', 'Moscou', 'metonym')
    .mention(LAVROV_B, 'Sergueï Lavrov')
    .event('Demand', 'a exigé', { agent: 'country/ukraine', target: 'country/russie', topic: 'le retrait de ses troupes' })
    .event('Warning', 'a averti', { agent: 'organization/otan', target: 'country/russie', topic: 'toute provocation' })
    .event('Refusal', 'a refusé', { agent: LAVROV_B, topic: 'la proposition de cessez-le-feu', date: '2024-03-02' })
    .build();
}

export function corpus(): ArticleExtraction[] {
  return [moscowArticle(), kyivArticle()];
}

/** Characters that break naive serializers, in a title, a sentence, a mention and an event. */
export const HOSTILE =
  'Il a dit : « \"guillemets\" \\ antislash\nnouvelle ligne\r\ttab \u0001\u001b\u007f } ; <> @fr ^^ 😀 \ud800 seul ».';

export function hostileArticle(): ArticleExtraction {
  const text = `Le porte-parole Jean Dupont a déclaré ceci. ${HOSTILE}`;
  const b = new ArticleBuilder('003_hostile.txt', text, { title: HOSTILE });
  b.entity({ key: 'person/jean-dupont', type: 'Person', label: 'Jean Dupont', aliases: [HOSTILE] })
    .mention('person/jean-dupont', 'Jean Dupont')
    .event('Statement', 'a déclaré', { agent: 'person/jean-dupont', quote: HOSTILE, topic: HOSTILE });
  // The mention on the hostile span exercises surfaces too.
  const { start, end } = find(text, HOSTILE);
  b.mentions.push({ entity: 'person/jean-dupont', surface: HOSTILE, start, end, sentence: b.sentenceAt(start).index, kind: 'role' });
  return b.build();
}
