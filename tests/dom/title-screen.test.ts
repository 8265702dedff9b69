// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scenarioCatalog } from '../../src/adapters/scenario-catalog';
import { createTitleScreen } from '../../src/ui/title-screen';
import { mount, seriousViolations } from './axe-check';
import { t } from './translate';

describe('title screen', () => {
  it('has no serious accessibility violation, and its mode list comes from the table', async () => {
    const screen = createTitleScreen({
      t,
      lang: 'fr',
      catalog: scenarioCatalog(),
      selected: 'premiers-pas',
      mode: 'formation',
      canContinue: true,
      onLanguage: () => undefined,
      onSelect: () => undefined,
      onMode: () => undefined,
      onPlay: () => undefined,
      onContinue: () => undefined,
      onSettings: () => undefined,
    });
    mount(screen.element);
    expect(await seriousViolations()).toEqual([]);
    const select = document.querySelector<HTMLSelectElement>('#mode-select');
    expect([...(select?.options ?? [])].map((option) => option.value)).toEqual([
      'solo',
      'formation',
      'evenement',
    ]);
    expect(select?.value).toBe('formation');
  });
});
