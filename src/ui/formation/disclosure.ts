import { el } from '../dom';

/**
 * A long table behind a disclosure button, closed by default so the debrief stays short on screen:
 * a native `<details>` (its `<summary>` is a button to keyboards and screen readers, Enter or Space
 * opens it). The print stylesheet decides on its own what a printed page keeps.
 */
export function disclosure(label: string, content: HTMLElement, className = ''): HTMLDetailsElement {
  return el('details', { className: `formation-disclosure ${className}`.trim() }, [
    el('summary', { className: 'formation-disclosure-button', text: label }),
    content,
  ]);
}
