// The packaged tables the link stage reads, each loaded once per thread on first use: the build
// links on its calling thread only, and a build with no place to link never reads the cities.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dataPath } from '../paths.js';
import { readTsv, splitBar } from '../extract/tsv.js';

/** Lowercase, accent-free, words joined by `-`: how keys and names are compared here. */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`]/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `type/slug` with the slug folded as entity IRIs fold it, so table keys match any spelling. */
export function foldKey(key: string): string {
  const slash = key.indexOf('/');
  return slash < 0 ? foldName(key) : `${key.slice(0, slash).toLowerCase()}/${foldName(key.slice(slash + 1))}`;
}

export interface CountryRow {
  slug: string;
  iso2: string;
  iso3?: string;
  wikidata?: string;
}

export interface GazetteerPlace {
  slug: string;
  /** city, region, continent, venue or sea (data/gazetteer/places.tsv). */
  kind: string;
  /** ISO alpha-2 of the place's country, when the gazetteer gives one. */
  country?: string;
  /** French name and its GeoNames names (data/link/exonyms.tsv), folded. */
  names: string[];
  /** The variants and their GeoNames names, folded: looked up only when the name finds nothing. */
  variants: string[];
}

export interface City {
  geonames: number;
  country: string;
  feature: string;
  population: number;
  lat: number;
  lon: number;
}

export interface AmbiguousCountry {
  /** ISO alpha-2 of the country the name usually means. */
  iso2: string;
  /** ISO alpha-2 of the country where the same name is a subdivision. */
  other: string;
}

export interface LinkTables {
  /** Country slug (countries.tsv) → its codes and Wikidata item. */
  countries: Map<string, CountryRow>;
  /** Folded entity key → Wikidata item (data/link/entities-wikidata.tsv). */
  entities: Map<string, string>;
  /** Place slug → what the gazetteer says of it. */
  places: Map<string, GazetteerPlace>;
  /** Folded French name → GeoNames names (data/link/exonyms.tsv), for places the gazetteer does not list. */
  exonyms: Map<string, string[]>;
  ambiguous: Map<string, AmbiguousCountry>;
}

let tables: LinkTables | null = null;
let cities: CityTable | null = null;

export function linkTables(): LinkTables {
  return (tables ??= loadTables());
}

/** The populated places whose GeoNames name folds to `key` (data/link/cities.tsv). */
export function citiesWithKey(key: string): City[] {
  return (cities ??= loadCities()).find(key);
}

function loadTables(): LinkTables {
  const iso3 = alpha3Codes();
  const qids = new Map(readTsv(dataPath('link', 'countries-wikidata.tsv')).map((r) => [r.iso2, r.wikidata]));
  const countries = new Map<string, CountryRow>();
  const isoOfSlug = new Map<string, string>();
  for (const r of readTsv(dataPath('gazetteer', 'countries.tsv'))) {
    if (!r.slug || !r.iso2) continue;
    isoOfSlug.set(r.slug, r.iso2);
    countries.set(r.slug, { slug: r.slug, iso2: r.iso2, iso3: iso3.get(r.iso2), wikidata: qids.get(r.iso2) || undefined });
  }
  const entities = new Map<string, string>();
  for (const r of readTsv(dataPath('link', 'entities-wikidata.tsv'))) if (r.key && r.wikidata) entities.set(foldKey(r.key), r.wikidata);

  const exonymRows = readTsv(dataPath('link', 'exonyms.tsv'));
  const exonyms = new Map<string, string[]>();
  for (const r of exonymRows) {
    const k = foldName(r.name_fr ?? '');
    if (!k || !r.geonames_name) continue;
    exonyms.set(k, [...(exonyms.get(k) ?? []), foldName(r.geonames_name)]);
  }
  const places = new Map<string, GazetteerPlace>();
  for (const r of readTsv(dataPath('gazetteer', 'places.tsv'))) {
    if (!r.slug) continue;
    const withExonyms = (written: string[]) => {
      const names = new Set(written.map(foldName).filter(Boolean));
      for (const n of [...names]) for (const g of exonyms.get(n) ?? []) names.add(g);
      return [...names];
    };
    const names = withExonyms([r.name_fr ?? '']);
    const variants = withExonyms(splitBar(r.variants)).filter((v) => !names.includes(v));
    places.set(r.slug, { slug: r.slug, kind: r.kind, country: isoOfSlug.get(r.country_slug), names, variants });
  }
  const ambiguous = new Map<string, AmbiguousCountry>();
  for (const r of readTsv(dataPath('link', 'ambiguous-countries.tsv'))) {
    const iso2 = isoOfSlug.get(r.slug);
    if (iso2 && r.other_iso2) ambiguous.set(r.slug, { iso2, other: r.other_iso2 });
  }
  return { countries, entities, places, exonyms, ambiguous };
}

// i18n-iso-countries lists each ISO 3166-1 country as [alpha-2, alpha-3, numeric, subdivision
// code]; its 10 kB table is all we read of it. Codes starting with X are user-assigned, not
// ISO's (Kosovo: XK, XKK): the gazetteer's XK stays, no alpha-3 is claimed.
function alpha3Codes(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const rows = JSON.parse(readFileSync(require.resolve('i18n-iso-countries/codes.json'), 'utf8')) as string[][];
  return new Map(rows.filter(([alpha2]) => !alpha2.startsWith('X')).map(([alpha2, alpha3]) => [alpha2, alpha3]));
}

/**
 * The cities table as text with the start of each data row: rows are sorted by their first
 * column (the folded name), so a name is found by binary search and only its rows are parsed.
 * Fifty thousand rows are never split into fields, which a build would pay for on every run.
 */
interface CityTable {
  find(key: string): City[];
}

function loadCities(): CityTable {
  const text = readFileSync(dataPath('link', 'cities.tsv'), 'utf8');
  const starts: number[] = [];
  let header = true;
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at);
    const next = end < 0 ? text.length : end + 1;
    if (text.charCodeAt(at) !== 35 /* # */ && next - at > 1) {
      if (header) header = false;
      else starts.push(at);
    }
    at = next;
  }
  const keyAt = (i: number) => text.slice(starts[i], text.indexOf('\t', starts[i]));
  const row = (i: number): City => {
    const end = text.indexOf('\n', starts[i]);
    const [, id, , country, feature, population, lat, lon] = text.slice(starts[i], end < 0 ? text.length : end).split('\t');
    return { geonames: Number(id), country, feature, population: Number(population), lat: Number(lat), lon: Number(lon) };
  };
  return {
    find(key) {
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (keyAt(mid) < key) lo = mid + 1;
        else hi = mid;
      }
      const out: City[] = [];
      for (let i = lo; i < starts.length && keyAt(i) === key; i++) out.push(row(i));
      return out;
    },
  };
}
