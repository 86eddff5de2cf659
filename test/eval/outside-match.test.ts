import { describe, expect, it } from 'vitest';
import { norm, overlap, refMatches, rolesMatch, sameplace, tokens, type OutsideGoldEntity, type RefContext } from '../../src/eval/outside-match.js';
import type { EventRecord } from '../../src/query/events.js';

const ent = (id: string, name: string, aliases: string[] = []): OutsideGoldEntity => ({ id, type: 'Person', name, aliases });
const ref = (label: string) => ({ iri: `urn:sys:${norm(label).replace(/ /g, '-')}`, label });

function sysEvent(type: EventRecord['type'], fields: Partial<EventRecord>): EventRecord {
  return {
    iri: 'urn:ev', type, agent: null, target: null, participants: [], topic: null, place: null, date: null,
    source: 'a.txt', evidence: '', span: [0, 0], event: 'urn:event', sources: 1, ...fields,
  };
}

const GOLD = [ent('lavrov', 'Sergueï Lavrov', ['M. Lavrov']), ent('blinken', 'Antony Blinken'), ent('kuleba', 'Dmytro Kouleba'), ent('usa', 'États-Unis', ['Washington'])];
const ctx: RefContext = { goldById: new Map(GOLD.map((e) => [e.id, e])), sysByIri: new Map() };

describe('norm', () => {
  it('folds accents, case and curly apostrophes', () => {
    expect(norm('Sergueï Lavrov')).toBe('serguei lavrov');
    expect(norm('États-Unis')).toBe(norm('etats-unis'));
    expect(norm('L’Élysée')).toBe('elysee');
  });

  it('drops one leading article and a leading title', () => {
    expect(norm('les États-Unis')).toBe('etats-unis');
    expect(norm("l'OTAN")).toBe('otan');
    expect(norm('du Kremlin')).toBe('kremlin');
    expect(norm('M. Lavrov')).toBe('lavrov');
    expect(norm('Mme Merkel')).toBe('merkel');
    // whole words only
    expect(norm('Lesotho')).toBe('lesotho');
    expect(norm('Denis')).toBe('denis');
  });

  it('makes punctuation spaces and treats null as empty', () => {
    expect(norm('  Poutine,  « Vladimir » ')).toBe('poutine vladimir');
    expect(norm(null)).toBe('');
    expect(norm(undefined)).toBe('');
  });

  it('keeps words of three letters or more as tokens', () => {
    expect([...tokens("l'armée de l'Ukraine à Kiev")]).toEqual(['armee', 'ukraine', 'kiev']);
  });
});

describe('overlap', () => {
  it('is the share of the gold words found in the system text', () => {
    // gold tokens: sanctions, visant, russie ("la" is too short)
    expect(overlap('sanctions visant la Russie', 'de nouvelles sanctions')).toBeCloseTo(1 / 3, 12);
    expect(overlap('sanctions contre Russie', 'Russie sanctions contre')).toBe(1);
  });
  it('is 1 when the gold has no word to find', () => {
    expect(overlap('', 'anything')).toBe(1);
    expect(overlap(null, null)).toBe(1);
  });
});

describe('sameplace', () => {
  const text = 'Sergueï Lavrov a accusé les États-Unis de mentir. Antony Blinken a répondu jeudi soir à Genève.';

  it('matches ranges in the text overlapping by at least half of the shorter one', () => {
    // shorter: "les États-Unis de mentir" (24 chars) lies inside the longer
    expect(sameplace('Sergueï Lavrov a accusé les États-Unis de mentir', 'les États-Unis de mentir', text)).toBe(true);
    // 'a accusé les' (12) vs 'les États-Unis' (14): 3 characters in common, under half of 12
    expect(sameplace('a accusé les', 'les États-Unis', text)).toBe(false);
    // 'a accusé les États' (18) vs 'les États-Unis de' (17): 9 in common, over half of 17
    expect(sameplace('a accusé les États', 'les États-Unis de', text)).toBe(true);
  });

  it('does not fall back to words when both are found: disjoint ranges with the same words fail', () => {
    const twice = 'Il a dit non. Puis il a dit non.';
    // every gold word is in the system evidence, but the two are found at different places
    expect(sameplace('Il a dit non', 'Puis il a dit non', twice)).toBe(false);
    // the first verbatim occurrence counts (case-sensitive): here, the second sentence
    expect(sameplace('il a dit non', 'Puis il a dit non', twice)).toBe(true);
  });

  it('finds evidence across whitespace runs (text and evidence alike made single spaces)', () => {
    const spaced = 'Antony  Blinken a\nrépondu';
    expect(sameplace('Antony Blinken a répondu', 'Blinken a  répondu', spaced.replace(/\s+/g, ' '))).toBe(true);
  });

  it('falls back to 60 % of the gold words when the system evidence is not in the text', () => {
    // 4 gold tokens (antony, blinken, repondu, jeudi); 3 found = 0.75
    expect(sameplace('Antony Blinken a répondu jeudi', 'Blinken a répondu jeudi matin (paraphrase)', text)).toBe(true);
    // 2 of 4 = 0.5
    expect(sameplace('Antony Blinken a répondu jeudi', 'Blinken répond (paraphrase)', text)).toBe(false);
  });
});

