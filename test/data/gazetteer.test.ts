// Integrity checks for the hand-written gazetteer in data/gazetteer/.
// The TSV parser lives here on purpose: the test must not depend on the extractor's loader.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../data/gazetteer/', import.meta.url));

type Row = Record<string, string> & { __line: string };

interface Table {
  columns: string[];
  rows: Row[];
}

/** Tab-separated, first non-comment line is the header, `#` lines and blank lines are skipped. */
function readTsv(file: string): Table {
  const text = readFileSync(DIR + file, 'utf8');
  let columns: string[] | null = null;
  const rows: Row[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!columns) {
      columns = cells;
      return;
    }
    if (cells.length !== columns.length) {
      throw new Error(`${file}:${i + 1}: ${cells.length} cells, expected ${columns.length}: ${line}`);
    }
    const row = { __line: `${file}:${i + 1}` } as Row;
    columns.forEach((c, k) => (row[c] = cells[k]));
    rows.push(row);
  });
  if (!columns) throw new Error(`${file}: no header`);
  return { columns, rows };
}

const list = (cell: string): string[] => (cell === '' ? [] : cell.split('|'));

/** Comparison key for aliases: accents folded, lowercased, typographic apostrophe unified. */
const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase();

const slugify = (s: string): string =>
  fold(s.replace(/œ/g, 'oe').replace(/æ/g, 'ae'))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const countries = readTsv('countries.tsv');
const places = readTsv('places.tsv');
const orgs = readTsv('organizations.tsv');
const titles = readTsv('person-titles.tsv');
const firstNames = readFileSync(DIR + 'first-names.txt', 'utf8')
  .split('\n')
  .map((l) => l.replace(/\r$/, ''))
  .filter((l) => l.trim() !== '' && !l.startsWith('#'));

const bySlug = <T extends Row>(rows: T[]) => new Map(rows.map((r) => [r.slug, r]));
const countryBySlug = bySlug(countries.rows);
const orgBySlug = bySlug(orgs.rows);

/** Groups `owner` per folded alias and returns the aliases claimed by more than one owner. */
function collisions(entries: Array<[alias: string, owner: string]>): string[] {
  const owners = new Map<string, Set<string>>();
  for (const [alias, owner] of entries) {
    const key = fold(alias);
    if (!owners.has(key)) owners.set(key, new Set());
    owners.get(key)!.add(owner);
  }
  return [...owners]
    .filter(([, o]) => o.size > 1)
    .map(([alias, o]) => `"${alias}" claimed by ${[...o].sort().join(', ')}`)
    .sort();
}

