import { describe, expect, it } from 'vitest';
import { MAX_SCENARIO_BYTES, openScenarioText } from '../../../src/engine/authoring/open-scenario';
import { GameSession } from '../../../src/engine/game-session';
import type { ViewModel } from '../../../src/engine/view-model';
import { PAYLOADS, payloadScenario } from './payload-scenario';

/** Every string reachable in a view model. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}

describe('a scenario full of HTML and script payloads (DOM-free half of the security test)', () => {
  const text = JSON.stringify(payloadScenario(), null, 2);

  it('is accepted by the validator: markup in text is data, not an error', () => {
    const opened = openScenarioText(text, 'charge-utile.json', 'fr', new Map());
    expect(opened.ok ? [] : opened).toEqual([]);
  });

  it('reaches the view model verbatim (no escaping, no stripping): the UI must render it as text', () => {
    const opened = openScenarioText(text, 'charge-utile.json', 'fr', new Map());
    if (!opened.ok) throw new Error('refused');
    const session = new GameSession(opened.loaded.index, { seed: 3, lang: 'fr', concepts: new Map() });
    const seen = new Set<string>();
    const views: ViewModel[] = [];
    for (let step = 0; step < 40 && session.viewModel.screen !== 'ended'; step++) {
      const view = session.viewModel;
      views.push(view);
      if (view.screen === 'card') session.send({ type: 'CHOOSE', choice: view.card!.choices[0]!.id });
      else session.send({ type: 'CONTINUE' });
    }
    views.push(session.viewModel);
    for (const view of views)
      for (const s of strings(view)) for (const p of PAYLOADS) if (s.includes(p)) seen.add(p);
    expect([...seen].sort()).toEqual([...PAYLOADS].sort());
    expect(session.viewModel.screen).toBe('ended');
  });

  it('files over the validator limit (5 MB) are refused before parsing', () => {
    expect(MAX_SCENARIO_BYTES).toBe(5 * 1024 * 1024);
    const big = `${text.slice(0, -1)}, "padding": "${'x'.repeat(MAX_SCENARIO_BYTES)}"}`;
    const opened = openScenarioText(big, 'big.json', 'fr', new Map());
    expect(opened.ok).toBe(false);
    expect(opened.ok ? null : opened.reason).toBe('too-big');
  });
});
