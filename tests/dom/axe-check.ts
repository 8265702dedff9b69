/**
 * The DOM test layer's accessibility check: axe-core (the engine the e2e uses) on a component mounted in
 * happy-dom. Layout-dependent rules (contrast, target size, scrollable regions) need a real browser and
 * stay with the axe e2e (tests/e2e/a11y.spec.ts); everything about names, roles, states, labels,
 * headings, lists and ARIA is checked here, component by component.
 */
import axe from 'axe-core';

/** Rules that need layout or pixels, which happy-dom does not compute. */
const NEEDS_LAYOUT = ['color-contrast', 'target-size', 'scrollable-region-focusable'];

/** Mounts an element in a fresh page (inside a `main` landmark, as the game does). */
export function mount(element: Element): HTMLElement {
  document.body.replaceChildren();
  document.documentElement.lang = 'fr';
  const main = document.createElement('main');
  main.id = 'game';
  main.append(element);
  document.body.append(main);
  return main;
}

/** The serious and critical violations axe finds in the page, as `rule: target` lines. */
export async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    rules: Object.fromEntries(NEEDS_LAYOUT.map((id) => [id, { enabled: false }])),
    resultTypes: ['violations'],
  });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}
