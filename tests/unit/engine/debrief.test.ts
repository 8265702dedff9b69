import { readFileSync } from 'node:fs';
import { localize } from '../../../src/engine/localize';
import { describe, expect, it } from 'vitest';
import { indexScenario, type ScenarioIndex } from '../../../src/core/scenario-index';
import { buildDebrief } from '../../../src/engine/debrief/build-debrief';
import { codexEntries } from '../../../src/engine/debrief/codex-entries';
import { GameSession } from '../../../src/engine/game-session';
import type { Codex, Concept, Language, Scenario } from '../../../src/scenario/format';

const load = (id: string): ScenarioIndex =>
  indexScenario(JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8')) as Scenario);
const codex = JSON.parse(readFileSync('scenarios/codex.json', 'utf8')) as Codex;
const concepts = new Map<string, Concept>(codex.concepts.map((c) => [c.id, c]));

/** Plays a session to its end, picking the choice `pick(turn, count)` on each card. */
function play(
  index: ScenarioIndex,
  seed: number,
  pick: (turn: number, count: number) => number,
): GameSession {
  const session = new GameSession(index, { seed, lang: 'fr', concepts });
  for (let step = 0; step < 500 && session.viewModel.screen !== 'ended'; step++) {
    const view = session.viewModel;
    if (view.screen === 'card' && view.card) {
      // Only the choices that can be taken now: one whose cost cannot be paid is shown but refused.
      const choices = view.card.choices.filter((c) => c.unavailable === null);
      session.send({ type: 'CHOOSE', choice: choices[pick(view.progress.turn, choices.length)]!.id });
    } else session.send({ type: 'CONTINUE' });
  }
  expect(session.viewModel.screen).toBe('ended');
  return session;
}

const ctx = (index: ScenarioIndex, lang: Language) => ({ index, lang, concepts });

describe('buildDebrief', () => {
  const index = load('premiers-pas');
  const session = play(index, 7, () => 0);
  const debrief = buildDebrief(session.state, ctx(index, 'fr'));

  it('has one timeline entry per decision and curves from the start value', () => {
    expect(debrief.timeline).toHaveLength(session.state.log.length);
    for (const curve of debrief.curves) {
      expect(curve.values).toHaveLength(session.state.log.length + 1);
      expect(curve.values[0]).toBe(index.meters.get(curve.id)!.initial);
      expect(curve.values.at(-1)).toBe(session.state.meters[curve.id]);
    }
    expect(debrief.ending.title).toBe(session.viewModel.ending!.title);
    expect(debrief.evaluation).toEqual(session.viewModel.ending!.evaluation);
  });

  it('keeps the paths not taken of key decisions with their authored feedback', () => {
    expect(debrief.keyDecisions.length).toBeGreaterThan(0);
    for (const decision of debrief.keyDecisions) {
      const record = session.state.log.find((r) => r.turn === decision.turn)!;
      const card = index.cards.get(record.card)!;
      expect(decision.notTaken).toHaveLength(card.choices.length - 1);
      expect(decision.notTaken.map((c) => c.text)).not.toContain(decision.chosen.text);
      for (const other of decision.notTaken) expect(other.feedback.length).toBeGreaterThan(0);
    }
  });

  it('shows the ecosystem at the start and at the end', () => {
    expect(debrief.ecosystem.start.links).toHaveLength((index.scenario.links ?? []).length);
    expect(debrief.ecosystem.end.density).toBe(
      Object.values(session.state.links).reduce((sum, s) => sum + s, 0),
    );
  });

  it('collects the authored questions of the phases played and of the ending', () => {
    const all = debrief.questions.flatMap((group) => group.questions);
    const ending = index.endings.get(session.state.ending!)!;
    for (const q of ending.debrief ?? []) expect(all).toContain(localize(q, 'fr'));
  });
});

describe('story of the session', () => {
  const index = load('quartier-generateur');

  it('tells the opening, 3 to 5 turning points, the families, the threads and the ending, in each language', () => {
    const session = play(index, 3, (turn, count) => turn % count);
    for (const lang of ['fr', 'en'] as const) {
      const story = buildDebrief(session.state, ctx(index, lang)).story;
      expect(story.length).toBeGreaterThanOrEqual(1 + 3 + 2);
      expect(story.length).toBeLessThanOrEqual(1 + 5 + 3);
      const text = story.join(' ');
      expect(text).toContain(localize(index.scenario.meta.title, lang));
      const speakers = session.state.log.map((r) => index.actors.get(index.cards.get(r.card)!.speaker)!.name);
      expect(speakers.some((name) => text.includes(name))).toBe(true);
      const choices = session.state.log.map((r) => index.choices.get(r.card)!.get(r.choice)!.text[lang]);
      const lower = text.toLowerCase();
      expect(
        choices.some((choice) => choice !== undefined && lower.includes(choice.slice(0, 20).toLowerCase())),
      ).toBe(true);
    }
  });

  it('differs between sessions that played differently', () => {
    const a = buildDebrief(play(index, 3, () => 0).state, ctx(index, 'fr')).story.join('\n');
    const b = buildDebrief(play(index, 11, (_t, count) => count - 1).state, ctx(index, 'fr')).story.join(
      '\n',
    );
    expect(a).not.toBe(b);
    expect(a.split('\n').slice(1, -1)).not.toEqual(b.split('\n').slice(1, -1));
  });
});

describe('codex entries', () => {
  it('grow with play: nothing before the first choice, the concepts of the choices made after', () => {
    const index = load('premiers-pas');
    const session = new GameSession(index, { seed: 1, lang: 'fr', concepts });
    expect(codexEntries(session.state, ctx(index, 'fr')).concepts).toEqual([]);
    session.send({ type: 'CONTINUE' });
    const card = session.viewModel.card!;
    session.send({ type: 'CHOOSE', choice: card.choices[0]!.id });
    const entries = codexEntries(session.state, ctx(index, 'fr'));
    const expected = index.choices.get(card.id)!.get(card.choices[0]!.id)!.concepts;
    expect(entries.concepts.map((c) => c.id)).toEqual(expected);
    expect(entries.actors.map((a) => a.name)).toEqual([card.speaker.name]);
  });
});