describe('refMatches', () => {
  it('matches a gold id through any name or alias after folding', () => {
    expect(refMatches(ref('Lavrov'), 'lavrov', ctx)).toBe(true);
    expect(refMatches(ref('les Etats-Unis'), 'usa', ctx)).toBe(true);
    expect(refMatches(ref('Blinken'), 'lavrov', ctx)).toBe(false);
  });
  it('uses the system entity of the same IRI, its aliases included', () => {
    const r = { iri: 'urn:x', label: 'le chef de la diplomatie américaine' };
    expect(refMatches(r, 'blinken', ctx)).toBe(false);
    const withAlias: RefContext = { ...ctx, sysByIri: new Map([['urn:x', { label: 'Tony', aliases: ['Antony Blinken'] }]]) };
    expect(refMatches(r, 'blinken', withAlias)).toBe(true);
  });
  it('null matches only null, and an unknown gold id nothing', () => {
    expect(refMatches(null, null, ctx)).toBe(true);
    expect(refMatches(ref('Lavrov'), null, ctx)).toBe(false);
    expect(refMatches(null, 'lavrov', ctx)).toBe(false);
    expect(refMatches(ref('Lavrov'), 'nobody', ctx)).toBe(false);
  });
});

describe('rolesMatch', () => {
  it('a Meeting needs two gold participants among the system roles', () => {
    const ge = { type: 'Meeting', agent: 'lavrov', target: null, participants: ['lavrov', 'blinken', 'kuleba'], evidence: '' };
    expect(rolesMatch(ge, sysEvent('Meeting', { agent: ref('Lavrov') }), ctx)).toBe(false);
    expect(rolesMatch(ge, sysEvent('Meeting', { agent: ref('Lavrov'), participants: [ref('Lavrov')] }), ctx)).toBe(false);
    expect(rolesMatch(ge, sysEvent('Meeting', { agent: ref('Lavrov'), participants: [ref('Antony Blinken')] }), ctx)).toBe(true);
    expect(rolesMatch(ge, sysEvent('Meeting', { target: ref('Dmytro Kouleba'), participants: [ref('Antony Blinken')] }), ctx)).toBe(true);
    // names must agree whole: a surname alone is not the gold's "Antony Blinken"
    expect(rolesMatch(ge, sysEvent('Meeting', { agent: ref('Lavrov'), participants: [ref('Blinken')] }), ctx)).toBe(false);
  });

  it('a Meeting with one gold participant needs that one only', () => {
    const ge = { type: 'Meeting', agent: 'lavrov', target: null, evidence: '' };
    expect(rolesMatch(ge, sysEvent('Meeting', { agent: ref('M. Lavrov') }), ctx)).toBe(true);
    expect(rolesMatch(ge, sysEvent('Meeting', { agent: ref('Blinken') }), ctx)).toBe(false);
  });

  it('a Statement needs the agent and half of the topic words in the system topic or evidence', () => {
    const ge = { type: 'Statement', agent: 'lavrov', topic: 'les garanties de sécurité exigées', evidence: '' };
    // topic tokens: garanties, securite, exigees
    expect(rolesMatch(ge, sysEvent('Statement', { agent: ref('Lavrov'), topic: 'garanties de sécurité' }), ctx)).toBe(true);
    expect(rolesMatch(ge, sysEvent('Statement', { agent: ref('Lavrov'), topic: 'les garanties', evidence: 'exigées' }), ctx)).toBe(true);
    expect(rolesMatch(ge, sysEvent('Statement', { agent: ref('Lavrov'), topic: 'les garanties', evidence: 'a dit' }), ctx)).toBe(false);
    expect(rolesMatch(ge, sysEvent('Statement', { agent: ref('Blinken'), topic: 'garanties de sécurité' }), ctx)).toBe(false);
  });

  it('other types need the agent, and the target only where the gold has one', () => {
    const withTarget = { type: 'Accusation', agent: 'lavrov', target: 'usa', evidence: '' };
    expect(rolesMatch(withTarget, sysEvent('Accusation', { agent: ref('Lavrov'), target: ref('Washington') }), ctx)).toBe(true);
    expect(rolesMatch(withTarget, sysEvent('Accusation', { agent: ref('Lavrov') }), ctx)).toBe(false);
    const noTarget = { type: 'Accusation', agent: 'lavrov', target: null, evidence: '' };
    expect(rolesMatch(noTarget, sysEvent('Accusation', { agent: ref('Lavrov'), target: ref('Washington') }), ctx)).toBe(true);
  });
});
