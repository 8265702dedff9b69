/** `scenario play` plays a session with the engine, from given or typed choices, and says where it stopped. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localize } from '../../../src/engine/localize';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { parseArgs } from '../../../src/cli/cli-args';
import { parseChoices, runPlay } from '../../../src/cli/verb-play';
import { replay } from '../../../src/core/replay';
import { indexScenario } from '../../../src/core/scenario-index';
import { advance } from '../../../src/core/turn';
import type { Scenario } from '../../../src/scenario/format';

const FILE = join(import.meta.dirname, '../../../scenarios/premiers-pas.json');
const scenario = JSON.parse(readFileSync(FILE, 'utf8')) as Scenario;

/** Runs the CLI; `out` holds both streams, in order. */
const run = (...argv: string[]): { code: number; out: string } => {
  const { code, all } = runCli(...argv);
  return { code, out: all };
};

describe('scenario play', () => {
  it('plays given choices to the ending, with feedback, flags, evaluation and story', () => {
    const { code, out } = run('play', FILE, '--lang', 'fr', '--seed', '4', '--choices', '1,1,1');
    expect(code).toBe(0);
    const card = scenario.cards.find((c) => c.id === 'halle-vide');
    const first = card?.choices[0];
    expect(out).toContain(localize(card?.text, 'fr'));
    expect(out).toContain(localize(first?.feedback, 'fr'));
    expect(out).toContain('marqueur posé besoins-reperes');
    // The ending printed is the one the core rules reach with the same seed and choices.
    const firsts = ['halle-vide', 'commerces-inquiets', 'conseil-municipal'].map(
      (id) => scenario.cards.find((c) => c.id === id)?.choices[0]?.id ?? '',
    );
    const index = indexScenario(scenario);
    let state = replay(index, 4, firsts).state;
    expect(state.log).toHaveLength(3);
    while (state.screen !== 'ended') state = advance(state, index);
    const ending = scenario.endings.find((e) => e.id === state.ending);
    expect(ending).toBeDefined();
    const kinds = { success: 'réussite', partial: 'réussite partielle', failure: 'échec' } as const;
    expect(out).toContain(`(${ending ? kinds[ending.kind] : ''}, ${ending?.id})`);
    expect(out).toContain(localize(ending?.text, 'fr'));
    expect(out).toContain('Mise en récit :');
    expect(out).toContain('--seed 4 --choices 1,1,1');
  });

  it('prints the chosen language and stops where the choices run out', () => {
    const { code, out } = run('play', FILE, '--lang', 'en', '--choices', '2');
    expect(code).toBe(0);
    expect(out).toContain(scenario.cards.find((c) => c.id === 'halle-vide')?.choices[1]?.feedback?.en);
    expect(out).toMatch(/Stopped: no more choices given, at card "[a-z-]+" \(turn 2\)/);
    expect(out).not.toContain('Ending:');
  });

  it('marks a choice the player cannot afford, with its reason, and refuses it', () => {
    // The event scenario, seed 1, first choice each time: time runs out at the funding card (turn 6).
    const event = join(import.meta.dirname, '../../../scenarios/evenement-monnaie-locale.json');
    const shown = run('play', event, '--lang', 'fr', '--seed', '1', '--choices', '1,1,1,1,1');
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(
      /1\. \[trop coûteux\] .*\(Il vous faudrait \d+ de Temps et énergie, il vous en reste \d+\.\)/,
    );
    expect(shown.out).toContain('idée → émergente');
    const refused = run('play', event, '--lang', 'fr', '--seed', '1', '--choices', '1,1,1,1,1,1');
    expect(refused.code).toBe(2);
    expect(refused.out).toMatch(/choice 1 at card "financement" cannot be taken: Il vous faudrait/);
  });

  it('refuses a choice number a card does not offer, and malformed lists', () => {
    expect(run('play', FILE, '--choices', '1,9').code).toBe(2);
    expect(() => parseChoices('1,,2')).toThrow();
    expect(() => parseChoices('0')).toThrow();
    expect(parseChoices('3, 1')).toEqual([3, 1]);
  });

  it('reads typed choices, asks again after a wrong number, and stops on q', () => {
    const typed = ['7', 'abc', '1', 'q'];
    const prompts: string[] = [];
    const out: string[] = [];
    const code = runPlay(
      parseArgs([FILE]),
      'en',
      (line) => out.push(line),
      (prompt) => {
        prompts.push(prompt);
        return typed.shift() ?? null;
      },
    );
    expect(code).toBe(0);
    expect(prompts).toHaveLength(4);
    expect(out.filter((line) => line === 'Type a number from 1 to 2.')).toHaveLength(2);
    expect(out).toContain('Session stopped.');
    expect(out.at(-1)).toContain('--seed 1 --choices 1');
  });
});
