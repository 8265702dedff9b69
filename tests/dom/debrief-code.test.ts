// @vitest-environment happy-dom
/**
 * Issue #18: a shortened training game's code ends in `.45min` (it replays on the same cut); every
 * place the debrief shows a code (its line, the printed handout, the summary image) shows that one
 * code, not the game's own without the suffix.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SummaryTexts } from '../../src/ui/summary-image';
import { mount } from './axe-check';
import { debriefOf, playedGame } from './game-fixture';

const drawn: SummaryTexts[] = [];
vi.mock('../../src/ui/summary-image', () => ({
  summaryPng: (_debrief: unknown, texts: SummaryTexts) => {
    drawn.push(texts);
    return Promise.resolve(null);
  },
}));

const { game } = playedGame();
const own = game.session.viewModel.sessionCode;

function debriefWith(code?: string): HTMLElement {
  return mount(debriefOf(game, code).element);
}

/** The code as each place shows it: the debrief's line, the handout's meta line, the summary image. */
async function codesShown(screen: HTMLElement): Promise<string[]> {
  // happy-dom has no print dialog; the handout's button calls it.
  window.print = () => undefined;
  const button = (name: string): HTMLButtonElement =>
    [...screen.querySelectorAll('button')].find((b) => b.textContent === name)!;
  button('Imprimer la fiche de séance (A4)').click();
  button('Enregistrer le bilan en image').click();
  await vi.waitFor(() => expect(drawn).toHaveLength(1));
  return [
    screen.querySelector('.session-code')?.textContent ?? '',
    document.querySelector('.handout-meta')?.textContent?.split(' · ').at(-1) ?? '',
    drawn[0]!.code,
  ];
}

afterEach(() => {
  drawn.length = 0;
  document.documentElement.classList.remove('print-handout');
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('the code the room sees on the debrief', () => {
  it('is the training’s code with its length everywhere: line, handout, summary image', async () => {
    const code = `${own}.45min`;
    expect(await codesShown(debriefWith(code))).toEqual(Array(3).fill(`Code de partie\u202f: ${code}`));
  });

  it('is the game’s own code when no mode adds to it', async () => {
    expect(await codesShown(debriefWith())).toEqual(Array(3).fill(`Code de partie\u202f: ${own}`));
  });
});
