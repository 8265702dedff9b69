import type { CatalogEntry } from '../../adapters/scenario-catalog';
import { EVENT_MINUTES } from '../../engine/modes/woven';
import { kioskSettings, type KioskSettings } from '../../engine/modes/kiosk';

/**
 * The facilitator's kiosk settings, from the address: `idle=<seconds>` (time without a touch before the
 * countdown) and `countdown=<seconds>`. Out-of-range values are brought within the model's bounds.
 */
export function kioskSettingsFromUrl(search: string): KioskSettings {
  const params = new URLSearchParams(search);
  const seconds = (name: string): number | undefined => {
    const raw = params.get(name);
    if (raw === null || !/^\d{1,5}$/.test(raw.trim())) return undefined;
    return Number(raw) * 1000;
  };
  const idleMs = seconds('idle');
  const warningMs = seconds('countdown');
  return kioskSettings({
    ...(idleMs === undefined ? {} : { idleMs }),
    ...(warningMs === undefined ? {} : { warningMs }),
  });
}

/**
 * The scenario the kiosk plays: the one the address names, else the shortest event scenario of 8–12
 * minutes from the catalog (else `fallback`).
 */
export function kioskScenario(search: string, catalog: readonly CatalogEntry[], fallback: string): string {
  if (new URLSearchParams(search).has('scenario')) return fallback;
  const events = catalog.filter((entry) => entry.audiences.includes('evenement'));
  const sized = events.filter(
    (entry) => entry.durationMinutes >= EVENT_MINUTES.min && entry.durationMinutes <= EVENT_MINUTES.max,
  );
  const pool = sized.length > 0 ? sized : events;
  const best = [...pool].sort((a, b) => a.durationMinutes - b.durationMinutes || a.id.localeCompare(b.id))[0];
  return best?.id ?? fallback;
}
