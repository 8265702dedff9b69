import { describe, expect, it } from 'vitest';
import { GameSession } from '../../../../src/engine/game-session';
import {
  keyPhase,
  startFormation,
  stepFormation,
  type FormationEffect,
  type FormationInput,
  type FormationSettings,
  type FormationState,
} from '../../../../src/engine/modes/formation/session';
import { remaining } from '../../../../src/engine/modes/formation/timer';
import { truncateBefore } from '../../../../src/engine/modes/solo/rewind';
import { loadIndex } from '../helpers';

const index = loadIndex('quartier-generateur');
const settings: FormationSettings = {
  teams: [
    { id: 1, name: 'Mairie', role: 'elus' },
    { id: 2, name: 'Quartier', role: 'habitants' },
    { id: 3, name: 'Regard', role: 'observers' },
  ],
  rule: { rule: 'majority', tieBreak: 'facilitator' },
  timerMs: 60_000,
  timerEnabled: true,
  predict: true,
};

/** A facilitation shell in miniature: the game session, the model, and the effects carried out. */
class Room {
  session: GameSession;
  model: FormationState;
  now = 0;
  effects: FormationEffect[] = [];

  constructor(choices: readonly string[] = [], model = startFormation(settings)) {
    this.session = new GameSession(index, { seed: 2, lang: 'fr', concepts: new Map(), choices });
    this.model = model;
    this.toCard();
  }

  toCard(): void {
    while (this.session.viewModel.screen === 'phase-intro' || this.session.viewModel.screen === 'consequence')
      this.session.send({ type: 'CONTINUE' });
    const view = this.session.viewModel;
    if (view.card)
      this.input({
        type: 'card',
        turn: view.progress.turn + 1,
        card: view.card.id,
        choices: view.card.choices.map((c) => c.id),
      });
  }

  input(input: FormationInput): void {
    const step = stepFormation(this.model, input, this.now);
    this.model = step.state;
    for (const effect of step.effects) {
      this.effects.push(effect);
      if (effect.type === 'choose') {
        this.session.send({ type: 'CHOOSE', choice: effect.choice });
        this.model = stepFormation(
          this.model,
          { type: 'played', record: this.session.state.log.at(-1)! },
          this.now,
        ).state;
      } else if (effect.type === 'continue') this.toCard();
    }
  }

  keys(...keys: string[]): void {
    for (const key of keys) this.input({ type: 'key', key });
  }
}

