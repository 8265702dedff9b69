import type { CatalogEntry } from '../../adapters/scenario-catalog';
import type { UrlParams } from '../../adapters/url-params';
import type { EVENT_MINUTES } from '../../engine/modes/evenement/woven';
import type { kioskSettings, KioskSettings } from '../../engine/modes/evenement/kiosk-idle';

/**
 * The stand's kiosk settings, from the address: `idle=<seconds>` (time without a touch before the
 * countdown) and `countdown=<seconds>`. Out-of-range values are brought within the model's bounds
 * (`settle`: the kiosk model's kioskSettings, handed in by the event mode).
 */
export function eventSettings(params: Pick<UrlParams, 'get'>, settle: typeof kioskSettings): KioskSettings {
  const seconds = (name: string): number | undefined => {
    const raw = params.get(name);
    if (raw === null || !/^\d{1,5}$/.test(raw)) return undefined;
    return Number(raw) * 1000;
  };
  const idleMs = seconds('idle');
  const warningMs = seconds('countdown');
  return settle({
    ...(idleMs === undefined ? {} : { idleMs }),
    ...(warningMs === undefined ? {} : { warningMs }),
  });
}

/**
 * The scenario the event mode plays when the address names none: the shortest event scenario of 8–12
 * minutes from the catalog (else any event scenario, else null). `minutes`: the woven model's
 * EVENT_MINUTES, handed in by the mode table.
 */
export function eventScenario(
  catalog: readonly CatalogEntry[],
  minutes: typeof EVENT_MINUTES,
): string | null {
  const events = catalog.filter((entry) => entry.audiences.includes('evenement'));
  const sized = events.filter(
    (entry) => entry.durationMinutes >= minutes.min && entry.durationMinutes <= minutes.max,
  );
  const pool = sized.length > 0 ? sized : events;
  const best = [...pool].sort((a, b) => a.durationMinutes - b.durationMinutes || a.id.localeCompare(b.id))[0];
  return best?.id ?? null;
}
