// @vitest-environment happy-dom
/**
 * Issue #18: "Comparer des séances" from the training's setup, without finishing a game: the same
 * comparison as the debrief's (a bad file named with its reason and skipped), keyboard-reachable, and
 * back to the setup as it was left.
 */
import { describe, expect, it, vi } from 'vitest';
import * as formationModel from '../../src/engine/modes/formation/formation-model';
import { buildReport, reportToJson } from '../../src/engine/modes/formation/report';
import { createFormationSetup } from '../../src/ui/formation/formation-setup';
import { mount, seriousViolations } from './axe-check';
import { playedGame } from './game-fixture';
import { t } from './translate';

const { game } = playedGame();

const buttonNamed = (root: HTMLElement, name: string): HTMLButtonElement | undefined =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name);

describe('the comparison from the setup', () => {
  it('opens from the setup, compares the files (a bad one named), and goes back to the setup', async () => {
    const setup = createFormationSetup({
      t,
      scenarioTitle: 'Premiers pas',
      initial: null,
      onStart: () => undefined,
      onBack: () => undefined,
      model: formationModel,
    });
    const root = mount(setup.element);
    const teamName = root.querySelector<HTMLInputElement>('input[type="text"]')!;
    teamName.value = 'Mairie';
    const open = buttonNamed(root, 'Comparer des séances');
    expect(open?.type).toBe('button');
    open!.click();
    const form = root.querySelector('form')!;
    expect(form.hidden).toBe(true);
    const heading = root.querySelector('#formation-compare-exports-heading');
    expect(heading?.textContent).toBe('Comparer des séances');
    expect(document.activeElement).toBe(heading);
    const json = reportToJson(
      buildReport({
        index: game.loaded.index,
        state: game.session.state,
        rounds: [],
        teams: [{ id: 1, name: 'Mairie', role: null }],
        rule: { rule: 'majority', tieBreak: 'card-order' },
        lang: 'fr',
        sessionCode: 'premiers-pas.ABC123',
      }),
    );
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Exports JSON des séances');
    Object.defineProperty(input, 'files', {
      value: [
        new File([json], 'matin.json', { type: 'application/json' }),
        new File([json.replace('premiers-pas.ABC123', 'premiers-pas.XYZ')], 'soir.json'),
        new File(['pas du json'], 'notes.json'),
      ],
    });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(root.querySelector('.formation-compare-table')).not.toBeNull());
    expect(root.querySelector('.formation-rejected')?.textContent).toContain(
      "notes.json\u202f: ce n'est pas un fichier JSON lisible",
    );
    expect(await seriousViolations()).toEqual([]);
    // Back: the setup as it was left, the focus on the button that opened the comparison.
    buttonNamed(root, 'Retour à la préparation')!.click();
    expect(form.hidden).toBe(false);
    expect(root.querySelector('.formation-compare-table')).toBeNull();
    expect(teamName.value).toBe('Mairie');
    expect(document.activeElement).toBe(open);
    setup.unmount();
  });
});
