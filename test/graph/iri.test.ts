import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BASE, articleIri, articleSlug, checkBase, entityIri, eventIri, slugify,
} from '../../src/graph/iri.js';
import { isSafeIri } from '../../src/graph/literals.js';

describe('slugify', () => {
  it('folds accents, case, elided articles and punctuation', () => {
    expect(slugify('Sergueï Lavrov')).toBe('serguei-lavrov');
    expect(slugify("l'OTAN")).toBe('otan');
    expect(slugify('L’Élysée')).toBe('elysee');
    expect(slugify("Côte d'Ivoire")).toBe('cote-d-ivoire');
    expect(slugify('  Œuvre  (Saint-Étienne) ')).toBe('oeuvre-saint-etienne');
  });

  it('keeps names written in other scripts apart and valid', () => {
    const a = slugify('Сергей Лавров');
    const b = slugify('Владимир Путин');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^x-[0-9a-f]{10}$/);
    const partly = slugify('Ωmega Corp');
    expect(partly).toMatch(/^mega-corp-[0-9a-f]{8}$/);
    expect(partly).not.toBe(slugify('Mega Corp'));
    for (const name of ['习近平', '!!!', '', '\ud800', '😀']) {
      const iri = entityIri(DEFAULT_BASE, `person/${name}`, 'Person');
      expect(isSafeIri(iri), iri).toBe(true);
      expect(new URL(iri).href).toBe(iri);
    }
  });

  it('is stable across calls', () => {
    expect(slugify('Сергей Лавров')).toBe(slugify('Сергей Лавров'));
  });
});

describe('IRIs', () => {
  it('mints entity IRIs from the key, folding the slug part', () => {
    expect(entityIri(DEFAULT_BASE, 'person/sergueï-lavrov', 'Person')).toBe('https://w3id.org/newskg/id/person/serguei-lavrov');
    expect(entityIri('http://ex.org/kg/', 'organization/otan', 'Organization')).toBe('http://ex.org/kg/organization/otan');
  });

  it('keeps IRI-safe article ids verbatim and hashes the rest injectively', () => {
    expect(articleSlug('000_abc.txt')).toBe('000_abc.txt');
    expect(articleSlug('a_b')).not.toBe(articleSlug('a-b'));
    const odd = articleSlug('dépêche 12/03.txt');
    expect(odd).toMatch(/^depeche-12-03-txt-[0-9a-f]{8}$/);
    expect(articleSlug('dépêche 12-03.txt')).not.toBe(odd);
    expect(isSafeIri(articleIri(DEFAULT_BASE, 'x y#z?'))).toBe(true);
  });

  it('hashes events on article, type, span, agent and target', () => {
    const id = { articleId: 'a.txt', type: 'Accusation' as const, start: 0, end: 10, agent: 'person/x', target: null };
    const iri = eventIri(DEFAULT_BASE, id);
    expect(iri).toMatch(/^https:\/\/w3id\.org\/newskg\/id\/event\/accusation-[0-9a-f]{12}$/);
    expect(eventIri(DEFAULT_BASE, { ...id })).toBe(iri);
    expect(eventIri(DEFAULT_BASE, { ...id, end: 11 })).not.toBe(iri);
    expect(eventIri(DEFAULT_BASE, { ...id, target: 'person/y' })).not.toBe(iri);
    expect(eventIri(DEFAULT_BASE, id, '#2')).not.toBe(iri);
  });

  it('rejects a base that would not prefix paths cleanly', () => {
    expect(checkBase('https://ex.org/id/')).toBe('https://ex.org/id/');
    expect(() => checkBase('https://ex.org/id')).toThrow(/end with/);
    expect(() => checkBase('not a base/')).toThrow(/invalid base/);
  });
});
