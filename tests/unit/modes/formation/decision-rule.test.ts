import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyRule,
  disagreement,
  tally,
  type RuleSettings,
} from '../../../../src/engine/modes/formation/decision-rule';
import type { Team } from '../../../../src/engine/modes/formation/teams';

const teams = (n: number, observers: number[] = []): Team[] =>
  Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    name: `É${i + 1}`,
    role: observers.includes(i + 1) ? 'observers' : null,
  }));
const choices = ['a', 'b', 'c'];
const majority: RuleSettings = { rule: 'majority', tieBreak: 'facilitator' };

describe('decision rules', () => {
  it('majority: the most voted choice wins once every voting team has voted', () => {
    const input = { teams: teams(4), choices, votes: { 1: 'b', 2: 'b', 3: 'a' }, facilitatorPick: null };
    expect(applyRule(majority, input)).toEqual({ kind: 'pending', reason: 'missing-votes', missing: [4] });
    expect(applyRule(majority, { ...input, votes: { ...input.votes, 4: 'c' } })).toEqual({
      kind: 'decided',
      choice: 'b',
      by: 'majority',
    });
  });

  it('observers do not vote and are not waited for', () => {
    const input = { teams: teams(3, [3]), choices, votes: { 1: 'a', 2: 'a', 3: 'b' }, facilitatorPick: null };
    expect(applyRule(majority, input)).toEqual({ kind: 'decided', choice: 'a', by: 'majority' });
    expect(tally(input).get('b')).toBe(0);
  });

  it('majority tie: the facilitator breaks it among the tied choices only, or card order does', () => {
    const input = {
      teams: teams(4),
      choices,
      votes: { 1: 'c', 2: 'b', 3: 'b', 4: 'c' },
      facilitatorPick: null,
    };
    expect(applyRule(majority, input)).toEqual({ kind: 'pending', reason: 'tie', tied: ['b', 'c'] });
    expect(applyRule(majority, { ...input, facilitatorPick: 'a' })).toMatchObject({
      kind: 'pending',
      reason: 'tie',
    });
    expect(applyRule(majority, { ...input, facilitatorPick: 'c' })).toEqual({
      kind: 'decided',
      choice: 'c',
      by: 'tie-break',
    });
    expect(applyRule({ rule: 'majority', tieBreak: 'card-order' }, input)).toEqual({
      kind: 'decided',
      choice: 'b',
      by: 'tie-break',
    });
  });

  it('facilitator rule: only the facilitator pick decides', () => {
    const input = { teams: teams(2), choices, votes: { 1: 'a', 2: 'a' }, facilitatorPick: null };
    const rule: RuleSettings = { rule: 'facilitator', tieBreak: 'facilitator' };
    expect(applyRule(rule, input)).toEqual({ kind: 'pending', reason: 'awaiting-facilitator' });
    expect(applyRule(rule, { ...input, facilitatorPick: 'c' })).toEqual({
      kind: 'decided',
      choice: 'c',
      by: 'facilitator',
    });
    expect(applyRule(rule, { ...input, facilitatorPick: 'zz' })).toEqual({
      kind: 'pending',
      reason: 'awaiting-facilitator',
    });
  });

  it('consensus: decided only when all voting teams agree', () => {
    const rule: RuleSettings = { rule: 'consensus', tieBreak: 'facilitator' };
    const input = { teams: teams(3), choices, votes: { 1: 'a', 2: 'a', 3: 'b' }, facilitatorPick: 'a' };
    expect(applyRule(rule, input)).toEqual({ kind: 'pending', reason: 'no-consensus', distinct: ['a', 'b'] });
    expect(applyRule(rule, { ...input, votes: { 1: 'b', 2: 'b', 3: 'b' } })).toEqual({
      kind: 'decided',
      choice: 'b',
      by: 'consensus',
    });
  });

  it('disagreement: 0 when unanimous, 1 when votes are spread as evenly as possible, between otherwise', () => {
    const base = { teams: teams(4), choices };
    expect(disagreement({ ...base, votes: { 1: 'a', 2: 'a', 3: 'a', 4: 'a' } })).toBe(0);
    expect(disagreement({ ...base, teams: teams(3), votes: { 1: 'a', 2: 'b', 3: 'c' } })).toBe(1);
    // 4 votes on 3 choices: the most even split is 2-1-1 (top 2), so 2-2 has (4-2)/(4-2) = 1.
    expect(disagreement({ ...base, votes: { 1: 'a', 2: 'a', 3: 'b', 4: 'b' } })).toBe(1);
    expect(disagreement({ ...base, votes: { 1: 'a', 2: 'a', 3: 'a', 4: 'b' } })).toBe(0.5);
  });
});

const voteArb = fc.tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 4 })).chain(([n, c]) =>
  fc.record({
    n: fc.constant(n),
    choices: fc.constant(['a', 'b', 'c', 'd'].slice(0, c)),
    votes: fc.array(fc.integer({ min: 0, max: c - 1 }), { minLength: n, maxLength: n }),
    pick: fc.option(fc.integer({ min: 0, max: c - 1 }), { nil: null }),
    rule: fc.constantFrom<RuleSettings['rule']>('majority', 'facilitator', 'consensus'),
    tieBreak: fc.constantFrom<RuleSettings['tieBreak']>('facilitator', 'card-order'),
  }),
);

describe('decision rules (properties)', () => {
  it('a decided choice is offered, has the most votes under majority, and is everyone’s under consensus', () => {
    fc.assert(
      fc.property(voteArb, ({ n, choices: offered, votes, pick, rule, tieBreak }) => {
        const input = {
          teams: teams(n),
          choices: offered,
          votes: Object.fromEntries(votes.map((v, i) => [i + 1, offered[v] ?? ''])),
          facilitatorPick: pick === null ? null : (offered[pick] ?? null),
        };
        const outcome = applyRule({ rule, tieBreak }, input);
        const counts = tally(input);
        const top = Math.max(...counts.values());
        const d = disagreement(input);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(1);
        expect(d === 0).toBe(counts.size === 1 || [...counts.values()].filter((v) => v > 0).length <= 1);
        if (outcome.kind !== 'decided') {
          if (rule === 'consensus') expect(new Set(votes).size).toBeGreaterThan(1);
          return;
        }
        expect(offered).toContain(outcome.choice);
        if (rule === 'majority') expect(counts.get(outcome.choice)).toBe(top);
        if (rule === 'consensus') expect(votes.every((v) => offered[v] === outcome.choice)).toBe(true);
        if (rule === 'facilitator') expect(outcome.choice).toBe(input.facilitatorPick);
      }),
    );
  });

  it('majority ignores the order in which teams are listed', () => {
    fc.assert(
      fc.property(voteArb, ({ n, choices: offered, votes }) => {
        const forward = Object.fromEntries(votes.map((v, i) => [i + 1, offered[v] ?? '']));
        const backward = Object.fromEntries(votes.map((v, i) => [n - i, offered[v] ?? '']));
        const rule: RuleSettings = { rule: 'majority', tieBreak: 'card-order' };
        const a = applyRule(rule, {
          teams: teams(n),
          choices: offered,
          votes: forward,
          facilitatorPick: null,
        });
        const b = applyRule(rule, {
          teams: teams(n),
          choices: offered,
          votes: backward,
          facilitatorPick: null,
        });
        expect(a).toEqual(b);
      }),
    );
  });
});
