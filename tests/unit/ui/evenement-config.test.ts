import { describe, expect, it } from 'vitest';
import { scenarioCatalog } from '../../../src/adapters/scenario-catalog';
import { kioskSettings } from '../../../src/engine/modes/evenement/kiosk-idle';
import { EVENT_MINUTES } from '../../../src/engine/modes/evenement/woven';
import { eventScenario, eventSettings } from '../../../src/ui/evenement/evenement-config';
import { openingScenario, parseAddress } from '../../../src/ui/mode-registry';

const kioskSettingsFromUrl = (search: string) => eventSettings(parseAddress(search), kioskSettings);

describe('the event kiosk settings from the address', () => {
  it('reads idle and countdown in seconds, within the model bounds', () => {
    expect(kioskSettingsFromUrl('?mode=evenement&idle=45&countdown=10')).toEqual({
      idleMs: 45_000,
      warningMs: 10_000,
    });
    expect(kioskSettingsFromUrl('?idle=2&countdown=999')).toEqual({ idleMs: 15_000, warningMs: 60_000 });
  });

  it('ignores what is not a number of seconds', () => {
    expect(kioskSettingsFromUrl('?idle=-5&countdown=abc')).toEqual({ idleMs: 60_000, warningMs: 15_000 });
  });
});

describe('the event mode scenario', () => {
  const catalog = scenarioCatalog();

  it('plays the short event scenario when the address names none', () => {
    const id = eventScenario(catalog, EVENT_MINUTES);
    expect(openingScenario(parseAddress('?mode=evenement'), catalog)).toBe(id);
    const entry = catalog.find((item) => item.id === id);
    expect(entry?.audiences).toContain('evenement');
    expect(entry?.durationMinutes).toBeGreaterThanOrEqual(8);
    expect(entry?.durationMinutes).toBeLessThanOrEqual(12);
  });

  it('keeps the scenario the address names', () => {
    expect(openingScenario(parseAddress('?mode=evenement&scenario=premiers-pas'), catalog)).toBe(
      'premiers-pas',
    );
    // Other modes open on the default scenario.
    expect(openingScenario(parseAddress('?mode=formation'), catalog)).toBe('premiers-pas');
  });
});
