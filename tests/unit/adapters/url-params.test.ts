import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, parseUrlParams, withParam } from '../../../src/adapters/url-params';

describe('parseUrlParams (the public URL contract)', () => {
  it('reads every parameter of the contract', () => {
    expect(parseUrlParams('?scenario=vallee-verte&mode=formation&lang=en&seed=1234')).toEqual({
      scenario: 'vallee-verte',
      mode: 'formation',
      lang: 'en',
      seed: 1234,
      inspect: false,
    });
  });

  it('falls back to defaults when nothing is given', () => {
    expect(parseUrlParams('')).toEqual({
      scenario: DEFAULT_SCENARIO,
      mode: 'solo',
      lang: null,
      seed: null,
      inspect: false,
    });
  });

  it.each([
    ['?lang=de', 'lang', null],
    ['?lang=', 'lang', null],
    ['?mode=party', 'mode', 'solo'],
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
