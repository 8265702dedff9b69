// @vitest-environment happy-dom
/**
 * The training debrief as the room reads it (issue #18): one choice numbering, the paths abandoned,
 * predictions as predicted, disagreement defined, long tables behind disclosure buttons, the session
 * code copied in one click or scanned.
 */
import { localize } from '../../src/engine/localize';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as formationModel from '../../src/engine/modes/formation/formation-model';
import { startFormation, type FormationState } from '../../src/engine/modes/formation/session';
import type { Team } from '../../src/engine/modes/formation/teams';
import type { RoundRecord } from '../../src/engine/modes/formation/votes';
import { buildReport, reportToJson } from '../../src/engine/modes/formation/report';
import { readCsv } from '../../src/scenario/csv';
import { compareSection } from '../../src/ui/formation/compare-section';
import { collapseLongSections, formationDebrief } from '../../src/ui/formation/formation-debrief';
import { playTraining } from '../unit/modes/formation/session-flow';
import { mount, seriousViolations } from './axe-check';
import { playedGame } from './game-fixture';
import { t } from './translate';

const { game } = playedGame();
const index = game.loaded.index;
const teams: Team[] = [
  { id: 1, name: 'Mairie', role: 'elus' },
  { id: 2, name: 'Quartier', role: null },
  { id: 3, name: 'Asso', role: null },
  { id: 4, name: 'Regard', role: 'observers' },
];
const rule = { rule: 'majority', tieBreak: 'card-order' } as const;
const played = playTraining(index, 7, teams, rule, (team) => (team === 3 ? 0 : 1));
/** The first card as the room saw it with its first choice greyed out: the second one was number 1. */
const first = played.rounds[0]!;
const greyed: RoundRecord = {
  ...first,
  choices: [first.decided],
  votes: { 1: first.decided, 2: first.decided },
};
const undone: RoundRecord = { ...played.rounds[1]!, turn: 2 };

function debrief(state: FormationState): HTMLElement {
  return formationDebrief({
    t,
    lang: 'fr',
    index,
    whole: index,
    game: played.state,
    state,
    sessionCode: 'premiers-pas.ABC123',
    curves: game.session.debrief('fr').curves,
    date: '2026-12-07',
    model: formationModel,
  });
}

const state: FormationState = {
  ...startFormation({ teams, rule, timerMs: 60_000, timerEnabled: false, predict: true }),
  history: [greyed, ...played.rounds.slice(1)],
  reversed: [undone],
};

afterEach(() => vi.unstubAllGlobals());