describe('formation session model', () => {
  it('runs a card by keyboard: timer, votes, close, tally, predictions with the card on screen, reveal, filed round', () => {
    const room = new Room();
    expect(room.model.round?.status).toBe('voting');
    room.keys(' ');
    room.now = 20_000;
    expect(remaining(room.model.timer, room.now)).toBe(40_000);
    room.keys('+');
    expect(remaining(room.model.timer, room.now)).toBe(70_000);
    room.keys('1', '1', '2', '1');
    // #18: the card is no longer played the instant the last team votes.
    expect(room.effects).toEqual([]);
    expect(room.model.round?.status).toBe('voting');
    room.keys('c');
    expect(room.model.round?.status).toBe('closed');
    expect(room.model.round?.decided?.by).toBe('majority');
    expect(room.effects).toEqual([]);
    // Next (a clicker's PageDown): the predictions, with the card still on screen.
    room.keys('PageDown');
    expect(room.model.round?.status).toBe('predicting');
    expect(room.session.viewModel.screen).toBe('card');
    expect(keyPhase(room.model)).toBe('predict');
    // Team 3, family 2 (habitants), up; team 1, family 1 (élu·es), down.
    room.keys('3', '2', 'ArrowUp', '1', '1', '-');
    expect(room.model.round?.predictions).toEqual({ 3: { habitants: 'up' }, 1: { elus: 'down' } });
    expect(room.model.history).toHaveLength(0);
    room.keys('r');
    expect(room.effects.at(-1)).toMatchObject({ type: 'choose' });
    expect(room.session.viewModel.screen).toBe('consequence');
    expect(room.model.round?.status).toBe('revealed');
    expect(room.model.history).toHaveLength(1);
    const filed = room.model.history[0]!;
    expect(filed.votes).toEqual({ 1: filed.decided, 2: filed.decided });
    expect(filed.scores[3]?.predicted).toBe(1);
    room.keys('ArrowRight');
    expect(room.session.viewModel.screen).toBe('card');
    expect(room.model.round?.turn).toBe(2);
  });

  it('keeps the last vote correctable until the vote is closed, and after reopening it', () => {
    const room = new Room();
    const [a, b] = room.model.round!.choices;
    room.keys('1', '1', '2', '2', '2', '1');
    expect(room.model.round?.votes).toEqual({ 1: a, 2: a });
    room.keys('c');
    // Closed: a vote typed now changes nothing; C opens the vote again to correct it.
    room.keys('2', '2');
    expect(room.model.round?.votes[2]).toBe(a);
    room.keys('c', '2', '2');
    expect(room.model.round?.votes[2]).toBe(b);
    expect(room.model.round?.status).toBe('voting');
  });

  it('stops the discussion timer once the vote is closed, where it stood', () => {
    const room = new Room();
    room.keys(' ');
    room.now = 25_000;
    room.keys('1', '1', '2', '1');
    expect(room.model.timer.status).toBe('running');
    room.keys('PageDown');
    expect(room.model.round?.status).toBe('closed');
    expect(room.model.timer.status).toBe('paused');
    room.now = 500_000;
    room.input({ type: 'tick' });
    expect(room.model.timer.status).toBe('paused');
    expect(remaining(room.model.timer, room.now)).toBe(35_000);
  });

  it('a tie is broken by the digit of a tied choice once the vote is closed', () => {
    const room = new Room();
    room.keys('1', '1', '2', '2', 'c');
    const [a, b] = room.model.round!.choices;
    expect(room.model.round?.decided).toBeNull();
    expect(keyPhase(room.model)).toBe('pick');
    // Next does nothing while the tie stands; a choice outside the tie neither.
    room.keys('PageDown', '3');
    expect(room.model.round?.decided).toBeNull();
    room.keys('2');
    expect(room.model.round?.decided).toEqual({ choice: b, by: 'tie-break' });
    expect(a).not.toBe(b);
    room.keys('PageDown', 'PageDown');
    expect(room.effects).toEqual([{ type: 'choose', choice: b }]);
  });

  it('the one next key goes on from phase cards and from the screen after going back', () => {
    const room = new Room();
    room.keys('1', '1', '2', '1', 'c', 'PageDown', 'PageDown', 'ArrowRight');
    expect(room.model.round?.turn).toBe(2);
    room.model = stepFormation(room.model, { type: 'rewound', keepTurns: 1 }, 0).state;
    room.effects = [];
    room.keys('PageDown');
    expect(room.effects).toEqual([{ type: 'continue' }]);
    room.model = stepFormation(room.model, { type: 'rewound', keepTurns: 1 }, 0).state;
    room.effects = [];
    room.keys('s');
    expect(room.effects).toEqual([{ type: 'continue' }]);
  });

  it('Space is the timer on an open vote with a timer, and next otherwise', () => {
    const room = new Room([], startFormation({ ...settings, timerEnabled: false }));
    room.keys('1', '1', '2', '1', ' ');
    expect(room.model.round?.status).toBe('closed');
    const timed = new Room();
    timed.keys(' ');
    expect(timed.model.timer.status).toBe('running');
  });

  it('starts the timer by itself on each card when the facilitator chose it', () => {
    const room = new Room([], startFormation({ ...settings, timerAutoStart: true }));
    expect(room.model.timer.status).toBe('running');
  });

  it('shortcuts toggle meters, panel and help; Escape closes help and drops a pending team', () => {
    const room = new Room();
    room.keys('m', 'p', '?', '2');
    expect([
      room.model.metersVisible,
      room.model.panelOpen,
      room.model.helpOpen,
      room.model.keys.team,
    ]).toEqual([false, true, true, 2]);
    room.keys('Escape');
    expect([room.model.helpOpen, room.model.keys.team]).toEqual([false, null]);
    room.keys('v');
    expect(room.effects).toEqual([{ type: 'toggle-presenter' }]);
  });

  it('going back one decision truncates the history with the game', () => {
    let room = new Room();
    for (let i = 0; i < 3; i++) room.keys('1', '1', '2', '1', 'c', 'PageDown', 'r', 's');
    expect(room.model.history.map((r) => r.turn)).toEqual([1, 2, 3]);
    room.keys('Backspace');
    expect(room.effects.at(-1)).toEqual({ type: 'back-one-decision' });
    const saved = truncateBefore(room.session.save(), room.session.state.log.length - 1);
    const model = stepFormation(room.model, { type: 'rewound', keepTurns: saved.choices.length }, 0).state;
    room.session.stop();
    room = new Room(saved.choices, model);
    expect(room.model.history.map((r) => r.turn)).toEqual([1, 2]);
    expect(room.model.round?.turn).toBe(3);
    // The decision gone back on is kept for the room's path in the debrief.
    expect(room.model.reversed.map((r) => r.turn)).toEqual([3]);
  });

  it('without prediction, next after the closed vote plays the choice and files the round', () => {
    const room = new Room([], startFormation({ ...settings, predict: false, timerEnabled: false }));
    expect(room.model.timer.status).toBe('off');
    room.keys('1', '2', '2', '2', 'c', 'ArrowRight');
    expect(room.model.round?.status).toBe('revealed');
    expect(room.model.history).toHaveLength(1);
    expect(room.model.history[0]?.decided).toBe(room.model.round?.choices[1]);
  });
});
