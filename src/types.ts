// Types that cross module boundaries. The pipeline flows one way:
// ingest → nlp → extract → resolve → link → graph → query → cli; each stage only imports
// the types of the stages before it.

/** An article after ingest: decoded, boilerplate removed. Offsets everywhere refer to `text`. */
export interface Article {
  /** Stable id: the file name (e.g. `000_abc.txt`) or the `id` field of a JSONL line. */
  id: string;
  /** Where it came from (file path, or `file.jsonl#L3`). */
  origin: string;
  title: string | null;
  /** ISO date `YYYY-MM-DD` (or `YYYY-MM` when only the month is known), or null. */
  date: string | null;
  url: string | null;
  source: string | null;
  /** Cleaned body text, title included as its first line when the input had one. */
  text: string;
}

/** A problem with one input; the rest of the corpus is still processed. */
export interface IngestProblem {
  origin: string;
  message: string;
}

/** A problem skips its input; a warning keeps it and says what was done to read it. */
export type IngestItem =
  | { kind: 'article'; article: Article }
  | { kind: 'problem'; problem: IngestProblem }
  | { kind: 'warning'; warning: IngestProblem };

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export type EntityType = 'Person' | 'Organization' | 'Country' | 'Place';

export const ENTITY_TYPES: readonly EntityType[] = ['Person', 'Organization', 'Country', 'Place'];

/** How a mention refers to its entity. Role descriptions and pronouns stay article-local. */
/** `description`: a common-noun phrase naming an actor the text gives no name ("les syndicats du secteur public"). */
export type MentionKind = 'name' | 'acronym' | 'metonym' | 'role' | 'pronoun' | 'description';

export interface Mention {
  /** Key of the entity in the article's extraction (its global slug key, see Entity.key). */
  entity: string;
  surface: string;
  start: number;
  end: number;
  sentence: number;
  kind: MentionKind;
}

export interface Entity {
  /** Global identity key, `type/slug` (e.g. `person/sergueï-lavrov` before IRI minting). */
  key: string;
  type: EntityType;
  /** Canonical label (usual French full name). */
  label: string;
  /** Name-like surface forms (names, acronyms, expansions, metonyms); never role descriptions. */
  aliases: string[];
}

export type EventType = 'Meeting' | 'Accusation' | 'Statement' | 'Demand' | 'Warning' | 'Refusal' | 'Proposal';

export const EVENT_TYPES: readonly EventType[] = [
  'Meeting',
  'Accusation',
  'Statement',
  'Demand',
  'Warning',
  'Refusal',
  'Proposal',
];

/**
 * Whether the text states the act as done (`asserted`), as to come (`planned`: "rencontrera",
 * "doit rencontrer", "une réunion est prévue") or denies it (`negated`: "n'a pas rencontré").
 */
export type EventStatus = 'asserted' | 'planned' | 'negated';

export const EVENT_STATUSES: readonly EventStatus[] = ['asserted', 'planned', 'negated'];

/** What an event is: its type and its n-ary roles, as one article states it or as merged. */
export interface EventFacts {
  type: EventType;
  /** Entity keys. */
  agent: string | null;
  target: string | null;
  participants: string[];
  place: string | null;
  topic: string | null;
  /** Quoted words, for Statements built from a quotation. */
  quote: string | null;
  /** ISO date or null. */
  date: string | null;
  /** Absent means `asserted`. Mentions of one merged event always agree on it. */
  status?: EventStatus;
}

export interface EventMention extends EventFacts {
  /** The trigger word(s) as written. */
  trigger: string;
  sentence: number;
  /** Evidence span in Article.text (a sentence or the clause stating the event). */
  start: number;
  end: number;
}

export interface ArticleExtraction {
  article: Article;
  sentences: Sentence[];
  entities: Entity[];
  mentions: Mention[];
  events: EventMention[];
  /** Non-fatal notes (e.g. a date that could not be resolved). */
  warnings: string[];
}

/**
 * What the resolve stage reads of one article's extraction: no sentences, no article text, so
 * that a build holds it for every article at once. `digests[i]` holds what event resolution
 * compares of `events[i]`, computed on the thread that extracted the article.
 */
export interface ResolveInput {
  article: Pick<Article, 'id' | 'date'>;
  entities: Entity[];
  /** Distinct (entity, kind, surface) of the mentions kept, with how often the article has each. */
  mentions: Array<Pick<Mention, 'entity' | 'kind' | 'surface'> & { count: number }>;
  events: EventMention[];
  digests: EventDigest[];
}

/** The text of one event mention as event resolution compares it (resolve/text.ts). */
export interface EventDigest {
  /** Content stems of the topic, space-separated ('' without a topic). */
  topic: string;
  /** Statements: the quote (else the topic) through normalizeQuote; '' for other types. */
  text: string;
  /** Content stems of the evidence span, space-separated. */
  evidence: string;
}

/** One source of a merged event: event number `eventIndex` of the extraction of article `article` (its id). */
export interface EventSource {
  article: string;
  eventIndex: number;
}

/**
 * Why mentions were merged into one event: `single` (one mention, or exact duplicates of it in
 * one article), `meeting-participants`, `agent-target-topic` (accusations, demands, warnings,
 * refusals, proposals), `statement-quote`. docs/rdf-model.md ("Event resolution") has the rules.
 */
export type MergeRule = 'single' | 'meeting-participants' | 'agent-target-topic' | 'statement-quote';

/** A real-world event as reconstructed from every mention the build found of it (resolve stage). */
export interface MergedEvent extends EventFacts {
  /** Stable identity: `[type, article id, event index]` of the smallest mention, as JSON; hashed into the IRI.
   * Entity keys are those after reconciliation; participants are the union over the mentions, sorted;
   * the date is the most precise any mention gives (they agree), or null. */
  key: string;
  /** Sorted by article id, then event index. */
  mentions: EventSource[];
  rule: MergeRule;
  /** One line for people: what the mentions share (written as nkg:mergeRule, printed by `newskg why`). */
  explanation: string;
}

/** How person keys seen in different articles were reconciled into one. */
export interface EntityMerge {
  /** The key every member now uses. */
  key: string;
  /** Canonical label: the most frequent full form, ties broken by code-unit order. */
  label: string;
  /** Keys replaced by `key`, sorted (`key` itself excluded). */
  merged: string[];
  rule: 'name-variant' | 'surname-only';
}

/** Output of the resolve stage. */
export interface Resolution {
  /** The input extractions, sorted by article id, with entity keys reconciled across articles. */
  extractions: ArticleExtraction[];
  /** Every event mention of `extractions` belongs to exactly one merged event; sorted by key. */
  events: MergedEvent[];
  entityMerges: EntityMerge[];
}

/** How a link to an outside identifier was chosen (`nkg:linkedBy`). */
export type LinkMethod = 'gazetteer' | 'context' | 'population';

/**
 * What the link stage knows of an entity from packaged data: outside identifiers, never
 * invented (each comes from a table in data/ or a package), and how the candidate was chosen.
 */
export interface EntityLink {
  /** Wikidata item id, `Q…`. */
  wikidata?: string;
  /** GeoNames feature id of a populated place. */
  geonames?: number;
  /** ISO 3166-1 alpha-2 and alpha-3 codes, for countries. */
  iso2?: string;
  iso3?: string;
  /** WGS 84 latitude and longitude in degrees, for places. */
  lat?: number;
  lon?: number;
  linkedBy: LinkMethod;
}