describe('gazetteer files: shape', () => {
  it.each([
    ['countries.tsv', countries, ['slug', 'name_fr', 'variants', 'demonyms', 'capital', 'metonyms', 'iso2']],
    ['places.tsv', places, ['slug', 'name_fr', 'variants', 'country_slug', 'kind']],
    ['organizations.tsv', orgs, ['slug', 'name_fr', 'acronyms', 'variants', 'kind']],
    ['person-titles.tsv', titles, ['title', 'gender', 'kind']],
  ] as const)('%s has the documented header', (_f, table, cols) => {
    expect(table.columns).toEqual(cols);
    expect(table.rows.length).toBeGreaterThan(0);
  });

  it('has no stray whitespace, empty list items or duplicate list items', () => {
    const problems: string[] = [];
    for (const t of [countries, places, orgs, titles]) {
      for (const r of t.rows) {
        for (const c of t.columns) {
          const v = r[c];
          if (v !== v.trim()) problems.push(`${r.__line} ${c}: surrounding whitespace`);
          if (/\s{2,}/.test(v)) problems.push(`${r.__line} ${c}: double space`);
          const items = list(v);
          if (items.some((x) => x.trim() === '' || x !== x.trim())) problems.push(`${r.__line} ${c}: empty or padded item`);
          if (new Set(items).size !== items.length) problems.push(`${r.__line} ${c}: duplicate item`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.each([
    ['countries', countries],
    ['places', places],
    ['organizations', orgs],
  ] as const)('%s: slugs are well-formed and unique, names non-empty', (_n, table) => {
    const bad = table.rows.filter((r) => !SLUG.test(r.slug)).map((r) => `${r.__line} ${r.slug}`);
    expect(bad).toEqual([]);
    const seen = new Set<string>();
    const dup = table.rows.filter((r) => (seen.has(r.slug) ? true : (seen.add(r.slug), false))).map((r) => r.slug);
    expect(dup).toEqual([]);
    expect(table.rows.filter((r) => r.name_fr.trim() === '').map((r) => r.__line)).toEqual([]);
  });
});

describe('countries.tsv', () => {
  it('covers the UN members plus Vatican, Palestine, Kosovo and Taïwan', () => {
    expect(countries.rows.length).toBe(197);
    for (const s of ['vatican', 'palestine', 'kosovo', 'taiwan']) expect(countryBySlug.has(s)).toBe(true);
  });

  it('slug is the French name folded and hyphenated', () => {
    const bad = countries.rows.filter((r) => r.slug !== slugify(r.name_fr)).map((r) => `${r.slug} ≠ ${slugify(r.name_fr)}`);
    expect(bad).toEqual([]);
  });

  it('iso2 codes are two capital letters and unique', () => {
    expect(countries.rows.filter((r) => !/^[A-Z]{2}$/.test(r.iso2)).map((r) => r.slug)).toEqual([]);
    expect(new Set(countries.rows.map((r) => r.iso2)).size).toBe(countries.rows.length);
  });

  it('demonyms are lowercase', () => {
    const bad = countries.rows.flatMap((r) => list(r.demonyms).filter((d) => d !== d.toLocaleLowerCase('fr')));
    expect(bad).toEqual([]);
  });

  it('every capital is a city in places.tsv belonging to that country', () => {
    const missing: string[] = [];
    for (const c of countries.rows) {
      const hit = places.rows.find(
        (p) => p.country_slug === c.slug && p.kind === 'city' && [p.name_fr, ...list(p.variants)].includes(c.capital),
      );
      if (!hit) missing.push(`${c.slug}: ${c.capital}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('places.tsv', () => {
  it('every country_slug exists in countries.tsv', () => {
    const bad = places.rows.filter((p) => p.country_slug !== '' && !countryBySlug.has(p.country_slug));
    expect(bad.map((p) => `${p.slug} -> ${p.country_slug}`)).toEqual([]);
  });

  it('kind is one of city|region|continent|venue|sea', () => {
    const kinds = new Set(['city', 'region', 'continent', 'venue', 'sea']);
    expect(places.rows.filter((p) => !kinds.has(p.kind)).map((p) => `${p.slug}: ${p.kind}`)).toEqual([]);
  });

  it('slug is derived from the name (city-states add "-ville")', () => {
    const bad = places.rows.filter((p) => p.slug !== slugify(p.name_fr) && p.slug !== `${slugify(p.name_fr)}-ville`);
    expect(bad.map((p) => `${p.slug} / ${p.name_fr}`)).toEqual([]);
  });

  it('no surface form names two different places', () => {
    const entries = places.rows.flatMap((p) => [p.name_fr, ...list(p.variants)].map((a): [string, string] => [a, p.slug]));
    expect(collisions(entries)).toEqual([]);
  });
});

describe('organizations.tsv', () => {
  it('kind is one of the documented values', () => {
    const kinds = new Set(['intergovernmental', 'government', 'party', 'court', 'media', 'company', 'ngo', 'armed-group', 'sport', 'other']);
    expect(orgs.rows.filter((o) => !kinds.has(o.kind)).map((o) => `${o.slug}: ${o.kind}`)).toEqual([]);
  });

  it('acronyms contain no spaces', () => {
    expect(orgs.rows.flatMap((o) => list(o.acronyms).filter((a) => /\s/.test(a)))).toEqual([]);
  });
});

describe('aliases', () => {
  it('no alias is claimed by two different countries or organizations', () => {
    const entries: Array<[string, string]> = [];
    for (const c of countries.rows) {
      for (const a of [c.name_fr, ...list(c.variants), ...list(c.demonyms), c.capital, ...list(c.metonyms)]) {
        entries.push([a, `country/${c.slug}`]);
      }
    }
    for (const o of orgs.rows) {
      for (const a of [o.name_fr, ...list(o.acronyms), ...list(o.variants)]) entries.push([a, `organization/${o.slug}`]);
    }
    // An empty array means no collision; otherwise the message lists every offending alias.
    expect(collisions(entries)).toEqual([]);
  });

  it('leaves out the abbreviations that are ambiguous in French', () => {
    const all = [...countries.rows, ...orgs.rows].flatMap((r) => [...list(r.variants), ...list(r.acronyms ?? '')]);
    for (const a of ['EU', 'US', 'UN', 'Hollande']) expect(all).not.toContain(a);
  });
});

describe('facts one can point to', () => {
  const c = (slug: string) => {
    const r = countryBySlug.get(slug);
    if (!r) throw new Error(`no country ${slug}`);
    return r;
  };
  const o = (slug: string) => {
    const r = orgBySlug.get(slug);
    if (!r) throw new Error(`no organization ${slug}`);
    return r;
  };
  const countryOfDemonym = (d: string) => countries.rows.filter((r) => list(r.demonyms).includes(d)).map((r) => r.slug);

  it('demonyms', () => {
    expect(countryOfDemonym('russe')).toEqual(['russie']);
    expect(countryOfDemonym('américaines')).toEqual(['etats-unis']);
    expect(countryOfDemonym('françaises')).toEqual(['france']);
    expect(countryOfDemonym('britannique')).toEqual(['royaume-uni']);
    expect(countryOfDemonym('nigérien')).toEqual(['niger']);
    expect(countryOfDemonym('nigérian')).toEqual(['nigeria']);
    expect(countryOfDemonym('congolais')).toEqual([]);
  });

  it('names, variants, capitals, metonyms', () => {
    expect(c('russie').capital).toBe('Moscou');
    expect(list(c('russie').metonyms)).toContain('Kremlin');
    expect(c('etats-unis').name_fr).toBe('États-Unis');
    expect(c('etats-unis').capital).toBe('Washington');
    expect(list(c('etats-unis').variants)).toEqual(expect.arrayContaining(['Etats-Unis', 'USA']));
    expect(list(c('etats-unis').metonyms)).toEqual(expect.arrayContaining(['Maison Blanche', 'Maison-Blanche']));
    expect(list(c('france').metonyms)).toEqual(expect.arrayContaining(['Élysée', 'Matignon']));
    expect(c('royaume-uni').name_fr).toBe('Royaume-Uni');
    expect(list(c('royaume-uni').variants)).toContain('Grande-Bretagne');
    expect(list(c('royaume-uni').metonyms)).toContain('Downing Street');
    expect(list(c('republique-democratique-du-congo').variants)).toContain('RDC');
    expect(list(c('emirats-arabes-unis').variants)).toContain('Emirats arabes unis');
    expect(c('cote-d-ivoire').name_fr).toBe("Côte d'Ivoire");
    expect(c('chine').capital).toBe('Pékin');
    expect(c('ukraine').capital).toBe('Kiev');
    expect(c('ukraine').iso2).toBe('UA');
    expect(c('royaume-uni').iso2).toBe('GB');
    const kiev = places.rows.find((p) => p.name_fr === 'Kiev');
    expect(list(kiev?.variants ?? '')).toContain('Kyiv');
  });

  it('organizations', () => {
    expect(list(o('otan').acronyms)).toEqual(expect.arrayContaining(['OTAN', 'Otan', 'NATO']));
    expect(list(o('otan').variants)).toEqual(expect.arrayContaining(['Alliance atlantique', "l'Alliance atlantique"]));
    expect(o('osce').name_fr).toBe('Organisation pour la sécurité et la coopération en Europe');
    expect(list(o('osce').variants)).toContain('Organisation pour la coopération et la sécurité en Europe');
    expect(list(o('onu').variants)).toContain('Nations unies');
    expect(list(o('etat-islamique').acronyms)).toContain('EI');
    expect(list(o('etat-islamique').variants)).toContain('Daech');
    expect(list(o('cedeao').acronyms)).toEqual(expect.arrayContaining(['CEDEAO', 'ECOWAS']));
    expect(o('associated-press').acronyms).toBe('AP');
    expect(o('hamas').kind).toBe('armed-group');
    expect(o('afp').kind).toBe('media');
  });

  it('places', () => {
    const p = (name: string) => places.rows.find((r) => r.name_fr === name);
    expect(p('Genève')?.country_slug).toBe('suisse');
    expect(p('Crimée')?.country_slug).toBe('ukraine');
    expect(p('bande de Gaza')?.country_slug).toBe('palestine');
    expect(p('Europe')?.kind).toBe('continent');
    expect(p('Palais des Nations')?.kind).toBe('venue');
  });
});

describe('person-titles.tsv', () => {
  it('titles are unique, gender m|f|n, kind honorific|role', () => {
    const t = titles.rows.map((r) => r.title);
    expect(t.filter((x, i) => t.indexOf(x) !== i)).toEqual([]);
    expect(titles.rows.filter((r) => !['m', 'f', 'n'].includes(r.gender)).map((r) => r.title)).toEqual([]);
    expect(titles.rows.filter((r) => !['honorific', 'role'].includes(r.kind)).map((r) => r.title)).toEqual([]);
  });

  it('holds the usual forms', () => {
    const t = new Map(titles.rows.map((r) => [r.title, r]));
    for (const x of ['M.', 'Mme', 'Mgr', 'Dr']) expect(t.get(x)?.kind).toBe('honorific');
    for (const x of ['ministre', 'porte-parole', "secrétaire d'État", 'chef de la diplomatie', 'Premier ministre', 'chancelière', 'procureure', 'PDG', 'émir', 'pape']) {
      expect(t.get(x)?.kind).toBe('role');
    }
    expect(t.get('présidente')?.gender).toBe('f');
  });
});

describe('first-names.txt', () => {
  it('is a list of unique, capitalized, single-token names', () => {
    expect(firstNames.length).toBeGreaterThanOrEqual(1000);
    expect(firstNames.filter((n, i) => firstNames.indexOf(n) !== i)).toEqual([]);
    expect(firstNames.filter((n) => !/^\p{Lu}[\p{L}'-]*$/u.test(n) || /\s/.test(n))).toEqual([]);
    for (const n of ['Sergueï', 'Sergey', 'Vladimir', 'Dmitri', 'Mohamed', 'Mohammed', 'Mahmoud', 'Emmanuel', 'Antony', 'Olaf', 'Giorgia']) {
      expect(firstNames).toContain(n);
    }
  });

  it('overlaps with country and place names only where documented', () => {
    // Kept on purpose (Dominique de Villepin, Riyad Mahrez...); listed in README.md.
    const known = ['Dominique', 'Florence', 'Maurice', 'Riad', 'Riyad', 'Salvador', 'Santiago', 'Victoria'];
    const geo = new Set(
      [...countries.rows, ...places.rows].flatMap((r) => [r.name_fr, ...list(r.variants), r.capital ?? ''].filter(Boolean)),
    );
    expect(firstNames.filter((n) => geo.has(n)).sort()).toEqual(known);
  });
});