describe('the training debrief tells the truth', () => {
  it('numbers choices as the room saw them: a choice greyed out before does not shift the number', () => {
    const root = mount(debrief(state));
    const table = root.querySelector('.formation-votes-table')!;
    const cells = [...table.querySelectorAll('tbody tr')][0]!.querySelectorAll('td');
    expect(cells[0]!.textContent).toMatch(/^1 ✓/);
    expect(cells[1]!.textContent).toMatch(/^1 ✓/);
    const summary = root.querySelector('.formation-key-decisions')!.textContent ?? '';
    expect(summary).toContain('Décision 1');
    expect(summary).toMatch(/Décision 1 \([^)]+\)\u202f: choix 1,/);
  });

  it('keeps the paths abandoned, with what had been chosen', () => {
    const root = mount(debrief(state));
    const section = root.querySelector('.formation-undone')!;
    expect(section.querySelector('h4')?.textContent).toBe('Chemins abandonnés');
    const choice = localize(index.choices.get(undone.card)?.get(undone.decided)?.text, 'fr');
    expect(section.textContent).toContain(`«\u202f${choice}\u202f»`);
    expect(section.textContent).toContain('abandonné');
    expect(section.textContent).toContain('Votes\u202f: Mairie');
  });

  it('shows each team’s predictions as predicted, next to what happened, and defines disagreement', () => {
    const root = mount(debrief(state));
    const predicted = root.querySelector('.formation-predicted-table')!;
    expect(predicted.querySelector('tbody td')?.textContent).toMatch(/^élu·es hausse \((juste|fausse)\)$/);
    expect(predicted.querySelector('tbody td:last-child')?.textContent).toMatch(
      /^élu·es (hausse|baisse|stable) \//,
    );
    expect(root.querySelector('.formation-dissent-definition')?.textContent).toContain(
      "les équipes qui n'ont pas voté pour le choix joué, sur les équipes qui ont voté",
    );
    // Teams 1 and 2 for the choice played, team 3 against it: 1 of 3.
    expect(root.querySelector('.formation-key-decisions')?.textContent).toContain('désaccord 1 sur 3 (33 %)');
  });

  it('keeps the long tables behind closed disclosure buttons; the debrief’s long sections too', async () => {
    const panel = document.createElement('section');
    for (const id of ['story', 'timeline', 'decisions']) {
      const part = document.createElement('section');
      part.className = `debrief-section debrief-${id}`;
      part.append(Object.assign(document.createElement('h3'), { textContent: `Titre ${id}` }));
      panel.append(part);
    }
    panel.append(debrief(state));
    collapseLongSections(panel);
    const root = mount(panel);
    const closed = [...root.querySelectorAll('details')];
    expect(closed.length).toBeGreaterThanOrEqual(5);
    expect(closed.every((details) => !details.open)).toBe(true);
    expect(closed.map((d) => d.querySelector('summary')?.textContent)).toEqual(
      expect.arrayContaining([
        'Titre timeline',
        'Titre decisions',
        'Afficher le tableau complet (3 décisions)',
      ]),
    );
    expect(root.querySelector(':scope section > .debrief-story')).not.toBeNull();
    expect(await seriousViolations()).toEqual([]);
  });

  it('copies the session code in one click, with a visible confirmation, and draws its QR code', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const root = mount(debrief(state));
    const copy = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copier le code')!;
    copy.click();
    await vi.waitFor(() =>
      expect(root.querySelector('.formation-code-status')?.textContent).toBe(
        'Code copié\u202f: collez-le où vous voulez le garder.',
      ),
    );
    expect(writeText).toHaveBeenCalledWith('premiers-pas.ABC123');
    await vi.waitFor(() => expect(root.querySelector('svg.formation-qr')).not.toBeNull());
    const qr = root.querySelector('svg.formation-qr')!;
    expect(qr.getAttribute('aria-label')).toBe('QR code du code de session premiers-pas.ABC123');
    expect(qr.querySelector('path')?.getAttribute('d')?.length).toBeGreaterThan(100);
  });

  it('without a clipboard, says so and selects the code for Ctrl+C', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    const root = mount(debrief(state));
    const copy = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copier le code')!;
    copy.click();
    await vi.waitFor(() =>
      expect(root.querySelector('.formation-code-status')?.textContent).toContain('copiez-le avec Ctrl+C'),
    );
    expect(window.getSelection()?.toString()).toBe('premiers-pas.ABC123');
  });
});

describe('comparing several sessions’ JSON exports', () => {
  it('opens the files, compares the valid ones side by side and names the others with the reason', async () => {
    const json = reportToJson(
      buildReport({
        index,
        state: played.state,
        rounds: played.rounds,
        teams,
        rule,
        lang: 'fr',
        sessionCode: 'premiers-pas.ABC123',
      }),
    );
    const other = json.replace('premiers-pas.ABC123', 'premiers-pas.XYZ789');
    const root = mount(compareSection(t, formationModel));
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Exports JSON des séances');
    const files = [
      new File([json], 'groupe-matin.json', { type: 'application/json' }),
      new File([other], 'groupe-soir.json', { type: 'application/json' }),
      new File(['{"a":1}'], 'reglages.json', { type: 'application/json' }),
    ];
    Object.defineProperty(input, 'files', { value: files });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(root.querySelector('.formation-compare-table')).not.toBeNull());
    const table = root.querySelector('.formation-compare-table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Carte',
      'groupe-matin',
      'groupe-soir',
    ]);
    // The ending, the length of play, the decisions, then one row a card.
    expect(table.querySelectorAll('tbody tr')).toHaveLength(3 + played.state.log.length);
    const lengthRow = [...table.querySelectorAll('tbody tr')].find(
      (tr) => tr.querySelector('th')?.textContent === 'Durée de jeu',
    );
    expect([...(lengthRow?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual([
      expect.stringMatching(/^Tout le scénario \(\d+ cartes au plus, environ \d+ minutes\)$/),
      expect.stringMatching(/^Tout le scénario/),
    ]);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(
      "reglages.json\u202f: ce n'est pas un export de séance",
    );
    // The CSV has the same length row, word for word (the placeholders filled by the engine).
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:csv';
    });
    [...root.querySelectorAll('button')]
      .find((b) => b.textContent === 'Exporter la comparaison en CSV')!
      .click();
    const csv = readCsv(await blobs[0]!.text(), ';');
    expect(csv.find((r) => r[1] === 'Durée de jeu')).toEqual([
      '',
      'Durée de jeu',
      ...[...(lengthRow?.querySelectorAll('td') ?? [])].map((td) => td.textContent),
    ]);
    vi.restoreAllMocks();
    expect(root.querySelectorAll('figure svg[role="img"]').length).toBe(index.scenario.meters.length);
    expect(await seriousViolations()).toEqual([]);
  });
});
