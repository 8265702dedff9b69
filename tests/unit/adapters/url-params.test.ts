import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, withParam } from '../../../src/adapters/url-params';
import { parseAddress as parseUrlParams } from '../../../src/ui/mode-registry';

/** The parsed address without its accessor, to compare. */
const plain = (search: string) => {
  const { get: _get, ...rest } = parseUrlParams(search);
  return rest;
};

describe('parseUrlParams (the public URL contract)', () => {
  it('reads every parameter of the contract', () => {
    expect(plain('?scenario=vallee-verte&mode=formation&lang=en&seed=1234')).toEqual({
      scenario: 'vallee-verte',
      scenarioGiven: true,
      mode: 'formation',
      page: null,
      lang: 'en',
      seed: 1234,
      inspect: false,
      pseudo: false,
    });
  });

  it('falls back to defaults when nothing is given', () => {
    expect(plain('')).toEqual({
      scenario: DEFAULT_SCENARIO,
      scenarioGiven: false,
      mode: 'solo',
      page: null,
      lang: null,
      seed: null,
      inspect: false,
      pseudo: false,
    });
  });

  it('reads the page modes (the inspector) apart from the play modes, and mode settings by name', () => {
    const params = parseUrlParams('?page=Inspecteur&mode=formation&idle=45&pseudo');
    expect(params).toMatchObject({ page: 'inspecteur', mode: 'formation', pseudo: true });
    expect(params.get('idle')).toBe('45');
    expect(params.get('countdown')).toBeNull();
    // A page mode is not a play mode, nor the other way round.
    expect(parseUrlParams('?mode=inspecteur&page=solo')).toMatchObject({ mode: 'solo', page: null });
  });

  it.each([
    ['?lang=de', 'lang', null],
    ['?lang=', 'lang', null],
    ['?mode=party', 'mode', 'solo'],
    ['?page=party', 'page', null],
    ['?seed=12.5', 'seed', null],
    ['?seed=abc', 'seed', null],
    ['?seed=99999999999999', 'seed', null],
    ['?scenario=../etc/passwd', 'scenario', DEFAULT_SCENARIO],
    ['?scenario=%00', 'scenario', DEFAULT_SCENARIO],
  ] as const)('ignores the invalid value in %s', (search, key, expected) => {
    expect(parseUrlParams(search)[key]).toBe(expected);
  });

  it('accepts negative seeds and normalises case', () => {
    const params = parseUrlParams('?seed=-42&lang=EN&mode=Evenement&scenario=Premiers-Pas');
    expect(params).toMatchObject({ seed: -42, lang: 'en', mode: 'evenement', scenario: 'premiers-pas' });
  });

  it('never throws on hostile input', () => {
    for (const search of ['?%E0%A4%A', '?&&&==', '?seed=1&seed=2', `?scenario=${'a'.repeat(5000)}`]) {
      expect(() => parseUrlParams(search)).not.toThrow();
    }
  });

  it('sets one parameter and keeps the others', () => {
    expect(withParam('?scenario=x&lang=fr', 'lang', 'en')).toBe('?scenario=x&lang=en');
    expect(withParam('?lang=fr', 'lang', null)).toBe('');
  });
});
