import { describe, expect, it } from 'vitest';
import { scenarioCatalog } from '../../../src/adapters/scenario-catalog';
import { kioskScenario, kioskSettingsFromUrl } from '../../../src/ui/kiosk/kiosk-config';

describe('kiosk settings from the address', () => {
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

describe('kiosk scenario', () => {
  const catalog = scenarioCatalog();

  it('plays the short event scenario when the address names none', () => {
    const id = kioskScenario('?mode=evenement', catalog, 'premiers-pas');
    const entry = catalog.find((item) => item.id === id);
    expect(entry?.audiences).toContain('evenement');
    expect(entry?.durationMinutes).toBeGreaterThanOrEqual(8);
    expect(entry?.durationMinutes).toBeLessThanOrEqual(12);
  });

  it('keeps the scenario the address names', () => {
    expect(kioskScenario('?mode=evenement&scenario=premiers-pas', catalog, 'premiers-pas')).toBe(
      'premiers-pas',
    );
  });
});
